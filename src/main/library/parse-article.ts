import type { Block } from '../../shared/model/article'
import { isCutOffParagraph } from './cut-off'
import { isSpeakerLine } from './speaker-line'

/** What the parser makes of a plain-text article: its body model, ready for attribution. */
export interface ParsedArticle {
  /** The source's first line, collapsed. Not body text: the library takes titles from metadata. */
  titleLine: string
  /** The body: the blocks' texts joined by a blank line ("\n\n"). */
  text: string
  blocks: Block[]
  /** Site furniture recognised and left out of the body, in source order. */
  dropped: string[]
  /** Whitespace-separated tokens in `text`. */
  wordCount: number
}

/**
 * Lines the publisher's site adds around every article. They are page chrome, not the
 * journalist's text, so they would only pollute citations and word counts.
 */
export const SITE_FURNITURE: ReadonlySet<string> = new Set([
  'More from Community Care',
  'Comments are closed.',
])

const BLOCK_SEPARATOR = '\n\n'

/**
 * Turn a bundled article's plain text into its body model. The first non-blank line is the title
 * line; blank lines separate paragraphs; hard-wrapped lines are joined with one space; white
 * space (NBSP included) is collapsed. No word is added, removed or changed: cut-off sentences in
 * the source stay cut off.
 */
export function parseArticle(source: string): ParsedArticle {
  const lines = source.split(/\r\n|\r|\n/).map(collapseWhiteSpace)
  const titleIndex = lines.findIndex((line) => line !== '')
  const titleLine = titleIndex === -1 ? '' : (lines[titleIndex] ?? '')
  const dropped: string[] = []
  const groups = groupLines(lines.slice(titleIndex + 1)).filter((group) => {
    const joined = group.join(' ')
    if (!SITE_FURNITURE.has(joined)) return true
    dropped.push(joined)
    return false
  })
  const { text, blocks } = assembleBlocks(classifyGroups(groups))
  return { titleLine, text, blocks, dropped, wordCount: countWords(text) }
}

/** Count whitespace-separated tokens, the way a word processor counts words. */
export function countWords(text: string): number {
  return text.match(/\S+/gu)?.length ?? 0
}

/** JS `\s` covers NBSP, the other Unicode spaces and a stray BOM. */
function collapseWhiteSpace(line: string): string {
  return line.replace(/\s+/gu, ' ').trim()
}

/** Runs of non-blank lines, each run one block of the source. */
function groupLines(lines: string[]): string[][] {
  const groups: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (line !== '') {
      current.push(line)
      continue
    }
    if (current.length > 0) groups.push(current)
    current = []
  }
  if (current.length > 0) groups.push(current)
  return groups
}

type Piece = { kind: Block['kind']; text: string }

// A byline's role wraps onto a second line at most ("…Barking and / Dagenham").
const MAX_BYLINE_LINES = 2

function opensQuote(line: string | undefined): boolean {
  return line !== undefined && /^[“"]/u.test(line)
}

/**
 * Mark round-up bylines. The source sets a byline either as its own block before the quote, or
 * directly above the quote's first line with no blank line between, in which case the block is
 * split in two. Both are recognised by shape: a short "Name Surname, role" followed by a quote.
 */
function classifyGroups(groups: string[][]): Piece[] {
  const pieces: Piece[] = []
  groups.forEach((group, index) => {
    for (let split = 1; split <= MAX_BYLINE_LINES && split < group.length; split++) {
      const byline = group.slice(0, split).join(' ')
      if (opensQuote(group[split]) && isSpeakerLine(byline)) {
        pieces.push({ kind: 'speaker-line', text: byline })
        pieces.push({ kind: 'paragraph', text: group.slice(split).join(' ') })
        return
      }
    }
    const joined = group.join(' ')
    const isByline =
      group.length <= MAX_BYLINE_LINES &&
      isSpeakerLine(joined) &&
      opensQuote(groups[index + 1]?.[0])
    pieces.push({ kind: isByline ? 'speaker-line' : 'paragraph', text: joined })
  })
  return pieces
}

/** Lay the pieces end to end and number the paragraphs for citation. */
function assembleBlocks(pieces: Piece[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = []
  let text = ''
  let paragraphNumber = 0
  for (const piece of pieces) {
    if (text !== '') text += BLOCK_SEPARATOR
    const start = text.length
    text += piece.text
    const isParagraph = piece.kind === 'paragraph'
    const number = isParagraph ? ++paragraphNumber : null
    const cutOff = isParagraph && isCutOffParagraph(piece.text)
    blocks.push({ kind: piece.kind, number, start, end: text.length, cutOff })
  }
  return { text, blocks }
}
