import { For, Show } from 'solid-js'
import { roleAsShown, speakerLabel, type Speaker } from '../../../shared/model/article'
import type { ReaderParagraph } from '../reader/reader-model'
import { Segments, speakerNoteId, type OpenHighlight, type SpeakerTone } from './Segments'

/**
 * One numbered paragraph. Its text container holds exactly the article's text for the paragraph
 * (marks and spans only wrap it), so DOM offsets map to model offsets; numbers and notes sit
 * outside it.
 */
export function Paragraph(props: {
  paragraph: ReaderParagraph
  tone: SpeakerTone
  onOpenHighlight: OpenHighlight
  quote?: boolean
  showSpeakerNotes: boolean
}) {
  const n = () => props.paragraph.number
  const text = () => (
    <Segments
      segments={props.paragraph.segments}
      paragraph={n()}
      tone={props.tone}
      onOpen={props.onOpenHighlight}
    />
  )
  return (
    <div
      class="para-row"
      data-paragraph={n()}
      style={{
        // Its length, for the height it is given before it is first drawn (see .para-row).
        '--para-characters': props.paragraph.end - props.paragraph.start,
      }}
    >
      <span class="para-num">
        <span class="visually-hidden">Paragraph </span>
        {n()}
      </span>
      <div class="para-main">
        {props.quote ? (
          <blockquote class="para para--quote" id={`p${n()}`}>
            <p class="para-text" data-text-start={props.paragraph.start}>
              {text()}
            </p>
          </blockquote>
        ) : (
          <p class="para para-text" id={`p${n()}`} data-text-start={props.paragraph.start}>
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
              <p
                class={`speaker-note tone-${props.tone(speaker.id)}`}
                id={speakerNoteId(n(), speaker.id)}
              >
                <span class="speaker-note__name">{speakerLabel(speaker)}</span>
                <Show when={speaker.name && speaker.role}>
                  <span class="speaker-note__role">{roleAsShown(speaker)}</span>
                </Show>
              </p>
            )}
          </For>
        </aside>
      </Show>
    </div>
  )
}
