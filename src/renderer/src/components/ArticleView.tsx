import { For, Index, Show, createEffect, createMemo, on } from 'solid-js'
import {
  ARTICLE_KIND_LABELS,
  roleAsShown,
  speakerLabel,
  type Article,
} from '../../../shared/model/article'
import { focusAfterNavigation } from '../navigation-focus'
import { readingMinutes, type ReaderComment, type ReaderItem } from '../reader/reader-model'
import { Paragraph } from './Paragraph'
import { Segments, type OpenHighlight, type SpeakerTone } from './Segments'

// As many tones as the stylesheet defines (.tone-0 … .tone-7).
const TONES = 8

/** The article as it is read: heading block, who is quoted, and the text with its highlights. */
export function ArticleView(props: {
  article: Article
  items: ReaderItem[]
  onOpenHighlight: OpenHighlight
  bodyRef: (el: HTMLDivElement) => void
}) {
  let heading: HTMLHeadingElement | undefined
  // By id, once per article: every attributed run asks.
  const tones = createMemo(
    () => new Map(props.article.speakers.map((s, i) => [s.id as string, i % TONES])),
  )
  const tone: SpeakerTone = (id) => tones().get(id) ?? 0
  const paragraphCount = () => props.article.blocks.filter((b) => b.kind === 'paragraph').length
  createEffect(
    on(
      () => props.article.id,
      () => {
        document.title = `${props.article.title} — Briefpack`
        focusAfterNavigation(heading)
      },
    ),
  )
  return (
    <article class="article" aria-labelledby="article-title">
      <header class="article-header">
        <p class="kicker">
          {props.article.publication} · {ARTICLE_KIND_LABELS[props.article.kind]}
        </p>
        <h1 id="article-title" class="article-title" tabindex="-1" ref={heading}>
          {props.article.title}
        </h1>
        <p class="article-facts">
          {props.article.wordCount} words · {paragraphCount()} paragraphs ·{' '}
          {readingMinutes(props.article.wordCount)} min read
        </p>
        <Show when={props.article.speakers.length > 0}>
          <section class="quoted" aria-labelledby="quoted-heading">
            <h2 id="quoted-heading" class="quoted__title">
              Who is quoted
            </h2>
            <ul class="quoted__list">
              <For each={props.article.speakers}>
                {(speaker) => (
                  <li class={`quoted__item tone-${tone(speaker.id)}`}>
                    <span class="quoted__name">{speakerLabel(speaker)}</span>
                    <Show when={speaker.name && speaker.role}>
                      <span class="quoted__role">{roleAsShown(speaker)}</span>
                    </Show>
                    <Show when={speaker.kind === 'organisation'}>
                      <span class="quoted__role">organisation</span>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </section>
        </Show>
      </header>
      <div class="article-body" ref={(el) => props.bodyRef(el)}>
        <Index each={props.items}>
          {(entry) => {
            // The kind at each position is fixed for an article (the view is keyed by article), so
            // it is read once; everything else is read through `entry` and updates in place.
            // eslint-disable-next-line solid/reactivity -- read once on purpose, as said above
            if (entry().kind === 'paragraph') {
              const item = () => entry() as Extract<ReaderItem, { kind: 'paragraph' }>
              return (
                <Paragraph
                  paragraph={item().paragraph}
                  tone={tone}
                  onOpenHighlight={props.onOpenHighlight}
                  showSpeakerNotes={true}
                />
              )
            }
            const comment = () => entry() as ReaderComment
            const line = () => comment().speakerLine
            return (
              <figure class={`comment tone-${line().speaker ? tone(line().speaker!.id) : 0}`}>
                <figcaption
                  class="comment__speaker"
                  // Marked after the text (by the stylesheet, not in it), so offsets stay the article's.
                  classList={{ 'comment__speaker--cut-off': line().speaker?.roleCutOff === true }}
                  data-text-start={line().start}
                >
                  {/* The name is set in bold by wrapping its runs; the text stays as written. */}
                  <strong class="comment__name">
                    <Segments
                      segments={line().segments.filter((s) => s.end <= line().nameEnd)}
                      paragraph={0}
                      tone={tone}
                      onOpen={props.onOpenHighlight}
                    />
                  </strong>
                  <Segments
                    segments={line().segments.filter((s) => s.start >= line().nameEnd)}
                    paragraph={0}
                    tone={tone}
                    onOpen={props.onOpenHighlight}
                  />
                </figcaption>
                <Show when={comment().paragraph}>
                  {(paragraph) => (
                    <Paragraph
                      paragraph={paragraph()}
                      tone={tone}
                      onOpenHighlight={props.onOpenHighlight}
                      quote={true}
                      showSpeakerNotes={false}
                    />
                  )}
                </Show>
              </figure>
            )
          }}
        </Index>
      </div>
      <footer class="article-footer">
        <p>
          Source: {props.article.publication}. The text is shown as published; paragraph numbers are
          Briefpack’s, for citing.
        </p>
      </footer>
    </article>
  )
}
