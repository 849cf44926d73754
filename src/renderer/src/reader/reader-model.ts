import type { Article, Attribution, Block, Speaker } from '../../../shared/model/article'

/** A run of a block's text, attributed to a speaker or not. Offsets are into `Article.text`. */
export interface Segment {
  start: number
  end: number
  text: string
  attribution: Attribution | null
}

export interface ReaderParagraph {
  number: number
  start: number
  end: number
  segments: Segment[]
  /** Speakers quoted in this paragraph, in order of first appearance. */
  speakers: Speaker[]
  /** The source breaks off mid-sentence here; the reader says so rather than leave it unexplained. */
  isCutOff: boolean
}

/** A round-up comment: the "Name, role" line and the quote it introduces. */
export interface ReaderComment {
  kind: 'comment'
  speakerLine: { start: number; end: number; text: string; speaker: Speaker | null }
  /** Null only if the source has a speaker line with no quote after it: shown, never dropped. */
  paragraph: ReaderParagraph | null
}

export type ReaderItem = { kind: 'paragraph'; paragraph: ReaderParagraph } | ReaderComment

// A sentence that ends well ends in terminal punctuation, perhaps inside closing quotes or brackets.
const ENDS_SENTENCE = /[.!?…:;][”’"')\]]*$|[”’"')\]]$/

/** Does this paragraph stop mid-sentence (as some do in the source)? */
export function isCutOff(text: string): boolean {
  return !ENDS_SENTENCE.test(text.trimEnd())
}

/** Split a block into attributed and unattributed runs, in order, covering it exactly. */
export function segmentBlock(text: string, block: Block, attributions: Attribution[]): Segment[] {
  const inside = attributions
    .filter((a) => a.start >= block.start && a.end <= block.end)
    .sort((a, b) => a.start - b.start)
  const segments: Segment[] = []
  let at = block.start
  const push = (start: number, end: number, attribution: Attribution | null) => {
    if (end > start) segments.push({ start, end, text: text.slice(start, end), attribution })
  }
  for (const attribution of inside) {
    if (attribution.start < at) continue // overlapping spans are not expected; keep the first
    push(at, attribution.start, null)
    push(attribution.start, attribution.end, attribution)
    at = attribution.end
  }
  push(at, block.end, null)
  return segments
}

function toParagraph(article: Article, block: Block): ReaderParagraph {
  const segments = segmentBlock(article.text, block, article.attributions)
  const speakerIds = [
    ...new Set(segments.flatMap((s) => (s.attribution ? [s.attribution.speakerId] : []))),
  ]
  return {
    number: block.number ?? 0,
    start: block.start,
    end: block.end,
    segments,
    speakers: speakerIds.flatMap((id) => article.speakers.filter((s) => s.id === id)),
    isCutOff: isCutOff(article.text.slice(block.start, block.end)),
  }
}

/**
 * Arrange an article for reading: plain paragraphs, and round-up comments that pair a speaker line
 * with the quote after it. The speaker is the one the quote is attributed to.
 */
export function arrangeArticle(article: Article): ReaderItem[] {
  const items: ReaderItem[] = []
  const blocks = article.blocks
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const next = blocks[i + 1]
    if (block.kind === 'paragraph') {
      items.push({ kind: 'paragraph', paragraph: toParagraph(article, block) })
      continue
    }
    const paragraph = next?.kind === 'paragraph' ? toParagraph(article, next) : null
    if (paragraph) i++
    items.push({
      kind: 'comment',
      speakerLine: {
        start: block.start,
        end: block.end,
        text: article.text.slice(block.start, block.end),
        speaker: paragraph?.speakers[0] ?? null,
      },
      paragraph,
    })
  }
  return items
}

/** Split a speaker line into the speaker's name (to set in bold) and the rest, text unchanged. */
export function splitSpeakerLine(text: string, name: string | null): [name: string, rest: string] {
  return name && text.startsWith(name) ? [name, text.slice(name.length)] : ['', text]
}

/** Rough reading time at 230 words a minute, never less than a minute. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230))
}
