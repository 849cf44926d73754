import type { AnnotationTarget, TextPositionSelector } from '../model/annotation'
import { around, chooseMatch, whereFuzzyCouldWin } from './choose-match'
import { scoreMatch, type QuoteMatch, type ScoredMatch } from './score-match'
import { searchApproximate, type SearchRegion } from './search-approximate'

/** Where an annotation's passage is in the article's current text, or why it is not placed. */
export type AnchorResult =
  | {
      status: 'anchored'
      start: number
      end: number
      /** `position`: the text is unchanged; `exact`: the words were found verbatim; `fuzzy`: not. */
      method: 'position' | 'exact' | 'fuzzy'
      /** 0..1: the share of the remembered quote, prefix and suffix found in place. */
      score: number
    }
  | { status: 'orphaned'; reason: string }

/**
 * How far from the old position the fuzzy search looks first. Edits before a passage rarely move
 * it further than a few paragraphs, and a good match found there usually rules out the rest of
 * the text (see `whereFuzzyCouldWin`), which would cost a pass over it per probe.
 */
export const NEAR_RADIUS = 2048

/**
 * After the search near the old position, a convincing match with this much of its text in place
 * (`textScore`) ends the search. Exact matches are found everywhere; what a search of the whole
 * text could add is an edited copy far away that beats this one by under a tenth, such as the
 * passage moved, edited, and replaced here by a look-alike. Rare enough, while scanning the
 * whole text costs a pass per probe for every annotation after edits shift positions a long way.
 */
export const SETTLED_TEXT_SCORE = 0.9

/** What anchoring needs of an annotation's target. */
export type AnchorableTarget = Pick<AnnotationTarget, 'contentHash' | 'quote' | 'position'>

export interface AnchorOptions {
  /**
   * Where the passage is now expected to start, when the caller knows better than the stored
   * position (`anchorAll` learns it from how far the passages around it moved).
   */
  expectedStart?: number
}

/** Reasons shown to the student beside an orphaned annotation. */
export const ORPHAN_REASONS = {
  noWords: 'This annotation has no highlighted words to look for.',
  notFound: 'The passage was not found in the current text of the article.',
  changed:
    'The passage has changed too much in the current text of the article to place the highlight with confidence.',
} as const

/**
 * Find an annotation's passage in the article's current `text` (whose hash is `contentHash`).
 *
 * Unchanged text is placed by position at no cost. Otherwise every verbatim occurrence of the
 * quote is scored by its prefix, suffix and closeness to the old position; the fuzzy search runs
 * too wherever an edited copy could still be chosen over the best verbatim one, so that a passage
 * which was edited is not moved onto an untouched repeat of it elsewhere: first near the old
 * position, then as far as a match could still win. A match that is not convincing (see
 * `isConvincing`) is never returned: the annotation is orphaned instead.
 */
export function anchorTarget(
  text: string,
  contentHash: string,
  target: AnchorableTarget,
  options: AnchorOptions = {},
): AnchorResult {
  const { quote, position } = target
  if (quote.exact.trim() === '') return { status: 'orphaned', reason: ORPHAN_REASONS.noWords }
  // A damaged position is no evidence either way: the quote alone decides.
  const usable = isUsablePosition(position)
  const hint = usable ? (options.expectedStart ?? position.start) : null
  if (
    usable &&
    target.contentHash === contentHash &&
    text.slice(position.start, position.end) === quote.exact
  ) {
    return {
      status: 'anchored',
      start: position.start,
      end: position.end,
      method: 'position',
      score: 1,
    }
  }

  const score = (m: QuoteMatch) => scoreMatch(text, quote, hint, m)
  const candidates: ScoredMatch[] = findExact(text, quote.exact).map(score)
  const searched: SearchRegion[] = []
  for (const near of hint === null ? [false] : [true, false]) {
    const region = whereFuzzyCouldWin(candidates, quote, hint, text.length)
    if (!region || searched.some((done) => done.from <= region.from && region.to <= done.to)) break
    if (!near && searched.length > 0 && isSettled(candidates, quote.exact.length)) break
    const limited =
      near && hint !== null
        ? intersect(region, around(hint, NEAR_RADIUS, quote.exact.length, text.length))
        : region
    // Matches found so far are masked out, so the next best can surface (see searchApproximate).
    candidates.push(...searchApproximate(text, quote, limited, candidates).map(score))
    searched.push(limited)
  }

  if (candidates.length === 0) return { status: 'orphaned', reason: ORPHAN_REASONS.notFound }
  const chosen = chooseMatch(candidates, quote.exact.length)
  if (!chosen) return { status: 'orphaned', reason: ORPHAN_REASONS.changed }
  return {
    status: 'anchored',
    start: chosen.start,
    end: chosen.end,
    method: chosen.errors === 0 ? 'exact' : 'fuzzy',
    score: chosen.textScore,
  }
}

/** Whether the best match so far is good enough to spare a search of the whole text. */
function isSettled(candidates: ScoredMatch[], quoteLength: number): boolean {
  return (chooseMatch(candidates, quoteLength)?.textScore ?? 0) >= SETTLED_TEXT_SCORE
}

function intersect(a: SearchRegion, b: SearchRegion): SearchRegion {
  return { from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) }
}

/** Every verbatim occurrence of `exact`, overlapping ones included. */
export function findExact(text: string, exact: string): QuoteMatch[] {
  const found: QuoteMatch[] = []
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 })
  }
  return found
}

/** Whether a stored position can serve as a hint: whole, non-negative, in order. */
export function isUsablePosition(position: TextPositionSelector): boolean {
  const { start, end } = position
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end
}
