import { describe, expect, it } from 'vitest'
import {
  editDistance,
  leadingEditDistance,
  prefixErrors,
  reverse,
  suffixErrors,
} from './edit-distance'

/** The textbook full-table Levenshtein distance, to check the banded one against. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    row = next
  }
  return row[b.length]!
}

const SENTENCE =
  'The local authority said this was unfair given the insufficient funding the PCT had received'

describe('leadingEditDistance', () => {
  it('aligns both strings at their start and lets the actual text stop anywhere', () => {
    expect(leadingEditDistance('the PCT', 'the PCT had received')).toBe(0)
    expect(leadingEditDistance('the PCT', 'the NHS had received')).toBe(3)
    // A word inserted right at the start costs its length: the alignment may not skip it.
    expect(leadingEditDistance('the PCT', 'new the PCT')).toBe(4)
    // Shorter actual text: the missing characters are deletions.
    expect(leadingEditDistance('the PCT', 'the')).toBe(4)
    expect(leadingEditDistance('', 'anything')).toBe(0)
    expect(leadingEditDistance('abc', '')).toBe(3)
  })
})

describe('prefixErrors and suffixErrors', () => {
  const text = `${SENTENCE} from the government.`
  const quoteStart = text.indexOf('given')
  const quoteEnd = quoteStart + 'given the insufficient funding'.length

  it('count nothing when the context is in place', () => {
    expect(prefixErrors(text, quoteStart, 'said this was unfair ')).toBe(0)
    expect(suffixErrors(text, quoteEnd, ' the PCT had received')).toBe(0)
    expect(prefixErrors(text, quoteStart, '')).toBe(0)
    expect(suffixErrors(text, quoteEnd, '')).toBe(0)
  })

  it('count the edits between the stored context and the text next to the match', () => {
    // The stored "unjust" differs from the text's "unfair" in its last four letters.
    expect(prefixErrors(text, quoteStart, 'said this was unjust ')).toBe(4)
    expect(suffixErrors(text, quoteEnd, ' the NHS had received')).toBe(3)
    // The stored prefix runs up to the quote: text a word away does not count as in place.
    expect(prefixErrors(text, quoteStart + 'given '.length, 'said this was unfair ')).toBe(6)
  })

  it('run out of text at the edges', () => {
    expect(prefixErrors(text, 0, 'something before')).toBe('something before'.length)
    expect(suffixErrors(text, text.length, ' after')).toBe(' after'.length)
  })
})

describe('editDistance', () => {
  it('agrees with the full table whenever the band covers the distance', () => {
    const variants = [
      SENTENCE,
      SENTENCE.replace('unfair', 'unjust'),
      SENTENCE.replace('given ', ''),
      SENTENCE.replace('the PCT', 'the primary care trust'),
      SENTENCE.slice(10),
      `${SENTENCE}.`,
      '',
    ]
    for (const a of variants) {
      for (const b of variants) {
        const exact = levenshtein(a, b)
        expect(editDistance(a, b, exact)).toBe(exact)
        expect(editDistance(a, b, exact + 5)).toBe(exact)
      }
    }
  })

  it('never under-counts when the band is too narrow', () => {
    const shifted = `${SENTENCE.slice(20)}${SENTENCE.slice(0, 20)}`
    const exact = levenshtein(SENTENCE, shifted)
    expect(editDistance(SENTENCE, shifted, 2)).toBeGreaterThanOrEqual(exact)
  })
})

describe('reverse', () => {
  it('reverses by code unit', () => {
    expect(reverse('abc')).toBe('cba')
    expect(reverse('')).toBe('')
  })
})
