import { For, Show, createUniqueId } from 'solid-js'
import type { AnnotationView, Grouping, ViewGroup } from '../../annotations/annotation-view'
import { routeHref } from '../../route'
import { useWorkspace } from '../../workspace-context'
import type { TagId } from '../../../../shared/model/tag'
import { AnnotationList } from './AnnotationList'
import { countHighlights } from './filter-model'

/** A highlight's place in its article: the reader scrolls to it and flashes it. */
const hrefOf = (view: AnnotationView) =>
  routeHref({ name: 'article', id: view.article.id, focus: view.annotation.id })

/** The overview's groups: a section per tag, speaker or article, each with its highlights. */
export function OverviewGroups(props: { groups: ViewGroup[]; grouping: Grouping }) {
  const { codebook } = useWorkspace()
  return (
    <For each={props.groups}>
      {(group) => {
        const headingId = createUniqueId()
        // Under tag grouping a group's key is the tag's id: its heading shows the tag's colour.
        const tag = () =>
          props.grouping === 'tag' ? codebook.tagById(group.key as TagId) : undefined
        return (
          <section class="overview-group" aria-labelledby={headingId}>
            <h2 id={headingId} class="overview-group__title">
              <Show when={tag()}>
                {(t) => (
                  <span class="tag-swatch" style={{ '--tag': t().colour }} aria-hidden="true" />
                )}
              </Show>
              {group.label}
              <span class="count-pill" aria-hidden="true">
                {group.views.length}
              </span>
              <span class="visually-hidden"> ({countHighlights(group.views.length)})</span>
            </h2>
            <AnnotationList
              views={group.views}
              href={hrefOf}
              showArticle={props.grouping !== 'article'}
            />
          </section>
        )
      }}
    </For>
  )
}
