import { For } from 'solid-js'
import type { Tag, TagId } from '../../../../shared/model/tag'
import { groupTags } from './tag-groups'

/** A `<select>`'s options for choosing a tag, under their codebook groups. */
export function TagOptions(props: { tags: readonly Tag[]; selected: TagId | null | undefined }) {
  return (
    <For each={groupTags(props.tags)}>
      {(group) => (
        <optgroup label={group.label}>
          <For each={group.tags}>
            {(tag) => (
              <option value={tag.id} selected={tag.id === props.selected}>
                {tag.name}
              </option>
            )}
          </For>
        </optgroup>
      )}
    </For>
  )
}
