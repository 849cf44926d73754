import type { TextQuoteSelector } from '../model/annotation'
import {
  editDistance,
  leadingEditDistance,
  prefixErrors,
  reverse,
  suffixErrors,
} from './edit-distance'
import type { QuoteMatch } from './score-match'

/**
 * How far a fuzzy match's ends may move. approx-string-match places a match where the quote alone
 * fits best, which can borrow a letter or two from a neighbouring word: "or for the PCT" edited to
 * "or for new the PCT" is best fitted as "or new the PCT", with the "or" taken from "for". The
 * right ends lie a few characters from there, or from where the quote's own length puts them.
 */
const REFINE_RADIUS = 8
/** How much of the quote's start (or end) is compared while moving that end. */
const EDGE_LENGTH = 32

/**
 * Move a fuzzy match's start and end to where the quote's edges and the stored prefix and suffix
 * agree best with the text, then count the quote's errors over the final span. `match` may stand
 * for several matches with the same start (approx-string-match reports every end at the lowest
 * cost); `lastEnd` is then the furthest of their ends. Ties go to the span whose length is
 * closest to the quote's, then to the least move: with the passage at the end of the text and its
 * last word changed, deleting the word and substituting it cost the same, and the student's
 * highlight should keep its length.
 */
export function refineMatch(
  text: string,
  quote: TextQuoteSelector,
  match: { start: number; end: number },
  lastEnd = match.end,
): QuoteMatch {
  const { exact } = quote
  const edge = Math.min(exact.length, EDGE_LENGTH)
  const head = exact.slice(0, edge)
  const tail = reverse(exact.slice(-edge))
  const radius = Math.min(REFINE_RADIUS, Math.floor(exact.length / 4))

  const start = bestOffset(match.start, match.start, radius, text.length, (at) => {
    const cost =
      prefixErrors(text, at, quote.prefix) +
      leadingEditDistance(head, text.slice(at, at + edge + radius))
    return [cost, Math.abs(match.end - at - exact.length)]
  })
  // The end is also looked for where the quote's own length puts it: approx-string-match may end
  // a match early when the last words were reordered, a few characters short of the real end.
  const sameLength = start + exact.length
  const ends = [Math.min(match.end, sameLength), Math.max(lastEnd, sameLength)] as const
  const end = bestOffset(ends[0], ends[1], radius, text.length, (at) => {
    if (at <= start) return [Infinity, 0]
    const cost =
      suffixErrors(text, at, quote.suffix) +
      leadingEditDistance(tail, reverse(text.slice(Math.max(0, at - edge - radius), at)))
    return [cost, Math.abs(at - start - exact.length)]
  })
  const errors = editDistance(exact, text.slice(start, end), Math.floor(exact.length / 4))
  return { start, end, errors }
}

/**
 * The offset within `radius` of `low..high` (and inside the text) with the least
 * [cost, tie-break, distance from `low`].
 */
function bestOffset(
  low: number,
  high: number,
  radius: number,
  length: number,
  measure: (at: number) => [number, number],
): number {
  let best = low
  let bestKey = [...measure(low), 0]
  for (let at = Math.max(0, low - radius); at <= Math.min(length, high + radius); at++) {
    const key = [...measure(at), Math.abs(at - low)]
    if (isLess(key, bestKey)) [best, bestKey] = [at, key]
  }
  return best
}

function isLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!
  return false
}
