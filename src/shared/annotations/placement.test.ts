import { describe, expect, it } from 'vitest'
import type { Block, SpeakerId } from '../model/article'
import type { StudentSpeakerId } from '../model/annotation'
import { citedParagraph, resolveSpeaker } from './placement'

// A speaker line (0–10), then paragraph 1 (12–30), then paragraph 2 (32–50).
const blocks: Block[] = [
  { kind: 'speaker-line', number: null, start: 0, end: 10, cutOff: false },
  { kind: 'paragraph', number: 1, start: 12, end: 30, cutOff: false },
  { kind: 'paragraph', number: 2, start: 32, end: 50, cutOff: false },
]

describe('citedParagraph', () => {
  it.each([
    [0, 1, 'the first word of a speaker line cites the quote after it'],
    [5, 1, 'inside a speaker line'],
    [11, 1, 'the gap before a paragraph'],
    [12, 1, 'a paragraph’s first character'],
    [29, 1, 'its last'],
    [31, 2, 'the gap before the next'],
    [49, 2, 'the last character of the text'],
  ])('offset %i cites ¶ %i (%s)', (offset, expected) => {
    expect(citedParagraph(blocks, offset)).toBe(expected)
  })

  it('cites nothing past the last numbered paragraph', () => {
    expect(citedParagraph(blocks, 60)).toBeNull()
    expect(citedParagraph([blocks[0]!], 3)).toBeNull()
  })
})

describe('resolveSpeaker', () => {
  const article = {
    speakers: [
      {
        id: 'julia-ross' as SpeakerId,
        name: 'Julia Ross',
        role: 'director',
        kind: 'person' as const,
        roleCutOff: false,
      },
      {
        id: 'ce' as SpeakerId,
        name: null,
        role: 'the council’s chief executive',
        kind: 'person' as const,
        roleCutOff: false,
      },
    ],
  }
  const mine = [{ id: 's1' as StudentSpeakerId, name: 'My tutor', role: '' }]

  it('names the article’s speakers and the student’s own', () => {
    expect(
      resolveSpeaker(article, { source: 'article', id: 'julia-ross' as SpeakerId }, mine),
    ).toEqual({
      name: 'Julia Ross',
      role: 'director',
    })
    expect(
      resolveSpeaker(article, { source: 'student', id: 's1' as StudentSpeakerId }, mine),
    ).toEqual({
      name: 'My tutor',
      role: null,
    })
  })

  it('does not repeat the role of someone named by role only, and forgets the missing', () => {
    expect(resolveSpeaker(article, { source: 'article', id: 'ce' as SpeakerId }, mine)).toEqual({
      name: 'The council’s chief executive',
      role: null,
    })
    expect(
      resolveSpeaker(article, { source: 'student', id: 'gone' as StudentSpeakerId }, mine),
    ).toBeNull()
    expect(resolveSpeaker(article, null, mine)).toBeNull()
  })
})
