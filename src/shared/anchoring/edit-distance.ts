/**
 * Edits (insertions, deletions, substitutions) between `expected` and the best-matching start of
 * `actual`: both are aligned at their first character and `actual` may stop anywhere.
 *
 * This is how a stored suffix compares with the text after a candidate match: it must begin right
 * at the match, but the text may hold more or fewer characters than the suffix. (A prefix is the
 * same comparison on reversed strings; see `prefixErrors`.) An unanchored search, as Hypothesis
 * does it, would also reward the words turning up a few characters away, which says little.
 */
export function leadingEditDistance(expected: string, actual: string): number {
  const m = expected.length
  // column[i]: edits between expected[0, i) and actual[0, j) for the current j.
  const column = Array.from({ length: m + 1 }, (_, i) => i)
  let best = m
  for (let j = 1; j <= actual.length; j++) {
    let diagonal = column[0]!
    column[0] = j
    let columnMin = j
    for (let i = 1; i <= m; i++) {
      const left = column[i]!
      const substitution =
        diagonal + (expected.charCodeAt(i - 1) === actual.charCodeAt(j - 1) ? 0 : 1)
      column[i] = Math.min(substitution, left + 1, column[i - 1]! + 1)
      diagonal = left
      columnMin = Math.min(columnMin, column[i]!)
    }
    best = Math.min(best, column[m]!)
    // Every later cell grows from this column, so once it cannot beat `best`, nothing will.
    if (columnMin >= best) break
  }
  return best
}

/**
 * Edits between `a` and `b` (Levenshtein distance), counted within `band` cells of the diagonal
 * (plus the difference in length): O(length × band) rather than O(length²), which matters for a
 * paragraph-long quote. An alignment straying further is not considered, so the result can only
 * be too high, never too low; with `band` at least the true distance it is exact.
 */
export function editDistance(a: string, b: string, band: number): number {
  const width = band + Math.abs(a.length - b.length)
  const unreachable = a.length + b.length + 1
  let previous = new Array<number>(b.length + 1).fill(unreachable)
  let current = new Array<number>(b.length + 1).fill(unreachable)
  for (let j = 0; j <= Math.min(b.length, width); j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(0, i - width)
    const to = Math.min(b.length, i + width)
    if (from === 0) current[0] = i
    else current[from - 1] = unreachable // left over from two rows up, outside this row's band
    for (let j = Math.max(1, from); j <= to; j++) {
      const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1)
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1)
    }
    ;[previous, current] = [current, previous]
  }
  return Math.min(previous[b.length]!, unreachable - 1)
}

/** Edits between a stored suffix and the text that follows a match ending at `end`. */
export function suffixErrors(text: string, end: number, suffix: string): number {
  if (text.startsWith(suffix, end)) return 0 // the common case, without the table
  return leadingEditDistance(suffix, text.slice(end, end + 2 * suffix.length))
}

/** Edits between a stored prefix and the text that precedes a match starting at `start`. */
export function prefixErrors(text: string, start: number, prefix: string): number {
  const from = Math.max(0, start - prefix.length)
  if (text.slice(from, start) === prefix) return 0
  const before = text.slice(Math.max(0, start - 2 * prefix.length), start)
  return leadingEditDistance(reverse(prefix), reverse(before))
}

/** `s` backwards, by code unit (as approx-string-match counts): both sides are reversed alike. */
export function reverse(s: string): string {
  let out = ''
  for (let i = s.length - 1; i >= 0; i--) out += s[i]
  return out
}
