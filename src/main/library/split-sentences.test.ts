import { describe, expect, it } from 'vitest'
import { splitSentences } from './split-sentences'

const sentencesOf = (text: string) =>
  splitSentences(text).map((span) => text.slice(span.start, span.end))

describe('splitSentences', () => {
  it('splits at a full stop, question or exclamation mark before a capital', () => {
    expect(sentencesOf('One two. Three four? Five! £24m is six.')).toEqual([
      'One two.',
      'Three four?',
      'Five!',
      '£24m is six.',
    ])
  })

  it('keeps a quotation whole, and ends a sentence after its closing mark', () => {
    expect(
      sentencesOf('She said: “It is late. It is wrong.” He left. It was “odd”. Then “A.” B.'),
    ).toEqual([
      'She said: “It is late. It is wrong.”',
      'He left.',
      'It was “odd”.',
      'Then “A.”',
      'B.',
    ])
  })

  it('does not split after a title or an initial, or before a lower-case word', () => {
    expect(sentencesOf('Dr. Smith met J. Jones at 3 p.m. today. Done.')).toEqual([
      'Dr. Smith met J. Jones at 3 p.m. today.',
      'Done.',
    ])
  })

  it('ends with an unfinished sentence, and works within a range', () => {
    const text = 'xx Done. The holder should be yy'
    expect(splitSentences(text, 3, 29).map((span) => text.slice(span.start, span.end))).toEqual([
      'Done.',
      'The holder should be',
    ])
  })

  it('treats an unclosed quotation as running to the end of the block', () => {
    expect(sentencesOf('He said “it is late. It is. And so')).toEqual([
      'He said “it is late. It is. And so',
    ])
  })
})
