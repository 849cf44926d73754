import { anchorAll } from '../anchoring'
import type { Annotation, SpeakerRef, StudentSpeaker } from '../model/annotation'
import { roleAsShown, speakerLabel, type Article, type Block } from '../model/article'
import { partitionPoint } from '../sorted'
import { describeSpeech, type Speech } from './speech'

/**
 * Where an annotation sits in its article's current text, with the paragraphs it cites (`from`
 * to `to`), or why it could not be placed. Shared by the reader's lists and the briefing pack,
 * so both cite the same paragraph for the same highlight.
 */
export type Placement =
  | {
      status: 'anchored'
      start: number
      end: number
      from: number | null
      to: number | null
      /** Whose words the passage is, as the article attributes them. */
      speech: Speech
    }
  | { status: 'orphaned'; reason: string }

/**
 * Place an article's own annotations in its current text. They are anchored together: those that
 * still fit exactly guide where the others are looked for, which keeps an edited repeat apart
 * from its intact copy when text moved. Keyed by annotation id.
 */
export function placeAnnotations(
  article: Pick<Article, 'text' | 'contentHash' | 'blocks' | 'attributions'>,
  own: readonly Annotation[],
): Map<string, Placement> {
  const results = anchorAll(
    article.text,
    article.contentHash,
    own.map((a) => a.target),
  )
  const placements = new Map<string, Placement>()
  for (const [i, annotation] of own.entries()) {
    const result = results[i]!
    if (result.status === 'orphaned') {
      placements.set(annotation.id, { status: 'orphaned', reason: result.reason })
      continue
    }
    // White space a selection caught at its edges is not cited or quoted.
    let { start, end } = result
    while (start < end && /\s/u.test(article.text[start] ?? '')) start++
    while (end > start && /\s/u.test(article.text[end - 1] ?? '')) end--
    const from = citedParagraph(article.blocks, start)
    const to = citedParagraph(article.blocks, Math.max(start, end - 1))
    const speech = describeSpeech(article, start, end)
    placements.set(annotation.id, { status: 'anchored', start, end, from, to: to ?? from, speech })
  }
  return placements
}

/**
 * The paragraph number cited for an offset: its block's, or, on a speaker line (unnumbered) or in
 * the gap before a block, the next numbered paragraph's. Blocks are in text order, so the block is
 * found by binary search (the overview places thousands of annotations).
 */
export function citedParagraph(blocks: readonly Block[], offset: number): number | null {
  for (let i = partitionPoint(blocks, (b) => b.end <= offset); i < blocks.length; i++) {
    if (blocks[i]!.number !== null) return blocks[i]!.number
  }
  return null
}

/**
 * Who said an annotation's words, as shown: the article's speaker or the student's own, by name
 * (or role, for someone named by role only, whose role is then not repeated).
 */
export function resolveSpeaker(
  article: Pick<Article, 'speakers'>,
  ref: SpeakerRef | null,
  studentSpeakers: readonly StudentSpeaker[],
): { name: string; role: string | null } | null {
  if (!ref) return null
  if (ref.source === 'student') {
    const mine = studentSpeakers.find((s) => s.id === ref.id)
    return mine ? { name: mine.name, role: mine.role.trim() || null } : null
  }
  const found = article.speakers.find((s) => s.id === ref.id)
  if (!found) return null
  // Someone named by role only is labelled by it; the role is not repeated beside it.
  return { name: speakerLabel(found), role: found.name ? roleAsShown(found) : null }
}

/**
 * Who said an annotation's words: the speaker the student gave it, else the one speaker the
 * article attributes the placed words to (a highlight made before its speaker could be known).
 */
export function speakerOfAnnotation(
  article: Pick<Article, 'speakers'>,
  annotation: Pick<Annotation, 'speaker'>,
  placement: Placement | undefined,
  studentSpeakers: readonly StudentSpeaker[],
): { name: string; role: string | null } | null {
  const fromArticle =
    placement?.status === 'anchored' && placement.speech.speakerId
      ? ({ source: 'article', id: placement.speech.speakerId } as const)
      : null
  return resolveSpeaker(article, annotation.speaker ?? fromArticle, studentSpeakers)
}
