import type { Article, SpeakerId } from '../model/article'
import { partitionPoint } from '../sorted'

/**
 * Whose words a stretch of an article is: a speaker's own words in quotation marks (`direct`),
 * the reporter's account of what a speaker said (`reported`), or the reporter's own words
 * (`narration`), framing such as "Farrant said" included.
 */
export type SpeechKind = 'direct' | 'reported' | 'narration'

/** What a whole passage is: one kind throughout, or `mixed` (narration framing a quotation…). */
export type PassageKind = SpeechKind | 'mixed'

/** A run of a passage with one kind and one speaker, inside one paragraph. */
export interface SpeechPart {
  start: number
  end: number
  kind: SpeechKind
  /** Null for narration. */
  speakerId: SpeakerId | null
  /** The paragraph the run lies in. */
  paragraph: number | null
}

/** What a passage of an article is made of, as the article's attributions tell it. */
export interface Speech {
  kind: PassageKind
  /** The one speaker whose words (direct or reported) the passage holds; null if none or several. */
  speakerId: SpeakerId | null
  /** Every speaker whose words it holds, in reading order. More than one is never quoted as one. */
  speakerIds: SpeakerId[]
  /** The passage's body text, run by run; speaker lines and the gaps between blocks are not in it. */
  parts: SpeechPart[]
  /** Whether the passage takes in a speaker line ("Julia Ross, social services director…"). */
  includesLabel: boolean
}

const HAS_WORD = /[\p{L}\p{N}]/u

/**
 * The speech of `text.slice(start, end)`: its runs of direct speech, reported speech and
 * narration, each inside one paragraph. A run without a word in it (a full stop after a closing
 * quotation mark, a comma) joins the run before it (or, at the start, after it), so that
 * punctuation never makes a passage look mixed.
 */
export function describeSpeech(
  article: Pick<Article, 'text' | 'blocks' | 'attributions'>,
  start: number,
  end: number,
): Speech {
  const { text, blocks, attributions } = article
  const raw: SpeechPart[] = []
  let includesLabel = false
  for (let b = partitionPoint(blocks, (x) => x.end <= start); b < blocks.length; b++) {
    const block = blocks[b]!
    if (block.start >= end) break
    if (block.kind === 'speaker-line') {
      includesLabel ||= block.end > start && block.start < end
      continue
    }
    const from = Math.max(start, block.start)
    const to = Math.min(end, block.end)
    let cursor = from
    const push = (s: number, e: number, kind: SpeechKind, speakerId: SpeakerId | null) => {
      if (e > s) raw.push({ start: s, end: e, kind, speakerId, paragraph: block.number })
    }
    for (let a = partitionPoint(attributions, (x) => x.end <= from); a < attributions.length; a++) {
      const attribution = attributions[a]!
      if (attribution.start >= to) break
      const s = Math.max(from, attribution.start)
      push(cursor, s, 'narration', null)
      cursor = Math.min(to, attribution.end)
      push(s, cursor, attribution.mode, attribution.speakerId)
    }
    push(cursor, to, 'narration', null)
  }
  const trimmed = raw.map((part) => trimPart(text, part)).filter((p) => p.end > p.start)
  const parts = joinWordless(text, trimmed)
  const speakerIds = [...new Set(parts.flatMap((p) => (p.speakerId ? [p.speakerId] : [])))]
  const kinds = new Set(parts.map((p) => p.kind))
  return {
    kind: kinds.size === 1 ? [...kinds][0]! : kinds.size === 0 ? 'narration' : 'mixed',
    speakerId: speakerIds.length === 1 ? speakerIds[0]! : null,
    speakerIds,
    parts,
    includesLabel,
  }
}

/** A part without white space at its edges (between two sentences, a part may start with one). */
function trimPart(text: string, part: SpeechPart): SpeechPart {
  let { start, end } = part
  while (start < end && /\s/u.test(text[start] ?? '')) start++
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--
  return { ...part, start, end }
}

/**
 * Parts with no word in them are punctuation belonging to a neighbour in the same paragraph;
 * neighbours of the same kind and speaker then become one part.
 */
function joinWordless(text: string, parts: readonly SpeechPart[]): SpeechPart[] {
  const joined: SpeechPart[] = []
  let pending: SpeechPart | null = null // wordless parts before any worded part of a paragraph
  for (const part of parts) {
    const previous = joined.at(-1)
    const samePara = previous !== undefined && previous.paragraph === part.paragraph
    if (!HAS_WORD.test(text.slice(part.start, part.end))) {
      if (samePara) joined[joined.length - 1] = { ...previous, end: part.end }
      else pending ??= part
      continue
    }
    const current: SpeechPart =
      pending && pending.paragraph === part.paragraph ? { ...part, start: pending.start } : part
    pending = null
    if (samePara && previous.kind === current.kind && previous.speakerId === current.speakerId) {
      joined[joined.length - 1] = { ...previous, end: current.end }
    } else joined.push(current)
  }
  // A passage of nothing but punctuation is still the article's words: narration.
  if (joined.length === 0 && pending)
    joined.push({ ...pending, kind: 'narration', speakerId: null })
  return joined
}

// A mixed passage names its kinds in this order: "Narration and reported speech".
const KIND_ORDER: readonly SpeechKind[] = ['narration', 'reported', 'direct']

/**
 * What a passage is, in a few words, or null for a direct quotation (its quotation marks say
 * it): "Reported speech", "Narration", or for a mix every kind it holds, "Narration and direct
 * speech" for "Farrant said: “…”".
 */
export function speechKindLabel(speech: {
  kind: PassageKind
  parts: readonly Pick<SpeechPart, 'kind'>[]
}): string | null {
  if (speech.kind === 'direct') return null
  if (speech.kind === 'reported') return 'Reported speech'
  if (speech.kind === 'narration') return 'Narration'
  const named = KIND_ORDER.filter((k) => speech.parts.some((p) => p.kind === k))
  if (named.length < 2) return 'Mixed speech'
  const listed = `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`
  return `${listed.charAt(0).toUpperCase()}${listed.slice(1)} speech`
}
