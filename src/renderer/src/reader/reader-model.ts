import type { HighlightColour } from '../../../shared/model/annotation'
import type { Article, Attribution, Block, Speaker, SpeakerId } from '../../../shared/model/article'
import { partitionPoint } from '../../../shared/sorted'

/** A highlight placed in the current text: where it is, by annotation id, and its colour. */
export interface PlacedHighlight {
  id: string
  start: number
  end: number
  colour: HighlightColour
}

/**
 * A run of a block's text with the same attribution and the same highlights throughout. Offsets
 * are into `Article.text`; `highlightIds` keep the order the highlights were given in. What the
 * run's mark shows is resolved here, once, so the view draws plain values.
 */
export interface Segment {
  start: number
  end: number
  text: string
  attribution: Attribution | null
  highlightIds: string[]
  /** The colour of the last highlight given over the run (the one it shows); null if none. */
  colour: HighlightColour | null
  /**
   * Whether the run is where its shown highlight is first met in reading order: only there is the
   * mark a Tab stop, so each highlight is reached once.
   */
  isTabStop: boolean
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
  const segments = splitBlock(text, block, attributions, highlights, extraEdges)
  markTabStops(segments, new Set())
  return segments
}

/**
 * `segmentBlock` without the Tab stops. Each highlight is laid on the runs it covers found by
 * binary search over the edges, not tested against every run, so a block with a thousand
 * overlapping highlights stays fast.
 */
function splitBlock(
  text: string,
  block: Pick<Block, 'start' | 'end'>,
  attributions: readonly Attribution[],
  highlights: readonly PlacedHighlight[],
  extraEdges: readonly number[],
): Segment[] {
  const within = <T extends { start: number; end: number }>(spans: readonly T[]) =>
    spans.filter((s) => s.start < block.end && s.end > block.start && s.end > s.start)
  const spansA = within(attributions)
  const spansH = within(highlights)
  const edges = new Set([block.start, block.end])
  for (const e of extraEdges) if (e > block.start && e < block.end) edges.add(e)
  for (const s of spansA) edges.add(Math.max(s.start, block.start)).add(Math.min(s.end, block.end))
  for (const s of spansH) edges.add(Math.max(s.start, block.start)).add(Math.min(s.end, block.end))
  const points = [...edges].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      attribution: spansA.find((s) => s.start <= start && s.end >= end) ?? null,
      highlightIds: [],
      colour: null,
      isTabStop: false,
    })
  }
  // In the order given, so each run's ids keep that order and the last one laid is the one shown.
  for (const h of spansH) {
    const last = edgeIndex(points, Math.min(h.end, block.end))
    for (let i = edgeIndex(points, Math.max(h.start, block.start)); i < last; i++) {
      segments[i]!.highlightIds.push(h.id)
      segments[i]!.colour = h.colour
    }
  }
  return segments
}

/** Make each run where its shown highlight is first met (`seen` holds those met before) a Tab stop. */
function markTabStops(segments: readonly Segment[], seen: Set<string>): void {
  for (const segment of segments) {
    const ids = segment.highlightIds
    if (ids.length === 0) continue
    segment.isTabStop = !seen.has(ids[ids.length - 1]!)
    for (const id of ids) seen.add(id)
  }
}

/** Where `edge` is in the sorted `points` (it is always one of them). */
const edgeIndex = (points: readonly number[], edge: number) =>
  partitionPoint(points, (point) => point < edge)

/** What falls in each block: `spans` dealt to every block they overlap, each list in given order. */
function spansByBlock<T extends { start: number; end: number }>(
  blocks: readonly Block[],
  spans: readonly T[],
): T[][] {
  const byBlock = blocks.map((): T[] => [])
  for (const span of spans) {
    // Blocks are in text order and do not overlap: start at the first that ends after the span starts.
    const first = partitionPoint(blocks, (block) => block.end <= span.start)
    for (let i = first; i < blocks.length && blocks[i]!.start < span.end; i++)
      byBlock[i]!.push(span)
  }
  return byBlock
}

function toParagraph(
  article: Article,
  block: Block,
  attributions: readonly Attribution[],
  highlights: readonly PlacedHighlight[],
): ReaderParagraph {
  const segments = splitBlock(article.text, block, attributions, highlights, [])
  const speakerIds = [
    ...new Set(segments.flatMap((s) => (s.attribution ? [s.attribution.speakerId] : []))),
  ]
  return {
    number: block.number ?? 0,
    start: block.start,
    end: block.end,
    segments,
    speakers: speakerIds.flatMap((id) => article.speakers.filter((s) => s.id === id)),
    isCutOff: block.cutOff,
  }
}

/**
 * Arrange an article for reading: plain paragraphs, and round-up comments that pair a speaker line
 * with the quote after it. The speaker is the one the quote is attributed to. Given the previous
 * arrangement, every run that is just as it was is that arrangement's very segment, so a view can
 * tell the runs that changed by identity alone.
 */
export function arrangeArticle(
  article: Article,
  highlights: readonly PlacedHighlight[] = [],
  previous: readonly ReaderItem[] = [],
): ReaderItem[] {
  const items: ReaderItem[] = []
  const blocks = article.blocks
  // Dealt out once, so no block looks through every highlight of a long, well-read article.
  const attributionsIn = spansByBlock(blocks, article.attributions)
  const highlightsIn = spansByBlock(blocks, highlights)
  const paragraphAt = (i: number) =>
    toParagraph(article, blocks[i]!, attributionsIn[i]!, highlightsIn[i]!)
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.kind === 'paragraph') {
      items.push({ kind: 'paragraph', paragraph: paragraphAt(i) })
      continue
    }
    const paragraph = blocks[i + 1]?.kind === 'paragraph' ? paragraphAt(i + 1) : null
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
        segments: splitBlock(article.text, block, [], highlightsIn[i]!, [nameEnd]),
      },
      paragraph,
    })
    if (paragraph) i++
  }
  // In reading order across blocks: a highlight that runs on into the next block is met once.
  const seen = new Set<string>()
  for (const segments of segmentLists(items)) markTabStops(segments, seen)
  if (previous.length > 0) keepUnchanged(items, previous)
  return items
}

/** Every list of runs in an arrangement, in reading order. */
function* segmentLists(items: readonly ReaderItem[]): Generator<Segment[]> {
  for (const item of items) {
    if (item.kind === 'paragraph') {
      yield item.paragraph.segments
      continue
    }
    yield item.speakerLine.segments
    if (item.paragraph) yield item.paragraph.segments
  }
}

/** Swap into `items` each segment of `previous` that is the same run (runs never share a start). */
function keepUnchanged(items: readonly ReaderItem[], previous: readonly ReaderItem[]): void {
  const before = new Map<number, Segment>()
  for (const segments of segmentLists(previous)) for (const s of segments) before.set(s.start, s)
  for (const segments of segmentLists(items)) {
    segments.forEach((segment, i) => {
      const old = before.get(segment.start)
      if (old && isSameRun(old, segment)) segments[i] = old
    })
  }
}

function isSameRun(a: Segment, b: Segment): boolean {
  return (
    a.end === b.end &&
    a.text === b.text &&
    a.colour === b.colour &&
    a.isTabStop === b.isTabStop &&
    a.attribution?.speakerId === b.attribution?.speakerId &&
    a.attribution?.mode === b.attribution?.mode &&
    a.highlightIds.length === b.highlightIds.length &&
    a.highlightIds.every((id, i) => id === b.highlightIds[i])
  )
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
