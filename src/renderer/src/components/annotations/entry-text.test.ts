import { describe, expect, it } from 'vitest'
import { annotationEntryId, paragraphLabel, speakerText } from './entry-text'
import { NARRATION } from './test-fixtures'

describe('paragraphLabel', () => {
  it('shows the pilcrow and says the word', () => {
    expect(
      paragraphLabel({ status: 'anchored', start: 0, end: 1, from: 5, to: 5, speech: NARRATION }),
    ).toEqual({
      shown: '¶ 5',
      spoken: 'Paragraph 5',
    })
    expect(
      paragraphLabel({ status: 'anchored', start: 0, end: 90, from: 5, to: 6, speech: NARRATION }),
    ).toEqual({
      shown: '¶¶ 5–6',
      spoken: 'Paragraphs 5 to 6',
    })
  })

  it('is null for an orphaned or unnumbered placement', () => {
    expect(paragraphLabel({ status: 'orphaned', reason: 'gone' })).toBeNull()
    expect(
      paragraphLabel({
        status: 'anchored',
        start: 0,
        end: 1,
        from: null,
        to: null,
        speech: NARRATION,
      }),
    ).toBeNull()
  })
})

describe('speakerText', () => {
  it('joins name and role', () => {
    expect(speakerText({ name: 'Julia Ross', role: 'chief executive' })).toBe(
      'Julia Ross, chief executive',
    )
    expect(speakerText({ name: 'Julia Ross', role: null })).toBe('Julia Ross')
  })

  it('does not repeat the role of someone named by role only', () => {
    expect(
      speakerText({ name: 'The council’s chief executive', role: 'the council’s chief executive' }),
    ).toBe('The council’s chief executive')
  })
})

describe('annotationEntryId', () => {
  it('is a stable DOM id per annotation', () => {
    expect(annotationEntryId('abc')).toBe('annotation-entry-abc')
  })
})
