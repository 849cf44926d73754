import type { Placement } from '../../annotations/annotation-view'

/**
 * Where an entry sits, as shown ("¶ 5", "¶¶ 5–6", as the briefing pack cites it) and as heard
 * ("Paragraph 5", "Paragraphs 5 to 6"); null if not numbered.
 */
export function paragraphLabel(placement: Placement): { shown: string; spoken: string } | null {
  if (placement.status !== 'anchored' || placement.from === null) return null
  const { from, to } = placement
  if (to === null || to === from) return { shown: `¶ ${from}`, spoken: `Paragraph ${from}` }
  return { shown: `¶¶ ${from}–${to}`, spoken: `Paragraphs ${from} to ${to}` }
}

/**
 * A speaker as one line: "Julia Ross, chief executive", or just the name. Someone named by role
 * only is labelled with that role already, so it is not repeated.
 */
export function speakerText(speaker: { name: string; role: string | null }): string {
  const role = speaker.role?.trim()
  if (!role || role.toLocaleLowerCase() === speaker.name.toLocaleLowerCase()) return speaker.name
  return `${speaker.name}, ${role}`
}

/** The DOM id of a list entry, so the reader can scroll the panel to the highlight just opened. */
export function annotationEntryId(annotationId: string): string {
  return `annotation-entry-${annotationId}`
}
