import { For, type JSX } from 'solid-js'
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
  const firstRuns = () => {
    const seen = new Set<string>()
    return props.segments.map((segment) => {
      const fresh = segment.highlightIds.filter((id) => !seen.has(id))
      fresh.forEach((id) => seen.add(id))
      return new Set(fresh)
    })
  }
  return (
    <For each={props.segments}>
      {(segment, index) => {
        const words = (): JSX.Element =>
          segment.attribution ? (
            <span
              class={`attributed attributed--${segment.attribution.mode} tone-${props.tone(segment.attribution.speakerId)}`}
              aria-describedby={speakerNoteId(props.paragraph, segment.attribution.speakerId)}
            >
              {segment.text}
            </span>
          ) : (
            segment.text
          )
        if (segment.highlightIds.length === 0) return words()
        const top = () => segment.highlightIds.at(-1)!
        const isTabStop = () => firstRuns()[index()]?.has(top()) ?? false
        return (
          <mark
            class={`hl hl-${props.highlights.colour(top()) ?? 'yellow'}`}
            classList={{
              'hl--overlap': segment.highlightIds.length > 1,
              'hl--flash': segment.highlightIds.includes(props.highlights.flashing() ?? ''),
            }}
            data-annotation-ids={segment.highlightIds.join(' ')}
            tabindex={isTabStop() ? 0 : -1}
            aria-describedby={segment.highlightIds.map(highlightDescriptionId).join(' ')}
            onClick={(event) => props.highlights.open(top(), event.currentTarget)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault()
                props.highlights.open(top(), event.currentTarget)
              }
            }}
          >
            {words()}
          </mark>
        )
      }}
    </For>
  )
}
