import { Show, createEffect, createSignal, createUniqueId } from 'solid-js'
import type { Tag, TagDeletion, TagId } from '../../../../shared/model/tag'
import { countHighlights } from './filter-model'
import { TagOptions } from './TagOptions'

type Mode = TagDeletion['mode']

/**
 * Asks what becomes of a tag's highlights before it is deleted: untag them (the default, losing
 * nothing but the tag), delete them, or tag them with another tag instead. A modal `<dialog>`:
 * focus stays inside, Escape cancels. Open while `tag` is set; `onClose` is called however it
 * closes, and `onConfirm` before that when the student confirms.
 */
export function DeleteTagDialog(props: {
  tag: Tag | null
  count: number
  /** Tags it could be replaced with (every tag but this one). */
  others: Tag[]
  onConfirm: (tag: Tag, deletion: TagDeletion) => void
  onClose: () => void
}) {
  const id = createUniqueId()
  const [mode, setMode] = createSignal<Mode>('untag')
  const [replacement, setReplacement] = createSignal<TagId | null>(null)
  const replaceWith = () => replacement() ?? props.others[0]?.id ?? null
  let dialog: HTMLDialogElement | undefined
  let firstChoice: HTMLInputElement | undefined

  createEffect(() => {
    const open = props.tag !== null
    if (!dialog || open === dialog.open) return
    if (!open) return dialog.close()
    setMode('untag')
    setReplacement(null)
    dialog.showModal()
    // The safe choice has focus first, so Enter never deletes highlights by accident.
    firstChoice?.focus()
  })

  const confirm = (event: SubmitEvent) => {
    event.preventDefault()
    const tag = props.tag
    const withTagId = replaceWith()
    if (!tag) return
    const deletion: TagDeletion =
      mode() === 'replace' && withTagId
        ? { mode: 'replace', withTagId }
        : mode() === 'delete-annotations'
          ? { mode: 'delete-annotations' }
          : { mode: 'untag' }
    props.onConfirm(tag, deletion)
    dialog?.close()
  }
  const confirmLabel = () =>
    mode() === 'delete-annotations' && props.count > 0
      ? `Delete tag and ${countHighlights(props.count)}`
      : 'Delete tag'

  return (
    <dialog
      ref={dialog}
      class="codebook-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => props.onClose()}
    >
      <form class="codebook-dialog__form" onSubmit={confirm}>
        <h2 id={`${id}-title`} class="codebook-dialog__title">
          Delete the tag “{props.tag?.name}”?
        </h2>
        <Show
          when={props.count > 0}
          fallback={<p>No highlight carries it, so nothing else changes.</p>}
        >
          <fieldset class="codebook-dialog__choices">
            <legend>
              {props.count === 1 ? '1 highlight carries' : `${props.count} highlights carry`} it.
              What should become of {props.count === 1 ? 'it' : 'them'}?
            </legend>
            <label class="choice">
              <input
                ref={firstChoice}
                type="radio"
                name={`${id}-mode`}
                checked={mode() === 'untag'}
                onChange={() => setMode('untag')}
              />
              <span>
                Remove the tag from them
                <span class="choice__hint">The highlights stay, with their other tags.</span>
              </span>
            </label>
            <label class="choice">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode() === 'delete-annotations'}
                onChange={() => setMode('delete-annotations')}
              />
              <span>
                Delete those highlights
                <span class="choice__hint">Their notes and other tags go with them.</span>
              </span>
            </label>
            <Show when={props.others.length > 0}>
              <label class="choice">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode() === 'replace'}
                  onChange={() => setMode('replace')}
                />
                <span>Replace it with…</span>
              </label>
              <select
                class="filters__select codebook-dialog__replacement"
                aria-label="Replacement tag"
                disabled={mode() !== 'replace'}
                onChange={(event) => setReplacement(event.currentTarget.value as TagId)}
              >
                <TagOptions tags={props.others} selected={replaceWith()} />
              </select>
            </Show>
          </fieldset>
        </Show>
        <div class="codebook-dialog__actions">
          <button type="button" class="button button--quiet" onClick={() => dialog?.close()}>
            Cancel
          </button>
          <button type="submit" class="button button--danger">
            {confirmLabel()}
          </button>
        </div>
      </form>
    </dialog>
  )
}
