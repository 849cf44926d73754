import { For, createUniqueId } from 'solid-js'
import type { Tag, TagId } from '../../../../shared/model/tag'
import { groupTags } from './tag-groups'

/** Tags as toggle buttons under their codebook groups; a pressed tag narrows the list. */
export function TagToggles(props: {
  tags: readonly Tag[]
  selected: TagId[]
  onToggle: (id: TagId) => void
}) {
  return (
    <div class="filter-tags">
      <For each={groupTags(props.tags)}>
        {(group) => {
          const labelId = createUniqueId()
          return (
            <div class="filter-tags__group" role="group" aria-labelledby={labelId}>
              <span id={labelId} class="filter-label">
                {group.label}
              </span>
              <div class="filter-tags__list">
                <For each={group.tags}>
                  {(tag) => (
                    <button
                      type="button"
                      class="filter-tag"
                      style={{ '--tag': tag.colour }}
                      aria-pressed={props.selected.includes(tag.id)}
                      onClick={() => props.onToggle(tag.id)}
                    >
                      <span class="tag-swatch" aria-hidden="true" />
                      {tag.name}
                    </button>
                  )}
                </For>
              </div>
            </div>
          )
        }}
      </For>
    </div>
  )
}
