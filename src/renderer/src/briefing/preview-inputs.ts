import type { Annotation, StudentSpeaker } from '../../../shared/model/annotation'
import type { BriefingRequest } from '../../../shared/model/briefing'
import type { Tag } from '../../../shared/model/tag'

/**
 * A string that changes whenever something a preview depends on changes in the student's
 * document. Read inside an effect, it also subscribes the effect to every field it touches.
 * Main restamps `updatedAt` on each change, and an undo restores the record it replaced.
 */
export function documentStamp(
  items: readonly Annotation[],
  tags: readonly Tag[],
  speakers: readonly StudentSpeaker[],
): string {
  const parts = [`${items.length}:${tags.length}:${speakers.length}`]
  for (const a of items) parts.push(a.id, a.updatedAt)
  for (const t of tags) parts.push(t.id, t.name, t.description, t.group)
  for (const s of speakers) parts.push(s.id, s.name, s.role)
  return parts.join('\u0000')
}

/** Whether two requests ask for the same pack (they are small plain data). */
export const sameRequest = (a: BriefingRequest, b: BriefingRequest): boolean =>
  JSON.stringify(a) === JSON.stringify(b)
