import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countWords, parseArticle, type ParsedArticle } from './parse-article'
import { BUNDLED_ARTICLES_DIR, NEWS_ID, ROUND_UP_ID } from '../../../test-support/articles'

const ARTICLES = BUNDLED_ARTICLES_DIR
const parseBundled = (stem: string) =>
  parseArticle(readFileSync(join(ARTICLES, `${stem}.txt`), 'utf8'))

const blockTexts = (parsed: ParsedArticle) =>
  parsed.blocks.map((block) => parsed.text.slice(block.start, block.end))

/** Offsets, separators and numbering that hold for every parse. */
function expectWellFormed(parsed: ParsedArticle) {
  expect(parsed.text).toBe(blockTexts(parsed).join('\n\n'))
  let expectedNumber = 1
  for (const [index, block] of parsed.blocks.entries()) {
    const previous = parsed.blocks[index - 1]
    expect(block.start).toBe(previous ? previous.end + 2 : 0)
    expect(block.number).toBe(block.kind === 'paragraph' ? expectedNumber++ : null)
    const blockText = parsed.text.slice(block.start, block.end)
    expect(blockText).toBe(blockText.trim())
    expect(blockText).not.toMatch(/\s\s|[\n\u00a0]/u)
  }
}

describe('parseArticle on the round-up (000)', () => {
  const parsed = parseBundled(ROUND_UP_ID)

  it('takes the first line as the title line, outside the body', () => {
    expect(parsed.titleLine).toBe('Behind the headlines')
    expect(parsed.text.startsWith('The government’s plans for more integrated working')).toBe(true)
  })

  it('drops the site furniture and nothing else', () => {
    expect(parsed.dropped).toEqual(['More from Community Care', 'Comments are closed.'])
    expect(parsed.text).not.toContain('Community Care')
    expect(parsed.text.endsWith('they need to do it now.”')).toBe(true)
  })

  it('finds 6 numbered paragraphs and 5 speaker lines, alternating after the intro', () => {
    expect(parsed.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      ...Array.from({ length: 5 }, () => ['speaker-line', 'paragraph']).flat(),
    ])
    expect(parsed.blocks.map((block) => block.number)).toEqual([
      1,
      null,
      2,
      null,
      3,
      null,
      4,
      null,
      5,
      null,
      6,
    ])
    expectWellFormed(parsed)
  })

  it('keeps speaker lines as written: wrapped roles joined, cut-off roles kept', () => {
    const lines = parsed.blocks
      .filter((block) => block.kind === 'speaker-line')
      .map((block) => parsed.text.slice(block.start, block.end))
    expect(lines).toEqual([
      'Bob Holman, community worker at a project in Easterhouse, Glasgow',
      'Julia Ross, social services director, London Borough of Barking and Dagenham',
      'Bill Badham, development officer, National Youth',
      'Felicity Collier, chief executive, Baaf Adoption and',
      'Martin Green, chief executive, Counsel and Care for the',
    ])
  })

  it('splits a byline from a quote that starts on the next line', () => {
    const texts = blockTexts(parsed)
    expect(texts[6]).toBe(
      '“Barking and Dagenham Council says it ended joint management of social care and health ' +
        'because of poor PCT performance and differences in culture and accountability. The ' +
        'manner and timing of the decision is not good. Locally stated commitments to joint ' +
        'working will sound hollow when the decision was made with no evidence of consultation ' +
        'or thorough review. Nationally, it clashes with the green paper on children that ' +
        'announces pooled management across sectors.”',
    )
  })

  it('joins wrapped lines and collapses the trailing non-breaking spaces', () => {
    const intro = blockTexts(parsed)[0] ?? ''
    expect(intro).toContain('for Barking and Dagenham Council, which claims that Barking')
    expect(intro.endsWith('to blame individuals for an organisation’s performance.')).toBe(true)
    expect(blockTexts(parsed)[4]).toContain('under-funded by £24m. We have changed')
  })

  it('counts words in the body only', () => {
    expect(parsed.wordCount).toBe(622)
  })
})

