import { For, createSignal, onCleanup, onMount, untrack } from 'solid-js'
import { HIGHLIGHT_COLOURS, type Annotation } from '../../../shared/model/annotation'
import type { Article } from '../../../shared/model/article'
import { registerPendingEdits } from '../lifecycle'
import { useWorkspace } from '../workspace-context'
import { COLOUR_NAMES } from '../annotations/colours'
import { SpeakerPicker } from './SpeakerPicker'
import { TagPicker } from './TagPicker'

/** How long typing pauses before a note is saved. */
const NOTE_SAVE_DELAY_MS = 500

export type EditorFocus = 'tags' | 'note' | 'speaker' | 'colour'

/**
 * A highlight, opened: colour, tags, speaker, note, delete. A non-modal dialog beside the
 * highlight; Escape closes it and returns focus to the highlight. Every change saves at once,
 * except the note, which saves as the student pauses, on leaving the field, and on closing.
 */
export function AnnotationEditor(props: {
  annotation: Annotation
  article: Article
  top: number
  left: number
  focus: EditorFocus
  onClose: () => void
}) {
  const { annotations, codebook, session } = useWorkspace()
  // The draft starts from the saved note; afterwards the field is the truth until it is saved.
  const [note, setNote] = createSignal(untrack(() => props.annotation.note))
  let noteTimer: ReturnType<typeof setTimeout> | undefined
  let dialog: HTMLDivElement | undefined
  const focusTargets: Partial<Record<EditorFocus, HTMLElement>> = {}

  // "Saved" only once the host has this highlight's every change on disk (not merely the page).
  const noteSaveState = () => {
    if (props.annotation.note !== note() || annotations.isUnsaved(props.annotation.id)) {
      return session.saveState().kind === 'retrying' ? 'Not saved yet — retrying' : 'Saving…'
    }
    return 'Saved'
  }

  const update = (patch: Parameters<typeof annotations.update>[1]) => {
    const id = props.annotation.id
    return session.attempt(() => annotations.update(id, patch))
  }

  // Resolves once main has the note (or said why not), so a flush before quitting can wait.
  const saveNote = async () => {
    clearTimeout(noteTimer)
    noteTimer = undefined
    if (note() !== props.annotation.note) await update({ note: note() })
  }
  const close = () => {
    void saveNote()
    props.onClose()
  }
  const remove = async () => {
    clearTimeout(noteTimer)
    const id = props.annotation.id
    await session.attempt(() => annotations.remove(id))
    props.onClose()
  }

  // A note typed just before the window closes, or the app quits, is still saved: the page's
  // lifecycle flushes it then (see lifecycle.ts).
  onMount(() => {
    onCleanup(registerPendingEdits(() => saveNote()))
    ;(focusTargets[props.focus] ?? focusTargets.colour)?.focus()
  })
  onCleanup(() => {
    if (noteTimer) void saveNote()
  })

  return (
    <div
      ref={dialog}
      class="annotation-editor"
      role="dialog"
      aria-label="Highlight"
      style={{ top: `${props.top}px`, left: `${props.left}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          event.stopPropagation()
          close()
        }
      }}
    >
      <div class="annotation-editor__row" role="radiogroup" aria-label="Colour">
        <For each={HIGHLIGHT_COLOURS}>
          {(colour, index) => (
            <button
              ref={(el) => {
                if (index() === 0) focusTargets.colour = el
              }}
              type="button"
              role="radio"
              class={`swatch swatch--${colour}`}
              aria-checked={props.annotation.colour === colour}
              aria-label={COLOUR_NAMES[colour]}
              onClick={() => void update({ colour })}
            />
          )}
        </For>
        <button type="button" class="annotation-editor__close" aria-label="Close" onClick={close}>
          ×
        </button>
      </div>
      <label class="annotation-editor__label">Tags</label>
      <TagPicker
        tags={codebook.state.tags}
        selected={props.annotation.tagIds}
        onChange={(tagIds) => void update({ tagIds })}
        onCreate={(name) =>
          session.attempt(() =>
            codebook.createTag({ name, colour: '#6b7280', description: '', group: 'My tags' }),
          )
        }
        inputRef={(el) => (focusTargets.tags = el)}
      />
      <label class="annotation-editor__label">Speaker</label>
      <SpeakerPicker
        value={props.annotation.speaker}
        articleSpeakers={props.article.speakers}
        studentSpeakers={codebook.state.speakers}
        onChange={(speaker) => void update({ speaker })}
        onCreate={(draft) => session.attempt(() => codebook.createSpeaker(draft))}
        selectRef={(el) => (focusTargets.speaker = el)}
      />
      <label class="annotation-editor__label" for="annotation-note">
        Note
      </label>
      <textarea
        id="annotation-note"
        ref={(el) => (focusTargets.note = el)}
        class="annotation-editor__note"
        rows={4}
        placeholder="Why this matters, what it answers…"
        value={note()}
        onInput={(event) => {
          setNote(event.currentTarget.value)
          clearTimeout(noteTimer)
          noteTimer = setTimeout(() => void saveNote(), NOTE_SAVE_DELAY_MS)
        }}
        onBlur={() => void saveNote()}
      />
      <div class="annotation-editor__footer">
        <span class="muted annotation-editor__saved">{noteSaveState()}</span>
        <button type="button" class="button button--danger button--small" onClick={remove}>
          Delete highlight
        </button>
      </div>
    </div>
  )
}
