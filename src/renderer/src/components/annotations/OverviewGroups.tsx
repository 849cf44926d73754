import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js'
import type { AnnotationView, Grouping, ViewGroup } from '../../annotations/annotation-view'
import { routeHref } from '../../route'
import { useWorkspace } from '../../workspace-context'
import type { TagId } from '../../../../shared/model/tag'
import { AnnotationList } from './AnnotationList'
import { countHighlights } from './filter-model'

/** A highlight's place in its article: the reader scrolls to it and flashes it. */
const hrefOf = (view: AnnotationView) =>
  routeHref({ name: 'article', id: view.article.id, focus: view.annotation.id })

// A term's work can put thousands of highlights under one tag: each group shows its first few,
// and more on request, so the page opens at once and stays easy to scan.
const SHOWN_AT_FIRST = 25
const SHOWN_PER_REQUEST = 100

const showMoreLabel = (hidden: number) =>
  hidden <= SHOWN_PER_REQUEST
    ? `Show the other ${hidden}`
    : `Show ${SHOWN_PER_REQUEST} more (${hidden} not shown)`

/**
 * The overview's groups: a section per tag, speaker or article, each with its highlights. Groups
 * are made afresh whenever anything changes (a filter, an undo), so sections are kept by the
 * group's key: a section stays, with how much of it the student unfolded, and its list redraws
 * only the entries that changed.
 */
export function OverviewGroups(props: { groups: ViewGroup[]; grouping: Grouping }) {
  const byKey = createMemo(() => new Map(props.groups.map((group) => [group.key, group])))
  return (
    <For each={props.groups.map((group) => group.key)}>
      {(key) => (
        <Show when={byKey().get(key)}>
          {(group) => <OverviewGroup group={group()} grouping={props.grouping} />}
        </Show>
      )}
    </For>
  )
}

function OverviewGroup(props: { group: ViewGroup; grouping: Grouping }) {
  const { codebook } = useWorkspace()
  const headingId = createUniqueId()
  const [limit, setLimit] = createSignal(SHOWN_AT_FIRST)
  const shown = () => props.group.views.slice(0, limit())
  const hidden = () => props.group.views.length - shown().length
  let section: HTMLElement | undefined
  // The button may go with the fold: focus moves to the first entry it revealed.
  const showMore = () => {
    const first = limit()
    setLimit(first + SHOWN_PER_REQUEST)
    const revealed = section?.querySelectorAll('.annotation-list > li')[first]
    revealed?.querySelector('a')?.focus()
  }
  // Under tag grouping a group's key is the tag's id: its heading shows the tag's colour.
  const tag = () =>
    props.grouping === 'tag' ? codebook.tagById(props.group.key as TagId) : undefined
  return (
    <section class="overview-group" aria-labelledby={headingId} ref={section}>
      <h2 id={headingId} class="overview-group__title">
        <Show when={tag()}>
          {(t) => <span class="tag-swatch" style={{ '--tag': t().colour }} aria-hidden="true" />}
        </Show>
        {props.group.label}
        <span class="count-pill" aria-hidden="true">
          {props.group.views.length}
        </span>
        <span class="visually-hidden"> ({countHighlights(props.group.views.length)})</span>
      </h2>
      <AnnotationList views={shown()} href={hrefOf} showArticle={props.grouping !== 'article'} />
      <Show when={hidden() > 0}>
        <button type="button" class="link-button overview-group__more" onClick={showMore}>
          {showMoreLabel(hidden())}
        </button>
      </Show>
    </section>
  )
}
