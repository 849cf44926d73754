import { For, Show, createSignal } from 'solid-js'
import type { SpeakerRef, StudentSpeaker } from '../../../shared/model/annotation'
import { speakerLabel, type Speaker } from '../../../shared/model/article'
import { MAX_SPEAKER_NAME_LENGTH, MAX_SPEAKER_ROLE_LENGTH } from '../../../shared/model/limits'

const encode = (ref: SpeakerRef | null) => (ref ? `${ref.source}:${ref.id}` : '')

/** Choose who said the highlighted words: someone the article quotes, one of the student's own, or nobody. */
export function SpeakerPicker(props: {
  value: SpeakerRef | null
  articleSpeakers: Speaker[]
  studentSpeakers: readonly StudentSpeaker[]
  onChange: (ref: SpeakerRef | null) => void
  onCreate: (draft: { name: string; role: string }) => Promise<StudentSpeaker | undefined>
  selectRef?: (el: HTMLSelectElement) => void
}) {
  const [adding, setAdding] = createSignal(false)
  const [name, setName] = createSignal('')
  const [role, setRole] = createSignal('')
  let nameInput: HTMLInputElement | undefined

  const onSelect = (value: string) => {
    if (value === 'new') {
      setAdding(true)
      queueMicrotask(() => nameInput?.focus())
      return
    }
    const [source, id] = value.split(/:(.*)/s)
    props.onChange(
      source === 'article' || source === 'student' ? ({ source, id } as SpeakerRef) : null,
    )
  }
  const add = async (event: SubmitEvent) => {
    event.preventDefault()
    const speaker = await props.onCreate({ name: name(), role: role() })
    if (!speaker) return
    props.onChange({ source: 'student', id: speaker.id })
    setAdding(false)
    setName('')
    setRole('')
  }

  return (
    <div class="speaker-picker">
      <select
        ref={(el) => props.selectRef?.(el)}
        aria-label="Speaker"
        value={encode(props.value)}
        onChange={(event) => onSelect(event.currentTarget.value)}
      >
        <option value="">No speaker</option>
        <Show when={props.articleSpeakers.length > 0}>
          <optgroup label="Quoted in this article">
            <For each={props.articleSpeakers}>
              {(s) => <option value={`article:${s.id}`}>{speakerLabel(s)}</option>}
            </For>
          </optgroup>
        </Show>
        <Show when={props.studentSpeakers.length > 0}>
          <optgroup label="Your speakers">
            <For each={props.studentSpeakers}>
              {(s) => (
                <option value={`student:${s.id}`}>
                  {s.name}
                  {s.role ? `, ${s.role}` : ''}
                </option>
              )}
            </For>
          </optgroup>
        </Show>
        <option value="new">Add a speaker…</option>
      </select>
      <Show when={adding()}>
        <form class="speaker-picker__new" onSubmit={add} aria-label="New speaker">
          <input
            ref={nameInput}
            aria-label="Speaker’s name"
            maxLength={MAX_SPEAKER_NAME_LENGTH}
            placeholder="Name"
            required
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <input
            aria-label="Speaker’s role"
            maxLength={MAX_SPEAKER_ROLE_LENGTH}
            placeholder="Role (optional)"
            value={role()}
            onInput={(e) => setRole(e.currentTarget.value)}
          />
          <button type="submit" class="button button--small">
            Add
          </button>
          <button
            type="button"
            class="button button--quiet button--small"
            onClick={() => setAdding(false)}
          >
            Cancel
          </button>
        </form>
      </Show>
    </div>
  )
}