describe('parseArticle on the news report (003)', () => {
  const parsed = parseBundled(NEWS_ID)
  const texts = blockTexts(parsed)

  it('finds 10 numbered paragraphs and no speaker lines', () => {
    expect(parsed.titleLine).toBe(
      'Question mark over integration of senior posts as Ross quits health role',
    )
    expect(parsed.blocks.map((block) => block.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(parsed.blocks.every((block) => block.kind === 'paragraph')).toBe(true)
    expect(parsed.dropped).toEqual(['More from Community Care', 'Comments are closed.'])
    expectWellFormed(parsed)
  })

  it('keeps sentences that are cut off in the source exactly as they are', () => {
    expect(texts[0]).toBe(
      'The country’s first joint social services director and primary care trust chief ' +
        'executive role has been “dismantled” after a disagreement over whether the holder of ' +
        'the post should be',
    )
    expect(texts[8]).toBe(
      'She said the council’s timing was “strange” so soon after the PCT had been given a zero ' +
        'rating and a recovery plan had been drawn',
    )
  })

  it('does not mistake a paragraph opening "Name, role, said:" for a byline', () => {
    expect(texts[4]).toBe(
      'Graham Farrant, chief executive of the council, said: “The PCT wanted a change and the ' +
        'trigger was the zero star rating.”',
    )
  })

  it('ends with the last paragraph, which has no final newline in the source', () => {
    expect(texts[9]).toBe(
      'Ross, who retains her role representing social services on the NHS Modernisation Board, ' +
        'said she still believed a joint role across the two organisations was the right ' +
        'policy, but admitted it “may have to be done differently”.',
    )
    expect(parsed.wordCount).toBe(364)
  })
})

describe('parseArticle on edge cases', () => {
  it('handles CRLF, a BOM, leading blank lines and white-space-only lines', () => {
    const parsed = parseArticle(
      '\uFEFF\r\n  Title\u00a0 line \r\n\u00a0 \r\nOne\r\ntwo \u00a0three\r\n',
    )
    expect(parsed.titleLine).toBe('Title line')
    expect(parsed.text).toBe('One two three')
    expect(parsed.blocks).toEqual([
      { kind: 'paragraph', number: 1, start: 0, end: 13, cutOff: true },
    ])
  })

  it('gives an empty body for a source with only a title', () => {
    expect(parseArticle('Just a title\n\n')).toMatchObject({ text: '', blocks: [], wordCount: 0 })
    expect(parseArticle('')).toMatchObject({ titleLine: '', text: '', blocks: [] })
  })

  it('drops furniture wherever it stands as a whole block, but not inside prose', () => {
    const parsed = parseArticle(
      'T\n\nFirst.\n\nComments are closed.\n\nSecond: Comments are closed.\n\nMore from Community Care',
    )
    expect(blockTexts(parsed)).toEqual(['First.', 'Second: Comments are closed.'])
    expect(parsed.dropped).toEqual(['Comments are closed.', 'More from Community Care'])
  })

  it('takes a byline only when a quotation follows it', () => {
    const withQuote = parseArticle('T\n\nJane Smith, head of policy, Some\nCharity\n“Quote.”')
    expect(withQuote.blocks.map((block) => block.kind)).toEqual(['speaker-line', 'paragraph'])
    expect(blockTexts(withQuote)).toEqual(['Jane Smith, head of policy, Some Charity', '“Quote.”'])

    const noQuote = parseArticle('T\n\nJane Smith, head of policy, Some Charity\n\nShe left.')
    expect(noQuote.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph'])
  })

  it('never reads "Name, role, said:" above a quotation as a byline', () => {
    const parsed = parseArticle('T\n\nJane Smith, the director, said:\n“We will appeal.”')
    expect(blockTexts(parsed)).toEqual(['Jane Smith, the director, said: “We will appeal.”'])
    expect(parsed.blocks[0]?.kind).toBe('paragraph')
  })
})

describe('countWords', () => {
  it('counts whitespace-separated tokens, NBSP included as white space', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('  one\u00a0two — three\n\nfour ')).toBe(5)
  })
})
