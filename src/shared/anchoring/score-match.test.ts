import { describe, expect, it } from 'vitest'
import type { TextQuoteSelector } from '../model/annotation'
import { positionScoreAt, rank, scoreMatch } from './score-match'

const text = 'Ross will now revert back to being director of social services at the council.'
const quote: TextQuoteSelector = {
  type: 'TextQuoteSelector',
  exact: 'revert back',
  prefix: 'Ross will now ',
  suffix: ' to being',
}
const start = text.indexOf('revert back')

describe('scoreMatch', () => {
  it('scores a match with its quote and context in place as 1', () => {
    const scored = scoreMatch(text, quote, start, { start, end: start + 11, errors: 0 })
    expect(scored).toMatchObject({ textScore: 1, positionScore: 1, score: 1 })
  })

  it('counts quote, prefix and suffix edits over all the remembered characters', () => {
    const edited = text.replace('will now', 'will soon').replace('to being', 'to be')
    const at = edited.indexOf('revert back')
    const scored = scoreMatch(edited, quote, start, { start: at, end: at + 11, errors: 2 })
    // 2 in the quote, 3 in the prefix ("now" to "soon"), 3 in the suffix ("being" to "be" plus
    // the text that now follows it) over 11 + 14 + 9 = 34 characters.
    expect(scored.textScore).toBeCloseTo(1 - 8 / 34, 10)
    expect(scored.positionScore).toBeCloseTo(64 / 65, 10)
  })

  it('has no position evidence without an old position', () => {
    const scored = scoreMatch(text, quote, null, { start, end: start + 11, errors: 0 })
    expect(scored).toMatchObject({ textScore: 1, positionScore: 0, score: 0.9 })
  })
})

describe('positionScoreAt and rank', () => {
  it('halves the position score 64 characters away', () => {
    expect(positionScoreAt(100, 100)).toBe(1)
    expect(positionScoreAt(164, 100)).toBe(0.5)
    expect(positionScoreAt(36, 100)).toBe(0.5)
    expect(positionScoreAt(100 + 64 * 9, 100)).toBeCloseTo(0.1, 10)
  })

  it('weighs text nine times as much as position', () => {
    expect(rank(1, 0)).toBeCloseTo(0.9, 10)
    expect(rank(0, 1)).toBeCloseTo(0.1, 10)
    expect(rank(0.95, 1)).toBeGreaterThan(rank(1, 0.4))
  })
})
