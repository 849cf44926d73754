import { Index, Show, createMemo } from 'solid-js'
import type { HighlightColour } from '../../../shared/model/annotation'
import type { Segment } from '../reader/reader-model'

/** What the text needs to know about the highlights it draws. */
export interface HighlightLookup {
  colour(id: string): HighlightColour | undefined
  /** The annotation to flash (just chosen in the panel or the overview), if any. */
  flashing(): string | null
  open(id: string, mark: HTMLElement): void
}

/** Which colour a speaker's marks take (see .tone-N in app.css). */
export type SpeakerTone = (speakerId: string) => number

export const speakerNoteId = (paragraph: number, speakerId: string) =>
  `said-${paragraph}-${speakerId}`
export const highlightDescriptionId = (annotationId: string) => `hl-desc-${annotationId}`

/**
 * A block's text as runs: attributed words in a span, highlighted words in a `<mark>` (the HTML
 * element for highlighted text). Overlapping highlights are runs carrying several ids; the run
 * shows the newest highlight's colour and is marked as an overlap. Only a highlight's first run
 * is a Tab stop, so each highlight is reached once.
 */
export function Segments(props: {
  segments: Segment[]
  paragraph: number
  tone: SpeakerTone
  highlights: HighlightLookup
}) {
  const firstRuns = createMemo(() => {
    const seen = new Set<string>()
    return props.segments.map((segment) => {
      const fresh = segment.highlightIds.filter((id) => !seen.has(id))
      fresh.forEach((id) => seen.add(id))
      return new Set(fresh)
    })
  })
  // Index, not For: runs are new objects whenever highlights change, but most stay where they
  // were; updating them in place keeps the DOM (and the student's selection or focus) steady.
  return (
    <Index each={props.segments}>
      {(segment, index) => {
        const words = () => (
          <Show when={segment().attribution} fallback={segment().text}>
            {(attribution) => (
              <span
                class={`attributed attributed--${attribution().mode} tone-${props.tone(attribution().speakerId)}`}
                aria-describedby={speakerNoteId(props.paragraph, attribution().speakerId)}
              >
                {segment().text}
              </span>
            )}
          </Show>
        )
        const top = () => segment().highlightIds.at(-1)
        return (
          <Show when={top()} fallback={words()}>
            {(id) => (
              <mark
                class={`hl hl-${props.highlights.colour(id()) ?? 'yellow'}`}
                classList={{
                  'hl--overlap': segment().highlightIds.length > 1,
                  'hl--flash': segment().highlightIds.includes(props.highlights.flashing() ?? ''),
                }}
                data-annotation-ids={segment().highlightIds.join(' ')}
                tabindex={firstRuns()[index]?.has(id()) ? 0 : -1}
                aria-describedby={segment().highlightIds.map(highlightDescriptionId).join(' ')}
                onClick={(event) => props.highlights.open(id(), event.currentTarget)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault()
                    props.highlights.open(id(), event.currentTarget)
                  }
                }}
              >
                {words()}
              </mark>
            )}
          </Show>
        )
      }}
    </Index>
  )
}
