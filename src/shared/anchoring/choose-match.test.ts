import { describe, expect, it } from 'vitest'
import type { TextQuoteSelector } from '../model/annotation'
import { chooseMatch, isConvincing, whereFuzzyCouldWin } from './choose-match'
import type { ScoredMatch } from './score-match'

const match = (fields: Partial<ScoredMatch>): ScoredMatch => ({
  start: 100,
  end: 110,
  errors: 0,
  textScore: 1,
  positionScore: 1,
  score: 1,
  ...fields,
})

const quote = (exact: string): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix: 'p'.repeat(32),
  suffix: 's'.repeat(32),
})

describe('isConvincing', () => {
  it('takes a verbatim match of 32 characters or more whatever its context', () => {
    expect(isConvincing(match({ errors: 0, textScore: 0.5 }), 32)).toBe(true)
    expect(isConvincing(match({ errors: 0, textScore: 0.5 }), 31)).toBe(false)
    expect(isConvincing(match({ errors: 1, textScore: 0.69 }), 100)).toBe(false)
  })

  it('otherwise asks for 70% of the remembered characters in place', () => {
    expect(isConvincing(match({ errors: 0, textScore: 0.7 }), 10)).toBe(true)
    expect(isConvincing(match({ errors: 3, textScore: 0.7 }), 40)).toBe(true)
    expect(isConvincing(match({ errors: 0, textScore: 0.699 }), 10)).toBe(false)
  })
})

describe('chooseMatch', () => {
  it('ranks by score, then text score, then closeness to the quote’s length', () => {
    const a = match({ start: 1, score: 0.9, textScore: 0.9 })
    const b = match({ start: 2, score: 0.95, textScore: 0.8 })
    expect(chooseMatch([a, b], 10)).toBe(b)
    const c = match({ start: 3, score: 0.95, textScore: 0.85 })
    expect(chooseMatch([a, b, c], 10)).toBe(c)
    const longer = match({ start: 4, end: 116, score: 0.95, textScore: 0.85 })
    const closer = match({ start: 5, end: 105, score: 0.95, textScore: 0.85 })
    expect(chooseMatch([longer, closer], 6)).toBe(closer)
  })

  it('passes over matches that do not convince, and returns nothing if none does', () => {
    const weak = match({ errors: 2, score: 0.99, textScore: 0.6 })
    const fair = match({ errors: 2, score: 0.8, textScore: 0.75 })
    expect(chooseMatch([weak, fair], 10)).toBe(fair)
    expect(chooseMatch([weak], 10)).toBeUndefined()
    expect(chooseMatch([], 10)).toBeUndefined()
  })
})

describe('whereFuzzyCouldWin', () => {
  const q = quote('the PCT wanted to dismiss her') // 29 + 64 = 93 characters remembered

  it('searches the whole text when nothing convincing was found', () => {
    expect(whereFuzzyCouldWin([], q, 500, 5000)).toEqual({ from: 0, to: 5000 })
    expect(whereFuzzyCouldWin([match({ textScore: 0.5 })], q, 500, 5000)).toEqual({
      from: 0,
      to: 5000,
    })
  })

  it('searches nowhere when a perfect match sits at the old position', () => {
    expect(whereFuzzyCouldWin([match({ start: 500, positionScore: 1 })], q, 500, 5000)).toBeNull()
  })

  it('searches around the old position, as far as a closer fuzzy match could still win', () => {
    // A perfect match 500 characters away scores 64/564 for position; a fuzzy match (at least
    // one error in 93) needs 64/564 + 9/93 = 0.21, reached within 241 characters.
    const far = match({ start: 1000, positionScore: 64 / 564 })
    expect(whereFuzzyCouldWin([far], q, 500, 5000)).toEqual({ from: 259, to: 500 + 241 + 37 })
  })

  it('searches the whole text when the best match’s context is poor', () => {
    const poor = match({ start: 500, textScore: 0.8, positionScore: 1 })
    expect(whereFuzzyCouldWin([poor], q, 500, 5000)).toEqual({ from: 0, to: 5000 })
  })

  it('without an old position, searches the whole text unless the match is perfect', () => {
    const perfect = match({ positionScore: 0 })
    expect(whereFuzzyCouldWin([perfect], q, null, 5000)).toBeNull()
    const imperfect = match({ textScore: 0.98, positionScore: 0 })
    expect(whereFuzzyCouldWin([imperfect], q, null, 5000)).toEqual({ from: 0, to: 5000 })
  })
})
