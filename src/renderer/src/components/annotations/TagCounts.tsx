import { For, createUniqueId } from 'solid-js'
import type { Tag } from '../../../../shared/model/tag'

/**
 * How many highlights carry each tag, in codebook order, with a quiet bar for comparison. Unused
 * tags stay listed (muted) so the student sees what they have not yet found.
 */
export function TagCounts(props: { counts: { tag: Tag; count: number }[]; filtering: boolean }) {
  const headingId = createUniqueId()
  const most = () => Math.max(1, ...props.counts.map((c) => c.count))
  return (
    <section class="tag-counts" aria-labelledby={headingId}>
      <h2 id={headingId} class="filter-label">
        {props.filtering ? 'Per tag, of those shown' : 'Per tag'}
      </h2>
      <ul class="tag-counts__list">
        <For each={props.counts}>
          {(entry) => (
            <li
              class="tag-counts__item"
              classList={{ 'tag-counts__item--zero': entry.count === 0 }}
              style={{ '--tag': entry.tag.colour }}
            >
              <span class="tag-swatch" aria-hidden="true" />
              <span class="tag-counts__name">{entry.tag.name}</span>
              <span class="tag-counts__count">{entry.count}</span>
              <span
                class="tag-counts__bar"
                aria-hidden="true"
                style={{ '--share': `${(100 * entry.count) / most()}%` }}
              />
            </li>
          )}
        </For>
      </ul>
    </section>
  )
}
