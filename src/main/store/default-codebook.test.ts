import { describe, expect, it } from 'vitest'
import { DEFAULT_CODEBOOK, emptyStore } from './default-codebook'
import { validateStoreData } from './schema'

describe('the default codebook', () => {
  it('has the three groups with their tags, in order, under stable ids', () => {
    const byGroup = (group: string) =>
      DEFAULT_CODEBOOK.filter((t) => t.group === group).map((t) => `${t.id}=${t.name}`)
    expect(byGroup('Role')).toEqual([
      'role-claim=Claim',
      'role-evidence=Evidence',
      'role-counter-argument=Counter-argument',
      'role-recommendation=Recommendation',
      'role-lesson=Lesson',
    ])
    expect(byGroup('Stance')).toEqual([
      'stance-for-integration=For integration',
      'stance-against-or-sceptical=Against or sceptical',
      'stance-neutral=Neutral',
    ])
    expect(byGroup('Theme')).toEqual([
      'theme-funding=Funding',
      'theme-accountability=Accountability',
      'theme-culture=Culture',
      'theme-leadership=Leadership',
      'theme-communication=Communication',
    ])
    expect(DEFAULT_CODEBOOK).toHaveLength(13)
  })

  it('gives every tag a description and a distinct colour that dark text can sit on', () => {
    const colours = DEFAULT_CODEBOOK.map((t) => t.colour.toLowerCase())
    expect(new Set(colours).size).toBe(colours.length)
    for (const tag of DEFAULT_CODEBOOK) {
      expect(tag.description.length, tag.id).toBeGreaterThan(10)
      // WCAG relative luminance; above 0.18, #1a1a1a text reaches a contrast of at least 4.5:1.
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(tag.colour.slice(i, i + 2), 16) / 255
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      }) as [number, number, number]
      const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
      const dark = 0.0103 // #1a1a1a
      expect((luminance + 0.05) / (dark + 0.05), tag.id).toBeGreaterThanOrEqual(4.5)
    }
  })
})

describe('emptyStore', () => {
  it('is a valid v1 store with the codebook and nothing else', () => {
    const store = emptyStore()
    expect(validateStoreData(store)).toEqual({ ok: true, data: store })
    expect(store).toMatchObject({
      version: 1,
      annotations: [],
      speakers: [],
      preferences: { lastColour: 'yellow' },
    })
    expect(store.tags).toEqual(DEFAULT_CODEBOOK)
  })

  it('returns a new copy each time, so one store cannot change another’s codebook', () => {
    const a = emptyStore()
    a.tags[0]!.name = 'Changed'
    expect(emptyStore().tags[0]!.name).toBe('Claim')
  })
})
