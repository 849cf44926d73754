import type { AnnotationView } from './annotation-view'
import { COLOUR_NAMES } from './colours'

/** What a screen reader hears about a highlight: colour, tags, speaker and note. */
export function describeHighlight(view: AnnotationView): string {
  const parts = [`${COLOUR_NAMES[view.annotation.colour]} highlight.`]
  parts.push(view.tags.length ? `Tags: ${view.tags.map((t) => t.name).join(', ')}.` : 'No tags.')
  if (view.speaker) {
    parts.push(`Speaker: ${view.speaker.name}${view.speaker.role ? `, ${view.speaker.role}` : ''}.`)
  }
  if (view.annotation.note) parts.push(`Note: ${view.annotation.note}`)
  return parts.join(' ')
}
