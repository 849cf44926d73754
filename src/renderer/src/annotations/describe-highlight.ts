import type { AnnotationView } from './annotation-view'
import { speechKindLabel } from '../../../shared/annotations/speech'
import { COLOUR_NAMES } from './colours'

/** What a screen reader hears about a highlight: colour, kind of speech, tags, speaker and note. */
export function describeHighlight(view: AnnotationView): string {
  const parts = [`${COLOUR_NAMES[view.annotation.colour]} highlight.`]
  const speech = view.placement.status === 'anchored' && speechKindLabel(view.placement.speech)
  if (speech) parts.push(`${speech}.`)
  parts.push(view.tags.length ? `Tags: ${view.tags.map((t) => t.name).join(', ')}.` : 'No tags.')
  if (view.speaker) {
    parts.push(`Speaker: ${view.speaker.name}${view.speaker.role ? `, ${view.speaker.role}` : ''}.`)
  }
  if (view.annotation.note) parts.push(`Note: ${view.annotation.note}`)
  return parts.join(' ')
}
