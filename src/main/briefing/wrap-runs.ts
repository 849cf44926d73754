/** A stretch of text in one style. */
export interface Run<S> {
  text: string
  style: S
}

/** A piece of a wrapped line: text in one style, starting `x` from the line's left edge. */
export interface Segment<S> {
  text: string
  style: S
  x: number
}

/**
 * Wrap runs in different styles (a speaker's name in bold, then their role) into lines no wider
 * than `width`, greedily at spaces. A space between words takes the width of the style of the
 * word before it. A single word wider than the line is kept whole on its own line.
 */
export function wrapRuns<S>(
  runs: readonly Run<S>[],
  width: number,
  measure: (text: string, style: S) => number,
): Segment<S>[][] {
  const joined = runs.map((r) => r.text).join('')
  const words: { text: string; style: S; spaceBefore: boolean }[] = []
  let offset = 0
  for (const run of runs) {
    for (const match of run.text.matchAll(WORD)) {
      const at = offset + match.index
      words.push({
        text: match[0],
        style: run.style,
        spaceBefore: at > 0 && /\s/u.test(joined[at - 1]!),
      })
    }
    offset += run.text.length
  }
  const lines: Segment<S>[][] = []
  let line: Segment<S>[] = []
  let x = 0
  for (const word of words) {
    const space = line.length > 0 && word.spaceBefore ? measure(' ', line.at(-1)!.style) : 0
    const w = measure(word.text, word.style)
    if (line.length > 0 && x + space + w > width) {
      lines.push(line)
      line = []
      x = 0
    }
    const gap = line.length > 0 && word.spaceBefore ? measure(' ', line.at(-1)!.style) : 0
    const last = line.at(-1)
    // Words of one style on one line are drawn as one string, as a reader's copy expects; a
    // space before a change of style stays in the text too, so copied text keeps its spaces.
    if (last && last.style === word.style) last.text += (gap ? ' ' : '') + word.text
    else {
      if (last && gap) last.text += ' '
      line.push({ text: word.text, style: word.style, x: x + gap })
    }
    x += gap + w
  }
  if (line.length > 0) lines.push(line)
  return lines
}

// A word runs to the next breaking space: no-break spaces ("¶\u00a03") hold their words together.
const WORD = /(?:[^\s]|[\u00a0\u202f])+/gu
