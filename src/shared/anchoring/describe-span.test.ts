import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../main/library/split-sentences'
import { CONTEXT_LENGTH, describeSpan } from './describe-span'
import { NEWS_ID, ROUND_UP_ID, loadBundledLibrary } from '../../../test-support/articles'

const library = await loadBundledLibrary()
const articles = library.list().map((summary) => library.get(summary.id))

describe('describeSpan on the bundled articles', () => {
  it('has both articles to work on', () => {
    expect(articles.map((a) => a.id)).toEqual([ROUND_UP_ID, NEWS_ID])
  })

  it.each(articles.map((a) => [a.id, a] as const))(
    'describes every block and sentence of %s exactly, with 32 characters either side',
    (_id, article) => {
      const { text } = article
      const sentences = article.blocks.flatMap((b) => splitSentences(text, b.start, b.end))
      const spans = [...article.blocks, ...sentences]
      expect(spans.length).toBeGreaterThan(20)
      for (const { start, end } of spans) {
        const { quote, position } = describeSpan(text, start, end)
        expect(position).toEqual({ type: 'TextPositionSelector', start, end })
        expect(quote.type).toBe('TextQuoteSelector')
        // Put back together, the three pieces are the text around the span, verbatim.
        expect(quote.prefix + quote.exact + quote.suffix).toBe(
          text.slice(Math.max(0, start - CONTEXT_LENGTH), end + CONTEXT_LENGTH),
        )
        expect(quote.exact).toBe(text.slice(start, end))
      }
    },
  )

  it('keeps fewer characters of context at the edges of the text', () => {
    const { text } = articles[1]!
    const first = describeSpan(text, 0, 3)
    expect(first.quote).toMatchObject({ exact: 'The', prefix: '' })
    expect(first.quote.suffix).toBe(' country’s first joint social se')

    const near = describeSpan(text, 4, 11)
    expect(near.quote).toMatchObject({ exact: 'country', prefix: 'The ' })

    const last = describeSpan(text, text.length - 13, text.length)
    expect(last.quote).toMatchObject({ exact: 'differently”.', suffix: '' })
    expect(last.quote.prefix).toBe('dmitted it “may have to be done ')

    const whole = describeSpan(text, 0, text.length)
    expect(whole.quote).toMatchObject({ exact: text, prefix: '', suffix: '' })
  })

  it('never cuts a character made of two UTF-16 code units in half', () => {
    // An emoji is a surrogate pair; here 32 code units from the quote fall between its halves.
    const text = `ab😀${'c'.repeat(31)}quoted words${'d'.repeat(31)}😀ef`
    const start = text.indexOf('quoted')
    const end = start + 'quoted words'.length
    const { quote } = describeSpan(text, start, end)
    expect(quote.prefix).toBe('c'.repeat(31))
    expect(quote.suffix).toBe('d'.repeat(31))
    // One code unit closer, the cut falls between characters and the emoji is kept whole.
    const { quote: whole } = describeSpan(text, start - 1, end + 1)
    expect(whole.prefix).toBe(`😀${'c'.repeat(30)}`)
    expect(whole.suffix).toBe(`${'d'.repeat(30)}😀`)
  })

  it('refuses spans that are not passages, naming the problem', () => {
    const { text } = articles[0]!
    expect(() => describeSpan(text, 10, 5)).toThrow(RangeError)
    expect(() => describeSpan(text, 10, 5)).toThrow('Span 10..5 is outside the text (0..3856).')
    expect(() => describeSpan(text, -1, 5)).toThrow('outside the text')
    expect(() => describeSpan(text, 0, text.length + 1)).toThrow('outside the text')
    expect(() => describeSpan(text, 1.5, 4)).toThrow('whole numbers')
    expect(() => describeSpan(text, Number.NaN, 4)).toThrow('whole numbers')
    expect(() => describeSpan(text, 7, 7)).toThrow('Span 7..7 holds no words to highlight.')
    const gap = text.indexOf('\n\n')
    expect(() => describeSpan(text, gap, gap + 2)).toThrow('holds no words')
  })
})
