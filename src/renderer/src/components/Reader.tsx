import { For, Match, Show, Switch, createEffect, on } from 'solid-js'
import {
  ARTICLE_KIND_LABELS,
  speakerLabel,
  type Article,
  type ArticleId,
} from '../../../shared/model/article'
import { useApi } from '../api-context'
import { focusAfterNavigation } from '../navigation-focus'
import { arrangeArticle, readingMinutes, splitSpeakerLine } from '../reader/reader-model'
import { createArticleStore } from '../stores/library-store'
import { ErrorPanel } from './ErrorPanel'
import { Paragraph, type SpeakerTone } from './Paragraph'

// As many tones as the stylesheet defines (.tone-0 … .tone-7).
const TONES = 8

function ArticleView(props: { article: Article }) {
  let heading: HTMLHeadingElement | undefined
  const tone: SpeakerTone = (id) =>
    Math.max(
      0,
      props.article.speakers.findIndex((s) => s.id === id),
    ) % TONES
  const items = () => arrangeArticle(props.article)
  const paragraphCount = () => props.article.blocks.filter((b) => b.kind === 'paragraph').length
  createEffect(
    on(
      () => props.article.id,
      () => {
        document.title = `${props.article.title} — Briefpack`
        window.scrollTo({ top: 0 })
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
                      <span class="quoted__role">{speaker.role}</span>
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
      <div class="article-body">
        <For each={items()}>
          {(item) =>
            item.kind === 'paragraph' ? (
              <Paragraph paragraph={item.paragraph} tone={tone} showSpeakerNotes={true} />
            ) : (
              <figure
                class={`comment tone-${item.speakerLine.speaker ? tone(item.speakerLine.speaker.id) : 0}`}
              >
                <figcaption class="comment__speaker" data-start={item.speakerLine.start}>
                  {(() => {
                    const [name, rest] = splitSpeakerLine(
                      item.speakerLine.text,
                      item.speakerLine.speaker?.name ?? null,
                    )
                    return (
                      <>
                        <strong class="comment__name">{name}</strong>
                        {rest}
                      </>
                    )
                  })()}
                </figcaption>
                <Show when={item.paragraph}>
                  {(paragraph) => (
                    <Paragraph
                      paragraph={paragraph()}
                      tone={tone}
                      quote={true}
                      showSpeakerNotes={false}
                    />
                  )}
                </Show>
              </figure>
            )
          }
        </For>
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

/** The reading view of one article. */
export function Reader(props: { id: ArticleId }) {
  const { article, reload } = createArticleStore(useApi(), () => props.id)
  return (
    <main id="main" class="page page--reader">
      <nav class="crumbs" aria-label="Breadcrumb">
        <a class="crumbs__back" href="#/">
          <span aria-hidden="true">←</span> Library
        </a>
      </nav>
      <Switch>
        <Match when={article.error as unknown}>
          {(error) => <ErrorPanel what="this article" error={error()} onRetry={reload} />}
        </Match>
        <Match when={article.loading && !article.latest}>
          <p class="loading" role="status">
            Opening the article…
          </p>
        </Match>
        <Match when={article.latest}>{(loaded) => <ArticleView article={loaded()} />}</Match>
      </Switch>
    </main>
  )
}
