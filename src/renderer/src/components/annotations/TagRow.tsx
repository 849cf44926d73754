import { Show, createSignal, createUniqueId } from 'solid-js'
import type { Tag, TagId, TagPatch } from '../../../../shared/model/tag'
import { useWorkspace } from '../../workspace-context'
import { attemptInline } from './attempt-inline'
import { countHighlights } from './filter-model'
import { MergeTag } from './MergeTag'
import {
  MAX_TAG_DESCRIPTION_LENGTH,
  MAX_TAG_GROUP_LENGTH,
  MAX_TAG_NAME_LENGTH,
} from '../../../../shared/model/limits'

type TextField = 'name' | 'description' | 'group'

/**
 * One tag of the codebook, edited in place: each field saves when it changes (on leaving it, or
 * Enter), Escape puts back the saved value. A rejected value (a name clash) stays in the field,
 * marked invalid, with the reason beside it, so the student can correct it.
 */
export function TagRow(props: {
  tag: Tag
  count: number
  /** The other tags, as merge targets. */
  others: Tag[]
  /** The id of the datalist of group names. */
  groupListId: string
  onMerge: (into: TagId) => void
  onDelete: () => void
  /** Called when a saved group change moves the row to another section. */
  onRegroup: () => void
}) {
  const { codebook, session } = useWorkspace()
  const [error, setError] = createSignal<{ field: keyof TagPatch; message: string } | null>(null)
  const [merging, setMerging] = createSignal(false)
  const id = createUniqueId()
  const errorId = `${id}-error`
  let mergeButton: HTMLButtonElement | undefined

  const save = async (field: keyof TagPatch, raw: string) => {
    const value = field === 'description' ? raw : raw.trim()
    if (value === props.tag[field]) return setError(null)
    const tagId = props.tag.id
    const saved = await attemptInline(
      session.attempt,
      () => codebook.updateTag(tagId, { [field]: value }),
      (message) => setError(message === null ? null : { field, message }),
    )
    if (saved && field === 'group') props.onRegroup()
  }
  const invalid = (field: keyof TagPatch) => error()?.field === field
  const described = (field: keyof TagPatch) => (invalid(field) ? errorId : undefined)
  const onKeyDown = (field: TextField, event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    const input = event.currentTarget as HTMLInputElement | HTMLTextAreaElement
    input.value = props.tag[field]
    setError(null)
  }
  const closeMerge = () => {
    setMerging(false)
    mergeButton?.focus()
  }

  return (
    <li class="codebook-tag" data-tag-id={props.tag.id} style={{ '--tag': props.tag.colour }}>
      <div class="codebook-tag__fields" role="group" aria-label={`Tag ${props.tag.name}`}>
        <input
          type="color"
          class="codebook-tag__colour"
          aria-label="Colour"
          value={props.tag.colour}
          aria-invalid={invalid('colour') || undefined}
          aria-describedby={described('colour')}
          onChange={(event) => void save('colour', event.currentTarget.value)}
        />
        <input
          class="codebook-tag__name"
          aria-label="Name"
          value={props.tag.name}
          maxLength={MAX_TAG_NAME_LENGTH}
          aria-invalid={invalid('name') || undefined}
          aria-describedby={described('name')}
          onChange={(event) => void save('name', event.currentTarget.value)}
          onKeyDown={(event) => onKeyDown('name', event)}
        />
        <span class="codebook-tag__count">{countHighlights(props.count)}</span>
        <textarea
          class="codebook-tag__description"
          aria-label="Description"
          placeholder="What this tag marks"
          rows={2}
          value={props.tag.description}
          maxLength={MAX_TAG_DESCRIPTION_LENGTH}
          aria-invalid={invalid('description') || undefined}
          aria-describedby={described('description')}
          onChange={(event) => void save('description', event.currentTarget.value)}
          onKeyDown={(event) => onKeyDown('description', event)}
        />
        <label class="codebook-tag__group">
          <span class="filter-label">Group</span>
          <input
            class="codebook-tag__group-input"
            list={props.groupListId}
            value={props.tag.group}
            maxLength={MAX_TAG_GROUP_LENGTH}
            aria-invalid={invalid('group') || undefined}
            aria-describedby={described('group')}
            onChange={(event) => void save('group', event.currentTarget.value)}
            onKeyDown={(event) => onKeyDown('group', event)}
          />
        </label>
        <div class="codebook-tag__actions">
          <Show when={props.others.length > 0}>
            <button
              ref={mergeButton}
              type="button"
              class="button button--quiet button--small"
              aria-expanded={merging()}
              onClick={() => setMerging((open) => !open)}
            >
              Merge…
            </button>
          </Show>
          <button
            type="button"
            class="button button--danger button--small"
            onClick={() => props.onDelete()}
          >
            Delete…
          </button>
        </div>
        <Show when={error()}>
          {(e) => (
            <p id={errorId} class="field-error" role="alert">
              {e().message}
            </p>
          )}
        </Show>
      </div>
      <Show when={merging()}>
        <MergeTag
          tag={props.tag}
          count={props.count}
          targets={props.others}
          onMerge={(into) => props.onMerge(into)}
          onCancel={closeMerge}
        />
      </Show>
    </li>
  )
}
