import { Show } from 'solid-js'
import type { AnnotationView } from '../../annotations/annotation-view'
import { useWorkspace } from '../../workspace-context'
import { AnnotationFilters } from './AnnotationFilters'
import { AnnotationList } from './AnnotationList'
import { countHighlights, shownSummary, speakerNamesOf, tagsInUse } from './filter-model'
import { createViewFilter } from './view-filter'

/**
 * The reader's side panel: one article's highlights, filterable, in reading order. The filter is
 * session state of the panel; it fills the height its container gives it and scrolls inside.
 */
export function AnnotationPanel(props: {
  views: AnnotationView[]
  onSelect: (view: AnnotationView) => void
  /** The highlight open in the article, marked in the list. */
  activeId?: string | null
}) {
  const { codebook } = useWorkspace()
  const { filter, setFilter, shown, filtering } = createViewFilter(() => props.views)

  return (
    <aside class="annotation-panel" aria-label="Annotations">
      <header class="annotation-panel__header">
        <h2 class="annotation-panel__title">
          Annotations
          <span class="count-pill" aria-hidden="true">
            {props.views.length}
          </span>
          <span class="visually-hidden"> ({countHighlights(props.views.length)})</span>
        </h2>
      </header>
      <Show
        when={props.views.length > 0}
        fallback={
          <p class="annotation-empty">
            Nothing highlighted yet. Select text in the article to highlight it.
          </p>
        }
      >
        <AnnotationFilters
          filter={filter()}
          onChange={setFilter}
          tags={tagsInUse(props.views, codebook.state.tags, filter().tagIds)}
          speakerNames={speakerNamesOf(props.views)}
          compact={true}
        />
      </Show>
      {/* Always in the page, so a screen reader hears the count change as filters change. */}
      <p class="annotation-panel__shown" role="status">
        {shownSummary(shown().length, props.views.length, filtering())}
      </p>
      <Show when={props.views.length > 0}>
        <AnnotationList
          views={shown()}
          onSelect={(view) => props.onSelect(view)}
          activeId={props.activeId}
          label="Highlights in this article"
          empty={<p class="annotation-empty">No highlights match these filters.</p>}
        />
      </Show>
    </aside>
  )
}
