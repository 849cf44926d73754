import { describe, expect, it } from 'vitest'
import { describeSpan } from './describe-span'
import { searchApproximate } from './search-approximate'
import { NEWS_ID, ROUND_UP_ID, loadBundledLibrary } from '../../../test-support/articles'

const library = await loadBundledLibrary()
const report = library.get(NEWS_ID)
const roundUp = library.get(ROUND_UP_ID)

const quoteOf = (text: string, start: number, end: number) => describeSpan(text, start, end).quote
const whole = (text: string) => ({ from: 0, to: text.length })

describe('searchApproximate', () => {
  const words = 'the insufficient funding the PCT had received'
  const start = report.text.indexOf(words)
  const quote = quoteOf(report.text, start, start + words.length)

  it('leaves quotes under 8 characters, and empty regions, to the exact search', () => {
    const at = report.text.indexOf('the PCT')
    const short = quoteOf(report.text, at, at + 'the PCT'.length)
    expect(
      searchApproximate(report.text.replace('the PCT', 'the NHS'), short, whole(report.text), []),
    ).toEqual([])
    expect(searchApproximate(report.text, quote, { from: 500, to: 500 }, [])).toEqual([])
  })

  it('reports a changed word as errors, with the span of the changed words', () => {
    const text = report.text.replace('insufficient funding', 'insufficient money')
    expect(searchApproximate(text, quote, whole(text), [])).toEqual([
      { start, end: start + words.length - 2, errors: 6 },
    ])
  })

  it('finds an edited copy only once the intact copy is excluded', () => {
    // The paragraph pasted twice, the second copy edited: an intact copy costs 0 errors, and
    // approx-string-match reports only the cheapest matches.
    const paragraph = report.text.slice(report.blocks[2]!.start, report.blocks[2]!.end)
    const text = `${report.text}\n\n${paragraph.replace('insufficient', 'inadequate')}`
    const copy = text.lastIndexOf('the inadequate funding')
    expect(searchApproximate(text, quote, whole(text), [])).toEqual([
      { start, end: start + words.length, errors: 0 },
    ])
    const intact = { start, end: start + words.length, errors: 0 }
    expect(searchApproximate(text, quote, whole(text), [intact])).toEqual([
      { start: copy, end: copy + words.length - 2, errors: 9 },
    ])
  })

  it('searches only inside the region it is given', () => {
    const text = report.text.replace('insufficient funding', 'insufficient money')
    expect(searchApproximate(text, quote, { from: 0, to: start + 10 }, [])).toEqual([])
    expect(searchApproximate(text, quote, { from: start - 50, to: start + 60 }, [])).toEqual([
      { start, end: start + words.length - 2, errors: 6 },
    ])
  })

  it('finds the edited quote rather than a look-alike with fewer errors but the wrong context', () => {
    const at = roundUp.text.indexOf('of Barking and Dagenham')
    const lookAlike = quoteOf(roundUp.text, at, at + 'of Barking and Dagenham'.length)
    const text = roundUp.text.replace('Borough of Barking and', 'Borough of Barking &')
    const found = searchApproximate(text, lookAlike, whole(text), [])
    // "for Barking and Dagenham Council" holds "or Barking and Dagenham", one error away; with its
    // ends refined against a context that fits neither way, it is reported as " Barking and
    // Dagenham". Both are returned: telling them apart by context is for the caller's scoring.
    const decoy = text.indexOf('or Barking and Dagenham Council')
    expect(found).toEqual([
      { start: decoy + 2, end: decoy + 23, errors: 2 },
      { start: at, end: at + 21, errors: 3 },
    ])
  })

  it('finds a paragraph-long quote by its ends, wherever the change is', () => {
    const block = report.blocks[3]!
    const long = quoteOf(report.text, block.start, block.end)
    expect(long.exact.length).toBe(306)
    const edits = [
      ['pioneering', 'trailblazing', block.end + 2, 8],
      ['The disagreement', 'This disagreement', block.end + 1, 2],
      ['Southwark and Knowsley.', 'Knowsley and Southwark.', block.end, 18],
    ] as const
    for (const [from, to, end, errors] of edits) {
      const text = report.text.replace(from, to)
      expect(searchApproximate(text, long, whole(text), [])).toEqual([
        { start: block.start, end, errors },
      ])
    }
  })
})
