import { For, Show } from 'solid-js'
import { speechKindLabel } from '../../../../shared/annotations/speech'
import type { AnnotationView } from '../../annotations/annotation-view'
import { COLOUR_NAMES } from '../../annotations/colours'
import { annotationEntryId, paragraphLabel, speakerText } from './entry-text'

/**
 * What an entry shows. Everything is a span because it sits inside a button or link, whose
 * content must be phrasing content; CSS lays the parts out as lines. Hidden words ("Tags:",
 * "Note:") make the entry read as sentences to a screen reader.
 */
function EntryContent(props: { view: AnnotationView; showArticle: boolean }) {
  const paragraph = () => paragraphLabel(props.view.placement)
  // Said of anything that is not a direct quotation, so it is never taken for one.
  const speechLabel = () =>
    props.view.placement.status === 'anchored' ? speechKindLabel(props.view.placement.speech) : null
  const orphanReason = () =>
    props.view.placement.status === 'orphaned' ? props.view.placement.reason : null
  return (
    <>
      <span class="annotation-entry__meta">
        <span class="visually-hidden">
          {COLOUR_NAMES[props.view.annotation.colour]} highlight,{' '}
        </span>
        <Show when={props.showArticle}>
          <span class="annotation-entry__article">{props.view.article.title}</span>
        </Show>
        <Show when={paragraph()}>
          {(label) => (
            <span class="annotation-entry__paragraph">
              <span aria-hidden="true">{label().shown}</span>
              <span class="visually-hidden">{label().spoken}</span>
            </span>
          )}
        </Show>
      </span>
      <Show when={orphanReason()}>
        {(reason) => <span class="annotation-badge">Orphaned: {reason()}</span>}
      </Show>
      <Show when={speechLabel()}>
        {(label) => <span class="annotation-entry__speech">{label()}</span>}
      </Show>
      <span class="annotation-entry__quote">
        <span class="annotation-entry__mark">{props.view.quote}</span>
      </span>
      <Show when={props.view.speaker}>
        {(speaker) => (
          <span class="annotation-entry__speaker">
            <span class="visually-hidden">Speaker: </span>
            {speakerText(speaker())}
          </span>
        )}
      </Show>
      <Show when={props.view.tags.length > 0}>
        <span class="annotation-entry__tags">
          <span class="visually-hidden">Tags: </span>
          <For each={props.view.tags}>
            {(tag, index) => (
              <span class="tag-label" style={{ '--tag': tag.colour }}>
                {tag.name}
                <Show when={index() < props.view.tags.length - 1}>
                  <span class="visually-hidden">, </span>
                </Show>
              </span>
            )}
          </For>
        </span>
      </Show>
      <Show when={props.view.annotation.note}>
        <span class="annotation-entry__note">
          <span class="visually-hidden">Note: </span>
          {props.view.annotation.note}
        </span>
      </Show>
    </>
  )
}

/**
 * One highlight as a single focusable control: a link when `href` is given (the overview opens
 * the article), otherwise a button (the reader's panel moves to the highlight in place). The
 * button has the id `annotationEntryId(annotation.id)`, so the reader can scroll it into view.
 */
export function AnnotationEntry(props: {
  view: AnnotationView
  onSelect?: ((view: AnnotationView) => void) | undefined
  href?: string | undefined
  showArticle?: boolean | undefined
  active?: boolean
}) {
  const classes = () =>
    `annotation-entry hl-swatch--${props.view.annotation.colour}` +
    (props.view.placement.status === 'orphaned' ? ' annotation-entry--orphaned' : '') +
    (props.active ? ' annotation-entry--active' : '')
  const content = () => <EntryContent view={props.view} showArticle={props.showArticle ?? false} />
  return (
    <Show
      when={props.href}
      fallback={
        <button
          type="button"
          id={annotationEntryId(props.view.annotation.id)}
          class={classes()}
          aria-current={props.active ? 'true' : undefined}
          onClick={() => props.onSelect?.(props.view)}
        >
          {content()}
        </button>
      }
    >
      {(href) => (
        // No id: in the overview one highlight can be listed under two tags.
        <a
          class={classes()}
          href={href()}
          aria-current={props.active ? 'true' : undefined}
          onClick={() => props.onSelect?.(props.view)}
        >
          {content()}
        </a>
      )}
    </Show>
  )
}
