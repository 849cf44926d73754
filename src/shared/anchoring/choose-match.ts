import type { TextQuoteSelector } from '../model/annotation'
import { POSITION_SCALE, POSITION_WEIGHT, type ScoredMatch } from './score-match'
import { MAX_ERROR_RATE, type SearchRegion } from './search-approximate'

/**
 * The least text score (see `ScoredMatch.textScore`) at which a match is accepted. Measured on
 * the bundled articles (every 1-to-6-word phrase and every sentence and block): a short phrase
 * found again in a different sentence scores at most 0.62, and so does the best look-alike of a
 * deleted phrase; a short quote with one side of its context rewritten scores 0.7 to 0.75, and any
 * quote with its context intact and a word changed scores over 0.9.
 */
export const MIN_TEXT_SCORE = 0.7

/**
 * A verbatim match at least this long is accepted whatever its context. Moving paragraphs
 * rewrites both sides of a whole highlighted paragraph; a speaker line of 48 characters then
 * scores 0.61, yet no phrase of 32 characters or more occurs twice in either bundled article: at
 * that length a verbatim repeat is the passage itself, or a copy of it.
 */
export const DISTINCTIVE_LENGTH = 32

/** Whether a match is good enough to place the highlight on: see the two thresholds above. */
export function isConvincing(match: ScoredMatch, quoteLength: number): boolean {
  if (match.errors === 0 && quoteLength >= DISTINCTIVE_LENGTH) return true
  return match.textScore >= MIN_TEXT_SCORE
}

/**
 * The convincing match ranked best; on a tie, the one with more of its text in place, then the
 * one whose length is closest to the quote's, then the first. Undefined when none convinces.
 */
export function chooseMatch(
  matches: readonly ScoredMatch[],
  quoteLength: number,
): ScoredMatch | undefined {
  const key = (m: ScoredMatch) => [m.score, m.textScore, -Math.abs(m.end - m.start - quoteLength)]
  let top: ScoredMatch | undefined
  for (const m of matches) {
    if (isConvincing(m, quoteLength) && (!top || isGreater(key(m), key(top)))) top = m
  }
  return top
}

/**
 * Where a fuzzy match could still be chosen over the `matches` found so far, or null where none
 * could. A fuzzy match has at least one error in the quote, so its text score is at most
 * 1 - 1/remembered; what it lacks there it must make up by being closer to the old position
 * (`hint`). A good match near the old position thus leaves a few characters to search, poor
 * context around the best one leaves the whole text, and no convincing match at all, too.
 */
export function whereFuzzyCouldWin(
  matches: readonly ScoredMatch[],
  quote: TextQuoteSelector,
  hint: number | null,
  textLength: number,
): SearchRegion | null {
  const whole = { from: 0, to: textLength }
  const top = chooseMatch(matches, quote.exact.length)
  if (!top) return whole
  const remembered = quote.exact.length + quote.prefix.length + quote.suffix.length
  const textShortfall = top.textScore - (1 - 1 / remembered)
  if (hint === null) return textShortfall < 0 ? whole : null
  // The position score a fuzzy match needs to tie with `top` (see `rank`).
  const needed = top.positionScore + ((1 - POSITION_WEIGHT) / POSITION_WEIGHT) * textShortfall
  if (needed <= 0) return whole
  if (needed >= 1) return null
  // positionScoreAt solved for the distance at which it falls to `needed`.
  const radius = Math.ceil(POSITION_SCALE / needed - POSITION_SCALE)
  return around(hint, radius, quote.exact.length, textLength)
}

/**
 * The part of the text where a match starting within `radius` of `hint` can lie: with at most
 * MAX_ERROR_RATE of the quote in errors, it is at most that much longer than the quote.
 */
export function around(
  hint: number,
  radius: number,
  quoteLength: number,
  textLength: number,
): SearchRegion {
  return {
    from: Math.min(textLength, Math.max(0, hint - radius)),
    to: Math.min(textLength, hint + radius + Math.ceil(quoteLength * (1 + MAX_ERROR_RATE))),
  }
}

function isGreater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!
  return false
}
