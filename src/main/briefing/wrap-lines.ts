/** One line of wrapped text: `text.slice(start, end)`, trailing spaces left out. */
export interface WrappedLine {
  start: number
  end: number
}

/**
 * Break `text` into lines no wider than `width`, at spaces, greedily, as a reader expects of
 * ragged-right text; a line break in the text ("\n") always starts a new line. A word wider than
 * the line on its own is cut between characters rather than overflowing the margin.
 *
 * Lines are laid out here, not by pdfkit's wrapper, because the pack needs to know where every
 * line falls before drawing it: to keep an attribution with its passage, to place highlights
 * behind words and to leave room for footnotes.
 */
export function wrapLines(
  text: string,
  width: number,
  measure: (s: string) => number,
): WrappedLine[] {
  const lines: WrappedLine[] = []
  let offset = 0
  for (const paragraph of text.split('\n')) {
    wrapParagraph(text, offset, offset + paragraph.length, width, measure, lines)
    offset += paragraph.length + 1
  }
  return lines
}

function wrapParagraph(
  text: string,
  from: number,
  to: number,
  width: number,
  measure: (s: string) => number,
  lines: WrappedLine[],
): void {
  const words = [...text.slice(from, to).matchAll(WORD)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }))
  if (words.length === 0) {
    lines.push({ start: from, end: from })
    return
  }
  let lineStart = -1
  let lineEnd = -1
  for (const word of words) {
    if (lineStart >= 0 && measure(text.slice(lineStart, word.end)) <= width) {
      lineEnd = word.end
      continue
    }
    if (lineStart >= 0) lines.push({ start: lineStart, end: lineEnd })
    lineStart = word.start
    lineEnd = word.end
    // A word too long for a line on its own: cut it where it must be cut.
    while (measure(text.slice(lineStart, lineEnd)) > width && lineEnd - lineStart > 1) {
      const cut = longestFit(text, lineStart, lineEnd, width, measure)
      lines.push({ start: lineStart, end: cut })
      lineStart = cut
    }
  }
  lines.push({ start: lineStart, end: lineEnd })
}

/** The furthest offset after `start` (at least one character on) that fits in `width`. */
function longestFit(
  text: string,
  start: number,
  end: number,
  width: number,
  measure: (s: string) => number,
): number {
  let low = start + 1
  let high = end - 1
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (measure(text.slice(start, mid)) <= width) low = mid
    else high = mid - 1
  }
  // Never split a surrogate pair: half a character is not text.
  const code = text.charCodeAt(low - 1)
  return code >= 0xd800 && code <= 0xdbff && low + 1 <= end ? low + 1 : low
}

// A word runs to the next breaking space: no-break spaces ("¶\u00a03") hold their words together.
const WORD = /(?:[^\s]|[\u00a0\u202f])+/gu
