import type { AnnotationId } from '../../shared/model/annotation'
import type { Tag } from '../../shared/model/tag'
import type { KeyArguments, SpeakerRow, WhoSaidWhat } from './briefing-document'
import { balanceSentence } from './format'
import { makeEntry, tagLabel } from './layout-entries'
import { shortenPassage } from './passage'
import type { ResolvedAnnotation } from './resolve-annotations'

/** The codebook group whose tags say which side a passage takes. */
export const STANCE_GROUP = 'stance'

// A speaker's first claim is pointed to, not reprinted: a couple of lines is enough to recognise it.
const CLAIM_WORDS = 28
// Count columns that fit beside the speaker's name; fewer tags than stances when standing in.
const MAX_COLUMNS = 5
const MAX_TAG_COLUMNS = 4

export const isStance = (tag: Tag) => tag.group.trim().toLocaleLowerCase('en') === STANCE_GROUP

/**
 * Speakers against stances: how many of each speaker's passages carry each stance tag (or, with
 * no stance tag in use, the tags used most), with their first tagged claim linked to its entry,
 * and the balance of the whole pack in one sentence. Speakers are people as named, so the same
 * person quoted in two articles is one row; rows follow the order speakers are first quoted.
 */
export function layoutWhoSaidWhat(
  resolved: readonly ResolvedAnnotation[],
  tags: readonly Tag[],
  keyArguments: KeyArguments,
  anchor: string,
): WhoSaidWhat {
  const used = (tag: Tag) => resolved.filter((r) => r.tags.some((t) => t.id === tag.id)).length
  const stances = tags.filter(isStance)
  const usedStances = stances.filter((t) => used(t) > 0)
  // A student's codebook may hold many stances: the table shows the most used that fit.
  const mostUsed = [...usedStances].sort((a, b) => used(b) - used(a)).slice(0, MAX_COLUMNS)
  const columns =
    usedStances.length > 0
      ? usedStances.filter((t) => mostUsed.includes(t))
      : tags
          .filter((t) => used(t) > 0)
          .sort((a, b) => used(b) - used(a))
          .slice(0, MAX_TAG_COLUMNS)

  // A passage is known by its highlight and, for a highlight quoted in parts, by its part.
  const passageKey = (id: AnnotationId, part: { index: number } | null) =>
    `${id}#${part?.index ?? 0}`
  const firstAnchor = new Map<string, string>()
  for (const group of keyArguments.groups) {
    for (const entry of group.entries) {
      const key = passageKey(entry.annotationId, entry.part)
      if (!firstAnchor.has(key)) firstAnchor.set(key, entry.anchor)
    }
  }

  const bySpeaker = new Map<string, ResolvedAnnotation[]>()
  for (const r of resolved) {
    if (!r.speaker) continue
    bySpeaker.set(r.speaker.name, [...(bySpeaker.get(r.speaker.name) ?? []), r])
  }
  const rows = [...bySpeaker.values()].map((items): SpeakerRow => {
    // Only a tagged passage is a claim; a speaker with none tagged yet has no first claim.
    const claim = items.find((r) => r.tags.length > 0)
    const entry = claim && makeEntry(claim, '', false)
    const entryAnchor = claim && firstAnchor.get(passageKey(claim.annotation.id, claim.part))
    return {
      speaker: items[0]!.speaker!,
      counts: columns.map((c) => items.filter((r) => r.tags.some((t) => t.id === c.id)).length),
      total: items.length,
      firstClaim:
        entry && entryAnchor
          ? {
              passage: shortenPassage(entry.passage, CLAIM_WORDS),
              speechLabel: entry.speechLabel,
              citation: entry.citation.label,
              entryAnchor,
            }
          : null,
    }
  })

  const stanceCount = (r: ResolvedAnnotation) => r.tags.filter(isStance).length
  return {
    anchor,
    title: 'Who said what',
    columns: columns.map(tagLabel),
    columnsAre: usedStances.length > 0 ? 'stances' : 'tags',
    rows,
    balance: balanceSentence(
      resolved.length,
      stances.map((t) => ({ name: t.name, count: used(t) })),
      resolved.filter((r) => stanceCount(r) === 0).length,
      resolved.filter((r) => stanceCount(r) > 1).length,
    ),
  }
}
