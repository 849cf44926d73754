import {
  anchorTarget,
  findExact,
  isUsablePosition,
  type AnchorableTarget,
  type AnchorResult,
} from './anchor-target'
import { partitionPoint } from '../sorted'
import { scoreMatch } from './score-match'

/**
 * A verbatim match with this much of its context in place, and no other verbatim match, shows
 * where its part of the article moved to; anything less might be a repeat elsewhere.
 */
const LANDMARK_TEXT_SCORE = 0.95

/**
 * How far the text moved at one old offset: the passage of target number `target`, which used
 * to start at `from`, is now at `from + by`.
 */
interface Shift {
  target: number
  from: number
  by: number
}

/**
 * Anchor every annotation of one article, in the order given. Each result is what `anchorTarget`
 * would return, except that the old position is first corrected by how far the text around it
 * moved: passages found verbatim and unambiguously (landmarks) show the shift of their part of
 * the article. When a paragraph was inserted above, a passage that was both edited and repeated
 * elsewhere is then still told apart from its repeat by position, and the fuzzy search finds it
 * near where it now is instead of scanning the whole text.
 */
export function anchorAll(
  text: string,
  contentHash: string,
  targets: readonly AnchorableTarget[],
): AnchorResult[] {
  const unchanged = targets.map((t) => isUnchanged(text, contentHash, t))
  const shifts = unchanged.every(Boolean) ? [] : findShifts(text, targets)
  return targets.map((target, i) => {
    const known = !unchanged[i] && isUsablePosition(target.position)
    const shift = known ? expectedShift(shifts, target.position.start, i) : undefined
    if (shift === undefined) return anchorTarget(text, contentHash, target)
    return anchorTarget(text, contentHash, target, { expectedStart: target.position.start + shift })
  })
}

/** The fast path of `anchorTarget`: nothing to learn from, nothing to correct. */
function isUnchanged(text: string, contentHash: string, target: AnchorableTarget): boolean {
  const { position, quote } = target
  return (
    target.contentHash === contentHash &&
    isUsablePosition(position) &&
    text.slice(position.start, position.end) === quote.exact
  )
}

/** The landmarks' shifts, by old offset. */
function findShifts(text: string, targets: readonly AnchorableTarget[]): Shift[] {
  const shifts: Shift[] = []
  targets.forEach(({ quote, position }, target) => {
    if (!isUsablePosition(position) || quote.exact.trim() === '') return
    const matches = findExact(text, quote.exact)
    if (matches.length !== 1) return
    const match = scoreMatch(text, quote, null, matches[0]!)
    if (match.textScore >= LANDMARK_TEXT_SCORE) {
      shifts.push({ target, from: position.start, by: match.start - position.start })
    }
  })
  return shifts.sort((a, b) => a.from - b.from)
}

/**
 * The shift expected at `offset`: the median of the three nearest landmarks other than the
 * target's own, so that one false landmark cannot mislead the others. The trap is one: its
 * words, untouched in the other copy, are found verbatim, once, with all their context. With
 * only two landmarks the one before wins (edits after a passage cannot have moved it).
 */
function expectedShift(shifts: readonly Shift[], offset: number, self: number): number | undefined {
  const others = shifts.filter((s) => s.target !== self)
  let after = partitionPoint(others, (s) => s.from <= offset) // the first that starts after
  let before = after - 1
  const nearest: Shift[] = []
  while (nearest.length < 3 && (before >= 0 || after < others.length)) {
    const b = others[before]
    const a = others[after]
    if (b && (!a || offset - b.from <= a.from - offset)) {
      nearest.push(b)
      before--
    } else if (a) {
      nearest.push(a)
      after++
    }
  }
  if (nearest.length === 3) return nearest.map((s) => s.by).sort((x, y) => x - y)[1]
  return (nearest.find((s) => s.from <= offset) ?? nearest[0])?.by
}
