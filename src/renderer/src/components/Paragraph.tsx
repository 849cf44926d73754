import { For, Show } from 'solid-js'
import { speakerLabel, type Speaker } from '../../../shared/model/article'
import type { ReaderParagraph } from '../reader/reader-model'

/** Which colour a speaker's marks take: their position among the article's speakers, cycled. */
export type SpeakerTone = (speakerId: string) => number

const noteId = (paragraph: number, speakerId: string) => `said-${paragraph}-${speakerId}`

/**
 * One numbered paragraph. Its text is exactly the article's text for the paragraph (spans only
 * wrap it), so offsets in the DOM match offsets in the model; numbers and notes sit outside it.
 */
export function Paragraph(props: {
  paragraph: ReaderParagraph
  tone: SpeakerTone
  quote?: boolean
  showSpeakerNotes: boolean
}) {
  const n = () => props.paragraph.number
  const text = () => (
    <For each={props.paragraph.segments}>
      {(segment) =>
        segment.attribution ? (
          <span
            class={`attributed attributed--${segment.attribution.mode} tone-${props.tone(segment.attribution.speakerId)}`}
            aria-describedby={noteId(n(), segment.attribution.speakerId)}
          >
            {segment.text}
          </span>
        ) : (
          segment.text
        )
      }
    </For>
  )
  return (
    <div class="para-row" data-paragraph={n()}>
      <span class="para-num">
        <span class="visually-hidden">Paragraph </span>
        {n()}
      </span>
      <div class="para-main">
        {props.quote ? (
          <blockquote class="para para--quote" id={`p${n()}`} data-start={props.paragraph.start}>
            <p class="para-text">{text()}</p>
          </blockquote>
        ) : (
          <p class="para para-text" id={`p${n()}`} data-start={props.paragraph.start}>
            {text()}
          </p>
        )}
        <Show when={props.paragraph.isCutOff}>
          <p class="cut-off-note">The text breaks off here in the source.</p>
        </Show>
      </div>
      <Show when={props.paragraph.speakers.length > 0}>
        <aside
          class="para-notes"
          classList={{ 'visually-hidden': !props.showSpeakerNotes }}
          aria-label={`Quoted in paragraph ${n()}`}
        >
          <For each={props.paragraph.speakers}>
            {(speaker: Speaker) => (
              <p class={`speaker-note tone-${props.tone(speaker.id)}`} id={noteId(n(), speaker.id)}>
                <span class="speaker-note__name">{speakerLabel(speaker)}</span>
                <Show when={speaker.name && speaker.role}>
                  <span class="speaker-note__role">{speaker.role}</span>
                </Show>
              </p>
            )}
          </For>
        </aside>
      </Show>
    </div>
  )
}
