import { For, Show, createUniqueId } from 'solid-js'
import { HIGHLIGHT_COLOURS } from '../../../../shared/model/annotation'
import type { Tag } from '../../../../shared/model/tag'
import { NO_FILTER, type AnnotationFilter } from '../../annotations/annotation-view'
import { COLOUR_NAMES } from '../../annotations/colours'
import { isFiltering, toggleItem } from './filter-model'
import { TagToggles } from './TagToggles'

/**
 * Controls that narrow a list of highlights: search text, colours, tags and a speaker. Controlled:
 * the parent owns the filter and gets every change through `onChange`. `compact` folds the tags
 * behind a disclosure for the reader's narrow side panel.
 */
export function AnnotationFilters(props: {
  filter: AnnotationFilter
  onChange: (next: AnnotationFilter) => void
  tags: readonly Tag[]
  speakerNames: string[]
  compact?: boolean
}) {
  const id = createUniqueId()
  let search: HTMLInputElement | undefined
  const set = (patch: Partial<AnnotationFilter>) => props.onChange({ ...props.filter, ...patch })
  // A selected speaker stays selectable even if no listed highlight has them any more.
  const speakerOptions = () => [...new Set([...props.speakerNames, ...props.filter.speakers])]
  const clear = () => {
    props.onChange(NO_FILTER)
    // The button disappears with the filters; focus goes somewhere useful, not to the page.
    search?.focus()
  }
  const tagToggles = () => (
    <TagToggles
      tags={props.tags}
      selected={props.filter.tagIds}
      onToggle={(tagId) => set({ tagIds: toggleItem(props.filter.tagIds, tagId) })}
    />
  )

  return (
    <div class="filters" role="search" aria-label="Filter highlights">
      <label class="visually-hidden" for={`${id}-text`}>
        Search quotes, notes, tags
      </label>
      <input
        ref={search}
        id={`${id}-text`}
        class="filters__search"
        type="search"
        placeholder="Search quotes, notes, tags"
        autocomplete="off"
        value={props.filter.text}
        onInput={(event) => set({ text: event.currentTarget.value })}
      />
      <div class="filters__row">
        <div class="filters__colours" role="group" aria-label="Colour">
          <For each={HIGHLIGHT_COLOURS}>
            {(colour) => (
              <button
                type="button"
                class={`filter-colour hl-swatch--${colour}`}
                aria-label={COLOUR_NAMES[colour]}
                aria-pressed={props.filter.colours.includes(colour)}
                onClick={() => set({ colours: toggleItem(props.filter.colours, colour) })}
              />
            )}
          </For>
        </div>
        <Show when={speakerOptions().length > 0}>
          <div class="filters__speaker">
            <label class="filter-label" for={`${id}-speaker`}>
              Speaker
            </label>
            <select
              id={`${id}-speaker`}
              class="filters__select"
              onChange={(event) => {
                const name = event.currentTarget.value
                set({ speakers: name ? [name] : [] })
              }}
            >
              {/* `selected` on the options, not `value` on the select: it holds as options change. */}
              <option value="" selected={props.filter.speakers.length === 0}>
                Anyone
              </option>
              <For each={speakerOptions()}>
                {(name) => (
                  <option value={name} selected={props.filter.speakers[0] === name}>
                    {name}
                  </option>
                )}
              </For>
            </select>
          </div>
        </Show>
      </div>
      <Show when={props.tags.length > 0}>
        <Show when={props.compact} fallback={tagToggles()}>
          <details class="filters__disclosure">
            <summary class="filters__summary">
              Tags
              <Show when={props.filter.tagIds.length > 0}>
                <span class="filters__summary-count">{props.filter.tagIds.length} selected</span>
              </Show>
            </summary>
            {tagToggles()}
          </details>
        </Show>
      </Show>
      <Show when={isFiltering(props.filter)}>
        <button type="button" class="link-button filters__clear" onClick={clear}>
          Clear filters
        </button>
      </Show>
    </div>
  )
}
