import { For } from 'solid-js'
import { roleAsShown, speakerLabel, type Speaker } from '../../../shared/model/article'

/** Speakers as small labelled chips: name (or role for someone named by role only), then role. */
export function SpeakerList(props: { speakers: Speaker[]; withRoles?: boolean; label: string }) {
  return (
    <ul class="speaker-list" aria-label={props.label}>
      <For each={props.speakers}>
        {(speaker) => (
          <li class="speaker-chip" data-kind={speaker.kind}>
            <span class="speaker-chip__name">{speakerLabel(speaker)}</span>
            {props.withRoles && speaker.name && speaker.role ? (
              <span class="speaker-chip__role">{roleAsShown(speaker)}</span>
            ) : null}
          </li>
        )}
      </For>
    </ul>
  )
}
