import { For, createUniqueId } from 'solid-js'
import type { Grouping } from '../../annotations/annotation-view'

const GROUPINGS: { value: Grouping; label: string }[] = [
  { value: 'tag', label: 'Tag' },
  { value: 'speaker', label: 'Speaker' },
  { value: 'article', label: 'Article' },
]

/**
 * "Group by" as a segmented control. Native radios underneath, so arrow keys move the choice and
 * a screen reader announces "Group by, radio group".
 */
export function GroupingControl(props: { value: Grouping; onChange: (next: Grouping) => void }) {
  const name = createUniqueId()
  return (
    <fieldset class="segmented">
      <legend class="filter-label">Group by</legend>
      <div class="segmented__options">
        <For each={GROUPINGS}>
          {(option) => (
            <label class="segmented__option">
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={props.value === option.value}
                onChange={() => props.onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  )
}
