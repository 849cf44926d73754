import { Show, createSignal, createUniqueId } from 'solid-js'
import type { Tag } from '../../../../shared/model/tag'
import { useWorkspace } from '../../workspace-context'
import { attemptInline } from './attempt-inline'
import { suggestColour } from './tag-groups'
import {
  MAX_TAG_DESCRIPTION_LENGTH,
  MAX_TAG_GROUP_LENGTH,
  MAX_TAG_NAME_LENGTH,
} from '../../../../shared/model/limits'

/**
 * Add a tag to the codebook. The colour starts as one no tag uses yet; the group keeps its value
 * after adding, since tags tend to be added several to a group.
 */
export function NewTagForm(props: { groupListId: string; onCreated: (tag: Tag) => void }) {
  const { codebook, session } = useWorkspace()
  const id = createUniqueId()
  const [name, setName] = createSignal('')
  const [group, setGroup] = createSignal('')
  const [description, setDescription] = createSignal('')
  // null: follow the suggestion, which moves on as tags are added.
  const [colour, setColour] = createSignal<string | null>(null)
  const [error, setError] = createSignal<string | null>(null)
  const shownColour = () => colour() ?? suggestColour(codebook.state.tags)
  let nameInput: HTMLInputElement | undefined

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const tag = await attemptInline(
      session.attempt,
      () =>
        codebook.createTag({
          name: name().trim(),
          group: group().trim(),
          colour: shownColour(),
          description: description().trim(),
        }),
      setError,
    )
    if (!tag) return nameInput?.focus()
    setName('')
    setDescription('')
    setColour(null)
    nameInput?.focus()
    props.onCreated(tag)
  }

  return (
    <form class="new-tag" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`} class="new-tag__title">
        New tag
      </h2>
      <label class="field">
        <span class="field__label">Name</span>
        <input
          ref={nameInput}
          class="field__input"
          required
          maxLength={MAX_TAG_NAME_LENGTH}
          value={name()}
          aria-invalid={error() ? true : undefined}
          aria-describedby={error() ? `${id}-error` : undefined}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </label>
      <Show when={error()}>
        <p id={`${id}-error`} class="field-error" role="alert">
          {error()}
        </p>
      </Show>
      <div class="new-tag__row">
        <label class="field new-tag__group">
          <span class="field__label">Group</span>
          <input
            class="field__input"
            list={props.groupListId}
            maxLength={MAX_TAG_GROUP_LENGTH}
            value={group()}
            onInput={(event) => setGroup(event.currentTarget.value)}
          />
        </label>
        <label class="field new-tag__colour">
          <span class="field__label">Colour</span>
          <input
            type="color"
            class="field__colour"
            value={shownColour()}
            onInput={(event) => setColour(event.currentTarget.value)}
          />
        </label>
      </div>
      <label class="field">
        <span class="field__label">Description</span>
        <textarea
          class="field__input"
          rows={3}
          maxLength={MAX_TAG_DESCRIPTION_LENGTH}
          value={description()}
          onInput={(event) => setDescription(event.currentTarget.value)}
        />
      </label>
      <button type="submit" class="button">
        Add tag
      </button>
    </form>
  )
}
