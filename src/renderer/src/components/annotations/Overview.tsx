import { Match, Show, Switch, createMemo, createSignal } from 'solid-js'
import {
  countByTag,
  groupViews,
  keepUnchangedViews,
  viewAnnotations,
  type AnnotationView,
  type Grouping,
} from '../../annotations/annotation-view'
import { useApi } from '../../api-context'
import { routeHref } from '../../route'
import { createAllArticlesStore } from '../../stores/articles-store'
import { useWorkspace } from '../../workspace-context'
import { ErrorPanel } from '../ErrorPanel'
import { PageHeader } from '../PageHeader'
import { AnnotationFilters } from './AnnotationFilters'
import { GroupingControl } from './GroupingControl'
import { OverviewGroups } from './OverviewGroups'
import { TagCounts } from './TagCounts'
import { countHighlights, shownSummary, speakerNamesOf } from './filter-model'
import { createViewFilter } from './view-filter'

/** Every highlight across the library, filtered and gathered by tag, speaker or article. */
export function Overview() {
  const { annotations, codebook } = useWorkspace()
  const { articles, reload } = createAllArticlesStore(useApi())
  const [grouping, setGrouping] = createSignal<Grouping>('tag')

  // Reading a failed resource throws; the error is shown by the Switch below instead.
  const loaded = () => (articles.error ? undefined : articles())
  // Kept as the same objects where nothing changed, so the lists redraw only what did.
  const views = createMemo<AnnotationView[]>(
    (previous) =>
      keepUnchangedViews(
        previous,
        viewAnnotations(
          annotations.state.items,
          loaded() ?? [],
          codebook.state.tags,
          codebook.state.speakers,
        ),
      ),
    [],
  )
  const { filter, setFilter, shown, filtering } = createViewFilter(views)
  const groups = createMemo(() => groupViews(shown(), grouping(), codebook.state.tags))

  return (
    <main id="main" class="page page--overview" aria-labelledby="overview-heading">
      <PageHeader id="overview-heading" title="Overview">
        Every highlight across the library, gathered by tag, speaker or article.
      </PageHeader>
      <Switch>
        <Match when={articles.error as unknown}>
          {(error) => <ErrorPanel what="the articles" error={error()} onRetry={reload} />}
        </Match>
        <Match when={!loaded() || !annotations.state.loaded}>
          <p class="loading" role="status">
            Gathering your highlights…
          </p>
        </Match>
        <Match when={views().length === 0}>
          <OverviewEmpty />
        </Match>
        <Match when={true}>
          <div class="overview">
            <div class="overview__controls">
              <AnnotationFilters
                filter={filter()}
                onChange={setFilter}
                tags={codebook.state.tags}
                speakerNames={speakerNamesOf(views())}
              />
              <GroupingControl value={grouping()} onChange={setGrouping} />
              <TagCounts
                counts={countByTag(shown(), codebook.state.tags)}
                filtering={filtering()}
              />
            </div>
            <div class="overview__groups">
              <p class="overview__summary" role="status">
                {filtering()
                  ? shownSummary(shown().length, views().length, true)
                  : countHighlights(views().length)}
              </p>
              <Show
                when={shown().length > 0}
                fallback={<p class="annotation-empty">No highlights match these filters.</p>}
              >
                <OverviewGroups groups={groups()} grouping={grouping()} />
              </Show>
            </div>
          </div>
        </Match>
      </Switch>
    </main>
  )
}

/** What to do when there is nothing to gather yet. */
function OverviewEmpty() {
  return (
    <div class="empty-state">
      <h2 class="empty-state__title">No highlights yet</h2>
      <p>
        Open an article from the <a href={routeHref({ name: 'library' })}>Library</a> and select a
        passage to highlight it. Tag it with what it does in the argument, say who is speaking and
        add a note: every highlight then appears here, gathered by tag, speaker or article.
      </p>
      <p>
        The tags come from your <a href={routeHref({ name: 'codebook' })}>Codebook</a>, which you
        can change at any time.
      </p>
    </div>
  )
}
