import type { TextQuoteSelector } from '../model/annotation'
import { prefixErrors, suffixErrors } from './edit-distance'

/** Where a quote was found, and how many edits separate the found words from the quote. */
export interface QuoteMatch {
  start: number
  end: number
  errors: number
}

/** A match with the evidence that it is the annotation's passage. */
export interface ScoredMatch extends QuoteMatch {
  /**
   * The share of the remembered characters (quote, prefix and suffix) found in place: 1 minus all
   * their edits over all their lengths. Weighting by length lets a long quote stand on its own,
   * while a short one ("the PCT") needs its context to agree.
   */
  textScore: number
  /** 1 at the old position, 0.5 at POSITION_SCALE characters from it, towards 0 far away. */
  positionScore: number
  /** What candidates are ranked by: mostly the text, with the position to break near-ties. */
  score: number
}

/**
 * Distance, in characters, at which the old position counts half. About the stored context on both
 * sides: a shift that small is what edits in the same sentence make, while a repeat of the
 * passage elsewhere (the next paragraph, say) is several times further away.
 */
export const POSITION_SCALE = 64

/**
 * Weight of the position in the ranking score. At 0.1 a match at the old position beats an exact
 * copy far away when it lost under about a tenth of the remembered characters (a changed word in
 * a sentence-long quote, the FIELD-NOTES trap), and no more: a passage that changed more than
 * that is better placed on an intact copy of the words than on an unrelated look-alike.
 */
export const POSITION_WEIGHT = 0.1

/** Score a candidate `match` of `quote.exact` in `text`; `hint` is the old start offset, if any. */
export function scoreMatch(
  text: string,
  quote: TextQuoteSelector,
  hint: number | null,
  match: QuoteMatch,
): ScoredMatch {
  const remembered = quote.exact.length + quote.prefix.length + quote.suffix.length
  const errors =
    match.errors +
    prefixErrors(text, match.start, quote.prefix) +
    suffixErrors(text, match.end, quote.suffix)
  const textScore = 1 - errors / remembered
  const positionScore = hint === null ? 0 : positionScoreAt(match.start, hint)
  return { ...match, textScore, positionScore, score: rank(textScore, positionScore) }
}

/** The position score of a match starting at `start` when the passage used to start at `hint`. */
export function positionScoreAt(start: number, hint: number): number {
  return POSITION_SCALE / (POSITION_SCALE + Math.abs(start - hint))
}

/** The ranking score for a text score and a position score. */
export function rank(textScore: number, positionScore: number): number {
  return (1 - POSITION_WEIGHT) * textScore + POSITION_WEIGHT * positionScore
}
