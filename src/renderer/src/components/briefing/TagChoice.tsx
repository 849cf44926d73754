import { For, Show, createUniqueId } from 'solid-js'
import type { Tag, TagId } from '../../../../shared/model/tag'
import { tagChoiceHint } from '../../briefing/composer-options'
import { routeHref } from '../../route'
import { toggleItem } from '../annotations/filter-model'
import { groupTags } from '../annotations/tag-groups'

/** Which tags' highlights the pack holds, under the codebook's groups; none chosen means all. */
export function TagChoice(props: {
  tags: readonly Tag[]
  chosen: TagId[]
  onChange: (chosen: TagId[]) => void
}) {
  const hintId = createUniqueId()
  // A chosen tag deleted since no longer counts (the request drops it too).
  const chosenCount = () => props.tags.filter((t) => props.chosen.includes(t.id)).length
  return (
    <fieldset class="briefing-fieldset" aria-describedby={hintId}>
      <legend class="briefing-legend">Tags</legend>
      <div class="briefing-fieldset__bar">
        <p id={hintId} class="briefing-hint" aria-live="polite">
          {tagChoiceHint(chosenCount())}
        </p>
        <Show when={chosenCount() > 0}>
          <button type="button" class="link-button" onClick={() => props.onChange([])}>
            Clear
          </button>
        </Show>
      </div>
      <Show
        when={props.tags.length > 0}
        fallback={
          <p class="briefing-hint">
            Your <a href={routeHref({ name: 'codebook' })}>codebook</a> has no tags yet.
          </p>
        }
      >
        <For each={groupTags(props.tags)}>
          {(group) => (
            <fieldset class="briefing-tag-group">
              <legend class="filter-label">{group.label}</legend>
              <ul class="briefing-checks briefing-checks--tags">
                <For each={group.tags}>
                  {(tag) => (
                    <li>
                      <label class="briefing-check" style={{ '--tag': tag.colour }}>
                        <input
                          type="checkbox"
                          checked={props.chosen.includes(tag.id)}
                          onChange={() => props.onChange(toggleItem(props.chosen, tag.id))}
                        />
                        <span class="tag-swatch" aria-hidden="true" />
                        <span class="briefing-check__text">{tag.name}</span>
                      </label>
                    </li>
                  )}
                </For>
              </ul>
            </fieldset>
          )}
        </For>
      </Show>
    </fieldset>
  )
}
