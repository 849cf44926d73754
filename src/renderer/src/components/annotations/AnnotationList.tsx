import { For, Show, type JSX } from 'solid-js'
import type { AnnotationView } from '../../annotations/annotation-view'
import { AnnotationEntry } from './AnnotationEntry'
import { createProgressiveList } from './progressive-list'

// How a long list fills in: first two panels' height of entries, then a few more after each
// painted frame, so that no frame waits more than a few milliseconds on them.
const FILL_IN = { first: 20, perFrame: 25 }

/**
 * Highlights in the order given (reading order), each one focusable entry; a long list fills in
 * over a few frames, from the top. `href` turns entries into links; `onSelect` is called on
 * activation either way. `empty` is shown for no views: the parent knows why the list is empty
 * (nothing yet, or nothing matches).
 */
export function AnnotationList(props: {
  views: AnnotationView[]
  onSelect?: (view: AnnotationView) => void
  href?: (view: AnnotationView) => string
  showArticle?: boolean
  /** The highlight open in the reader, marked with aria-current. */
  activeId?: string | null | undefined
  /** The list's accessible name, when a heading does not already give it context. */
  label?: string
  empty?: JSX.Element
}) {
  const shown = createProgressiveList(
    () => props.views,
    FILL_IN,
    (view) => view.annotation.id,
  )
  return (
    <Show when={props.views.length > 0} fallback={props.empty}>
      <ol
        class="annotation-list"
        aria-label={props.label}
        aria-busy={shown().length < props.views.length ? 'true' : undefined}
      >
        <For each={shown()}>
          {(view) => (
            <li class="annotation-list__item">
              <AnnotationEntry
                view={view}
                onSelect={props.onSelect}
                href={props.href?.(view)}
                showArticle={props.showArticle}
                active={props.activeId === view.annotation.id}
              />
            </li>
          )}
        </For>
      </ol>
    </Show>
  )
}
