import { describe, expect, it } from 'vitest'
import { wrapLines } from './wrap-lines'
import { wrapRuns } from './wrap-runs'

// One unit per character: easy widths to reason about.
const measure = (s: string) => s.length
const lines = (text: string, width: number) =>
  wrapLines(text, width, measure).map((l) => text.slice(l.start, l.end))

describe('wrapLines', () => {
  it('breaks greedily at spaces without exceeding the width', () => {
    expect(lines('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps'])
  })

  it('gives offsets into the text, so highlights can be placed on lines', () => {
    const text = 'alpha beta gamma'
    expect(wrapLines(text, 10, measure)).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 16 },
    ])
  })

  it('starts a new line at a line break, and keeps empty lines', () => {
    expect(lines('one\n\ntwo three', 20)).toEqual(['one', '', 'two three'])
  })

  it('cuts a word longer than the line rather than overflowing', () => {
    expect(lines('a supercalifragilistic word', 8)).toEqual([
      'a',
      'supercal',
      'ifragili',
      'stic',
      'word',
    ])
  })

  it('never breaks at a no-break space', () => {
    expect(lines('see page\u00a012 now', 8)).toEqual(['see', 'page\u00a012', 'now'])
    expect(lines('see page 12 now', 8)).toEqual(['see page', '12 now'])
  })

  it('never splits a surrogate pair', () => {
    const out = lines('😀😀😀😀', 3)
    expect(out.join('')).toBe('😀😀😀😀')
    for (const line of out) expect(line).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/u)
  })
})

describe('wrapRuns', () => {
  it('wraps runs of different styles and places each piece', () => {
    const out = wrapRuns(
      [
        { text: 'Julia Ross', style: 'bold' },
        { text: ', social services director', style: 'plain' },
      ],
      20,
      (t) => t.length,
    )
    expect(out).toEqual([
      [
        { text: 'Julia Ross', style: 'bold', x: 0 },
        { text: ', social', style: 'plain', x: 10 },
      ],
      [{ text: 'services director', style: 'plain', x: 0 }],
    ])
  })

  it('keeps the space before a change of style in the text', () => {
    const out = wrapRuns(
      [
        { text: 'Note', style: 'label' },
        { text: ' words', style: 'note' },
      ],
      40,
      (t) => t.length,
    )
    expect(out[0]!.map((s) => s.text).join('')).toBe('Note words')
    expect(out[0]![1]!.x).toBe(5)
  })
})
