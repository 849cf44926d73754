import type { Article, Attribution, Block, Speaker, SpeakerId } from '../../../shared/model/article'

/** A highlight placed in the current text: where it is, by annotation id. */
export interface PlacedHighlight {
  id: string
  start: number
  end: number
}

/**
 * A run of a block's text with the same attribution and the same highlights throughout. Offsets
 * are into `Article.text`; `highlightIds` keep the order the highlights were given in.
 */
export interface Segment {
  start: number
  end: number
  text: string
  attribution: Attribution | null
  highlightIds: string[]
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
  speakerLine: {
    start: number
    end: number
    text: string
    speaker: Speaker | null
    /** Where the speaker's name ends (set in bold); `start` if the line does not open with it. */
    nameEnd: number
    segments: Segment[]
  }
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

/**
 * Split a block at every edge of an attribution or a highlight, so each run can be rendered as one
 * element: overlapping highlights become runs carrying several ids. The runs cover the block exactly.
 */
export function segmentBlock(
  text: string,
  block: Pick<Block, 'start' | 'end'>,
  attributions: readonly Attribution[],
  highlights: readonly PlacedHighlight[] = [],
  extraEdges: readonly number[] = [],
): Segment[] {
  const within = <T extends { start: number; end: number }>(spans: readonly T[]) =>
    spans.filter((s) => s.start < block.end && s.end > block.start && s.end > s.start)
  const spansA = within(attributions)
  const spansH = within(highlights)
  const inBlock = extraEdges.filter((e) => e > block.start && e < block.end)
  const edges = new Set([block.start, block.end, ...inBlock])
  for (const s of [...spansA, ...spansH]) {
    edges.add(Math.max(s.start, block.start))
    edges.add(Math.min(s.end, block.end))
  }
  const points = [...edges].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    const covers = (s: { start: number; end: number }) => s.start <= start && s.end >= end
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      attribution: spansA.find(covers) ?? null,
      highlightIds: spansH.filter(covers).map((h) => h.id),
    })
  }
  return segments
}

function toParagraph(
  article: Article,
  block: Block,
  highlights: readonly PlacedHighlight[],
): ReaderParagraph {
  const segments = segmentBlock(article.text, block, article.attributions, highlights)
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
export function arrangeArticle(
  article: Article,
  highlights: readonly PlacedHighlight[] = [],
): ReaderItem[] {
  const items: ReaderItem[] = []
  const blocks = article.blocks
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const next = blocks[i + 1]
    if (block.kind === 'paragraph') {
      items.push({ kind: 'paragraph', paragraph: toParagraph(article, block, highlights) })
      continue
    }
    const paragraph = next?.kind === 'paragraph' ? toParagraph(article, next, highlights) : null
    if (paragraph) i++
    const speaker = paragraph?.speakers[0] ?? null
    const lineText = article.text.slice(block.start, block.end)
    const [name] = splitSpeakerLine(lineText, speaker?.name ?? null)
    const nameEnd = block.start + name.length
    items.push({
      kind: 'comment',
      speakerLine: {
        start: block.start,
        end: block.end,
        text: lineText,
        speaker,
        nameEnd,
        segments: segmentBlock(article.text, block, [], highlights, [nameEnd]),
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

/** Narrow a selected span so it neither starts nor ends on white space (or the gap between blocks). */
export function trimSpan(
  text: string,
  span: { start: number; end: number },
): { start: number; end: number } | null {
  let { start, end } = span
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}

/**
 * The speaker a new highlight takes: the one the article attributes the highlighted words to, when
 * they lie wholly inside one attributed span. Anything wider is left for the student to decide.
 */
export function speakerForSpan(
  article: Pick<Article, 'attributions'>,
  span: { start: number; end: number },
): SpeakerId | null {
  const inside = article.attributions.find((a) => a.start <= span.start && span.end <= a.end)
  return inside?.speakerId ?? null
}
