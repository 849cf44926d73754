import { describe, expect, it } from 'vitest'
import { speakerLabel } from './article'

describe('speakerLabel', () => {
  it('names a speaker by name, or by role when the article gives no name', () => {
    expect(speakerLabel({ name: 'Julia Ross', role: 'social services director' })).toBe(
      'Julia Ross',
    )
    expect(speakerLabel({ name: null, role: 'the council’s chief executive' })).toBe(
      'The council’s chief executive',
    )
    expect(speakerLabel({ name: null, role: null })).toBe('Unknown speaker')
  })
})
