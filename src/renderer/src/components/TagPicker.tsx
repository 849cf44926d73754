import { For, Show, createMemo, createSignal } from 'solid-js'
import type { Tag, TagId } from '../../../shared/model/tag'
import { MAX_TAG_NAME_LENGTH } from '../../../shared/model/limits'

/**
 * Tags on a highlight, and a quick way to add more: type to filter, arrows to choose, Enter to
 * add; a name that matches no tag offers to create it.
 */
export function TagPicker(props: {
  tags: readonly Tag[]
  selected: TagId[]
  onChange: (tagIds: TagId[]) => void
  onCreate: (name: string) => Promise<Tag | undefined>
  inputRef?: (el: HTMLInputElement) => void
}) {
  const [query, setQuery] = createSignal('')
  const [active, setActive] = createSignal(0)
  const chosen = () => props.selected.flatMap((id) => props.tags.find((t) => t.id === id) ?? [])
  const options = createMemo(() => {
    const q = query().trim().toLocaleLowerCase()
    return props.tags.filter(
      (t) => !props.selected.includes(t.id) && (!q || t.name.toLocaleLowerCase().includes(q)),
    )
  })
  const canCreate = () => {
    const q = query().trim().toLocaleLowerCase()
    return q !== '' && !props.tags.some((t) => t.name.toLocaleLowerCase() === q)
  }
  const count = () => options().length + (canCreate() ? 1 : 0)

  const add = (id: TagId) => {
    props.onChange([...props.selected, id])
    setQuery('')
    setActive(0)
  }
  const choose = async (index: number) => {
    const option = options()[index]
    if (option) return add(option.id)
    if (canCreate()) {
      const tag = await props.onCreate(query().trim())
      if (tag) add(tag.id)
    }
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, count() - 1))
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
    else if (event.key === 'Enter' && query().trim()) void choose(active())
    else if (event.key === 'Backspace' && !query() && props.selected.length) {
      props.onChange(props.selected.slice(0, -1))
    } else return
    event.preventDefault()
  }

  return (
    <div class="tag-picker">
      <ul class="tag-picker__chosen" aria-label="Tags on this highlight">
        <For each={chosen()}>
          {(tag) => (
            <li class="tag-chip" style={{ '--tag': tag.colour }}>
              {tag.name}
              <button
                type="button"
                class="tag-chip__remove"
                aria-label={`Remove tag ${tag.name}`}
                onClick={() => props.onChange(props.selected.filter((id) => id !== tag.id))}
              >
                ×
              </button>
            </li>
          )}
        </For>
      </ul>
      <input
        ref={(el) => props.inputRef?.(el)}
        class="tag-picker__input"
        type="text"
        role="combobox"
        aria-label="Add a tag"
        maxLength={MAX_TAG_NAME_LENGTH}
        aria-expanded={query().trim() !== '' && count() > 0}
        aria-controls="tag-picker-options"
        aria-activedescendant={count() > 0 && query().trim() ? `tag-option-${active()}` : undefined}
        placeholder="Add a tag…"
        value={query()}
        onInput={(event) => {
          setQuery(event.currentTarget.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <Show when={query().trim() !== '' && count() > 0}>
        <ul id="tag-picker-options" class="tag-picker__options" role="listbox" aria-label="Tags">
          <For each={options()}>
            {(tag, index) => (
              <li
                id={`tag-option-${index()}`}
                role="option"
                aria-selected={active() === index()}
                class="tag-picker__option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => add(tag.id)}
              >
                <span class="tag-dot" style={{ '--tag': tag.colour }} />
                {tag.name}
                <span class="tag-picker__group">{tag.group}</span>
              </li>
            )}
          </For>
          <Show when={canCreate()}>
            <li
              id={`tag-option-${options().length}`}
              role="option"
              aria-selected={active() === options().length}
              class="tag-picker__option tag-picker__option--create"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void choose(options().length)}
            >
              Create tag “{query().trim()}”
            </li>
          </Show>
        </ul>
      </Show>
    </div>
  )
}
