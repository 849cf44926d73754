import { describe, expect, it } from 'vitest'
import { balanceSentence, count, formatDay, inSentence } from './format'

describe('formatDay', () => {
  it('writes an ISO day as a British reader does, whatever the time zone', () => {
    expect(formatDay('2025-03-14')).toBe('14 March 2025')
    expect(formatDay('2024-12-01')).toBe('1 December 2024')
  })

  it('leaves anything that is not an ISO day as it is', () => {
    expect(formatDay('soon')).toBe('soon')
    expect(formatDay('2025-13-01')).toBe('2025-13-01')
  })
})

describe('balanceSentence', () => {
  const stances = [
    { name: 'For integration', count: 5 },
    { name: 'Against or sceptical', count: 4 },
    { name: 'Neutral', count: 3 },
  ]

  it('says how the passages fall on each stance', () => {
    expect(balanceSentence(12, stances, 0, 0)).toBe(
      'Of 12 quoted passages, 5 are for integration, 4 against or sceptical, 3 neutral.',
    )
  })

  it('counts passages without a stance, and says when one counts twice', () => {
    expect(balanceSentence(13, stances, 2, 1)).toBe(
      'Of 13 quoted passages, 5 are for integration, 4 against or sceptical, 3 neutral, 2 without a stance tag (1 passage carries more than one stance and is counted under each).',
    )
  })

  it('leaves out stances no passage takes, and agrees in number', () => {
    expect(
      balanceSentence(
        1,
        [
          { name: 'Neutral', count: 1 },
          { name: 'For', count: 0 },
        ],
        0,
        0,
      ),
    ).toBe('Of 1 quoted passage, 1 is neutral.')
  })

  it('says so when nothing carries a stance, or nothing is quoted', () => {
    expect(balanceSentence(4, [], 4, 0)).toBe('None of the 4 quoted passages carries a stance tag.')
    expect(balanceSentence(0, stances, 0, 0)).toBe('There are no quoted passages in this pack yet.')
  })
})

describe('words', () => {
  it('keeps the capitals of a name that starts with an acronym', () => {
    expect(inSentence('NHS funding')).toBe('NHS funding')
    expect(inSentence('Neutral')).toBe('neutral')
  })

  it('counts in words', () => {
    expect(count(1, 'passage')).toBe('1 passage')
    expect(count(2, 'passage')).toBe('2 passages')
  })
})
