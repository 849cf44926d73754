import { describe, expect, it } from 'vitest'
import { createSpeakerRegistry, slugify } from './speaker-registry'

describe('slugify', () => {
  it('drops apostrophes and accents and joins words with hyphens', () => {
    expect(slugify('The council’s chief executive')).toBe('the-councils-chief-executive')
    expect(slugify('Barking and Dagenham Council')).toBe('barking-and-dagenham-council')
    expect(slugify('Zoë O’Brien-Smith')).toBe('zoe-obrien-smith')
    expect(slugify('“—”')).toBe('speaker')
  })

  it('cuts a long label short at a word, so the id stays a valid one', () => {
    const role = 'chief executive of the '.repeat(20) + 'council'
    const slug = slugify(role)
    expect(slug).toBe('chief-executive-of-the-chief-executive-of-the-chief')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slugify('x'.repeat(300))).toBe('x'.repeat(60))
    // Exactly 60 characters is kept whole.
    expect(slugify('a'.repeat(60))).toBe('a'.repeat(60))
  })
})

describe('createSpeakerRegistry', () => {
  it('gives one speaker per name, filling a role learnt later, and distinct ids', () => {
    const registry = createSpeakerRegistry()
    const first = registry.speak({ kind: 'person', name: 'Jo Ann', role: null })
    const again = registry.speak({ kind: 'person', name: 'Jo Ann', role: 'nurse' })
    const other = registry.speak({ kind: 'person', name: 'Jo-Ann', role: 'cleaner' })
    expect(again).toBe(first)
    expect(registry.speakers()).toEqual([
      { id: 'jo-ann', name: 'Jo Ann', role: 'nurse', kind: 'person', roleCutOff: false },
      { id: 'jo-ann-2', name: 'Jo-Ann', role: 'cleaner', kind: 'person', roleCutOff: false },
    ])
    expect(other.id).toBe('jo-ann-2')
  })

  it('identifies someone named by role only by that role', () => {
    const registry = createSpeakerRegistry()
    const role = 'the council’s chief executive'
    const a = registry.speak({ kind: 'person', name: null, role })
    expect(registry.speak({ kind: 'person', name: null, role })).toBe(a)
    expect(a.id).toBe('the-councils-chief-executive')
  })

  it('remembers who was named last, by kind and by surname', () => {
    const registry = createSpeakerRegistry()
    registry.mention({ kind: 'person', name: 'Julia Ross', role: null })
    registry.mention({ kind: 'organisation', name: 'Anytown Council', role: null })
    registry.mention({ kind: 'person', name: 'Graham Farrant', role: null })
    registry.mention({ kind: 'organisation', name: 'Anytown Primary Care Trust', role: null })
    expect(registry.latestPerson()?.name).toBe('Graham Farrant')
    expect(registry.latestOrganisation('Council')?.name).toBe('Anytown Council')
    expect(registry.latestOrganisation('Councils')).toBeNull()
    expect(registry.personBySurname('Ross')?.name).toBe('Julia Ross')
    expect(registry.personBySurname('Smith')).toBeNull()
    expect(registry.speakers()).toEqual([])
  })
})
