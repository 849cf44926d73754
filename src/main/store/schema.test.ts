import { describe, expect, it } from 'vitest'
import type { StoreData } from '../../shared/model/store-data'
import { makeAnnotation, storeWith } from '../../../test-support/store/test-data'
import { validateStoreData } from './schema'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- these tests break typed data on purpose
type Raw = any

/** A deep copy of a valid store with one change applied. */
function broken(change: (data: Raw) => void): unknown {
  const data: Raw = structuredClone(storeWith(3))
  change(data)
  return data
}

describe('validateStoreData', () => {
  it('accepts a valid store and returns its data', () => {
    const store = storeWith(3)
    const result = validateStoreData(store)
    expect(result).toEqual({ ok: true, data: store })
  })

  it('accepts an annotation with no tags, no speaker, a student speaker and an empty note', () => {
    const store: StoreData = {
      ...storeWith(0),
      speakers: [{ id: 's-1' as never, name: 'A parent', role: '' }],
      annotations: [
        makeAnnotation(1, { tagIds: [], speaker: null, note: '' }),
        makeAnnotation(2, { speaker: { source: 'student', id: 's-1' as never } }),
      ],
    }
    expect(validateStoreData(store).ok).toBe(true)
  })

  // Each case: a change that makes the store invalid, and the message (with its path) expected.
  const cases: [string, (d: Raw) => void, RegExp][] = [
    ['not an object', (d) => Object.keys(d).forEach((k) => delete d[k]), /^version: /],
    ['wrong version', (d) => (d.version = 2), /^version: must be 1$/],
    [
      'empty id',
      (d) => (d.annotations[1].id = ''),
      /^annotations\[1\]\.id: must be 1 to 100 characters$/,
    ],
    [
      'id too long',
      (d) => (d.annotations[0].id = 'x'.repeat(101)),
      /^annotations\[0\]\.id: must be 1 to 100 characters$/,
    ],
    [
      'unknown colour',
      (d) => (d.annotations[2].colour = 'red'),
      /^annotations\[2\]\.colour: must be one of yellow, green/,
    ],
    ['bad tag colour', (d) => (d.tags[0].colour = 'red'), /^tags\[0\]\.colour: must be #rrggbb$/],
    [
      'short tag colour',
      (d) => (d.tags[0].colour = '#fff'),
      /^tags\[0\]\.colour: must be #rrggbb$/,
    ],
    [
      'note too long',
      (d) => (d.annotations[0].note = 'x'.repeat(100_001)),
      /^annotations\[0\]\.note: must be at most 100000 characters$/,
    ],
    [
      'date not ISO',
      (d) => (d.annotations[0].createdAt = 'yesterday'),
      /^annotations\[0\]\.createdAt: must be an ISO 8601/,
    ],
    [
      'start after end',
      (d) =>
        (d.annotations[0].target.position = { type: 'TextPositionSelector', start: 9, end: 3 }),
      /^annotations\[0\]\.target\.position: start must not be after end$/,
    ],
    [
      'negative offset',
      (d) => (d.annotations[0].target.position.start = -1),
      /^annotations\[0\]\.target\.position\.start: must be a whole number, 0 or more$/,
    ],
    [
      'fractional offset',
      (d) => (d.annotations[0].target.position.end = 2.5),
      /^annotations\[0\]\.target\.position\.end: must be a whole number, 0 or more$/,
    ],
    [
      'empty quote',
      (d) => (d.annotations[0].target.quote.exact = ''),
      /quote\.exact: must be 1 to 100000 characters$/,
    ],
    [
      'unknown field',
      (d) => (d.annotations[0].extra = 1),
      /^annotations\[0\]\.extra: is not a known field$/,
    ],
    ['missing field', (d) => delete d.annotations[0].note, /^annotations\[0\]\.note: is missing$/],
    [
      'bad speaker',
      (d) => (d.annotations[0].speaker = { source: 'x', id: 'y' }),
      /speaker(\.source)?: must be an article or student speaker/,
    ],
    ['bad preference', (d) => (d.preferences.lastColour = 'black'), /^preferences\.lastColour: /],
    [
      'duplicate annotation id',
      (d) => (d.annotations[2].id = 'a-0'),
      /annotations\[2\]\.id: "a-0" is used by two annotations/,
    ],
    [
      'duplicate tag id',
      (d) => (d.tags[3].id = 'role-claim'),
      /tags\[3\]\.id: "role-claim" is used by two tags/,
    ],
    [
      'duplicate speaker id',
      (d) =>
        (d.speakers = [
          { id: 's', name: 'A', role: '' },
          { id: 's', name: 'B', role: '' },
        ]),
      /speakers\[1\]\.id: "s" is used by two speakers/,
    ],
    [
      'unknown tag',
      (d) => (d.annotations[1].tagIds = ['role-claim', 'no-such-tag']),
      /annotations\[1\]\.tagIds\[1\]: refers to tag "no-such-tag", which does not exist/,
    ],
    [
      'tag listed twice',
      (d) => (d.annotations[1].tagIds = ['role-claim', 'role-claim']),
      /annotations\[1\]\.tagIds\[1\]: lists tag "role-claim" twice/,
    ],
    [
      'unknown student speaker',
      (d) => (d.annotations[0].speaker = { source: 'student', id: 'ghost' }),
      /annotations\[0\]\.speaker\.id: refers to speaker "ghost", which does not exist/,
    ],
  ]

  it.each(cases)('refuses %s with a message naming where', (_name, change, message) => {
    const result = validateStoreData(broken(change))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })

  it('refuses things that are not a store at all', () => {
    for (const raw of [null, 42, 'text', [], undefined]) {
      expect(validateStoreData(raw).ok, String(raw)).toBe(false)
    }
  })

  // The limits files written by earlier versions may reach: the store must never refuse them,
  // whatever the contract allows today. (How fast validation is, `npm run bench` measures.)
  it('accepts every field at the longest an earlier version could have written', () => {
    const store = broken((d) => {
      d.annotations[0].note = 'n'.repeat(100_000)
      d.annotations[0].target.quote.exact = 'q'.repeat(100_000)
      d.annotations[0].target.quote.prefix = 'p'.repeat(1_000)
      d.annotations[0].target.quote.suffix = 's'.repeat(1_000)
      d.tags[0].name = 't'.repeat(100)
      d.tags[0].description = 'd'.repeat(2_000)
      d.tags[0].group = 'g'.repeat(100)
      d.speakers = [{ id: 'i'.repeat(100), name: 'n'.repeat(200), role: 'r'.repeat(200) }]
    })
    expect(validateStoreData(store)).toMatchObject({ ok: true })
  })
})

/** The data of a validation that must pass. */
function validOf(raw: unknown): StoreData {
  const result = validateStoreData(raw)
  if (!result.ok) throw new Error(`not valid: ${result.message}`)
  return result.data
}

/** Every object in `value`, itself included. */
function objectsIn(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return []
  return [value, ...Object.values(value).flatMap(objectsIn)]
}

describe('validateStoreData, one record at a time', () => {
  it('returns a new, deeply frozen state, and freezes the records it was given', () => {
    const store = storeWith(2)
    const data = validOf(store)
    expect(data).toEqual(store)
    expect(data).not.toBe(store)
    expect(data.annotations[0]).not.toBe(store.annotations[0])
    expect(objectsIn(data).every((o) => Object.isFrozen(o))).toBe(true)
    for (const list of [store.annotations, store.tags, store.speakers]) {
      expect(objectsIn(list).filter((o) => !Object.isFrozen(o))).toEqual([list])
    }
    // The state's own lists and top level stay the caller's to change.
    expect(Object.isFrozen(store)).toBe(false)
  })

  it('keeps valibot’s copy: plain data, fields in schema order, whatever the caller passed', () => {
    let note = 'first'
    const odd = { ...makeAnnotation(1) }
    Object.defineProperty(odd, 'note', { get: () => note, enumerable: true, configurable: true })
    const reordered = Object.fromEntries(Object.entries(makeAnnotation(2)).reverse())
    const data = validOf({ ...storeWith(0), annotations: [odd, reordered] })
    note = 'changed later'
    expect(data.annotations[0]!.note).toBe('first')
    expect(Object.getOwnPropertyDescriptor(data.annotations[0], 'note')).toHaveProperty('value')
    expect(Object.keys(data.annotations[1]!)).toEqual(Object.keys(makeAnnotation(2)))
    // Committing the caller's object again gives the copy made when it was checked.
    expect(validOf({ ...data, annotations: [odd, reordered] }).annotations).toEqual(
      data.annotations,
    )
  })

  it('shares the records of a validated state with the next state built from it', () => {
    const first = validOf(storeWith(3))
    const added = makeAnnotation(3)
    const second = validOf({ ...first, annotations: [...first.annotations, added] })
    first.annotations.forEach((a, i) => expect(second.annotations[i]).toBe(a))
    second.tags.forEach((t, i) => expect(t).toBe(first.tags[i]))
    expect(second.annotations[3]).not.toBe(added)
    expect(second.annotations[3]).toEqual(added)
    // The caller's own object, once accepted, stands for the copy made of it.
    const third = validOf({ ...second, annotations: [added, ...first.annotations] })
    expect(third.annotations[0]).toBe(second.annotations[3])
  })

  it('still refuses a new invalid record among validated ones, and freezes none of it', () => {
    const first = validOf(storeWith(3))
    const bad = makeAnnotation(3, { colour: 'red' as never })
    const next = { ...first, annotations: [...first.annotations, bad] }
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = validateStoreData(next)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).toMatch(/^annotations\[3\]\.colour: must be one of/)
    }
    expect(objectsIn(bad).some((o) => Object.isFrozen(o))).toBe(false)
  })

  it('reports the first problem in document order, as one pass over the store would', () => {
    const first = validOf(storeWith(3))
    const result = validateStoreData({
      ...first,
      annotations: [...first.annotations, makeAnnotation(3, { note: 7 as never })],
      tags: 'none',
    })
    expect(result).toEqual({ ok: false, message: 'annotations[3].note: must be text' })
  })

  it('checks references across records in full, validated records included', () => {
    const speaker = { id: 's-1' as never, name: 'A parent', role: '' }
    const first = validOf({
      ...storeWith(2),
      speakers: [speaker],
      annotations: [
        makeAnnotation(0),
        makeAnnotation(1, { speaker: { source: 'student', id: 's-1' as never } }),
      ],
    })
    const refused = (raw: unknown) => {
      const result = validateStoreData(raw)
      return result.ok ? 'accepted' : result.message
    }
    expect(refused({ ...first, tags: first.tags.filter((t) => t.id !== 'role-claim') })).toMatch(
      /^annotations\[0\]\.tagIds\[0\]: refers to tag "role-claim", which does not exist$/,
    )
    expect(refused({ ...first, speakers: [] })).toMatch(
      /^annotations\[1\]\.speaker\.id: refers to speaker "s-1", which does not exist$/,
    )
    expect(refused({ ...first, annotations: [...first.annotations, first.annotations[0]] })).toBe(
      'annotations[2].id: "a-0" is used by two annotations',
    )
    expect(refused({ ...first, speakers: [speaker, first.speakers[0]] })).toBe(
      'speakers[1].id: "s-1" is used by two speakers',
    )
  })

  it('checks a validated record again when it turns up in another list', () => {
    const first = validOf(storeWith(1))
    const result = validateStoreData({ ...first, tags: [...first.tags, first.annotations[0]] })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^tags\[13\]\./)
  })

  it('with fresh: true (freshly parsed JSON) leaves the input as it was', () => {
    const raw = JSON.parse(JSON.stringify(storeWith(2))) as Raw
    const result = validateStoreData(raw, { fresh: true })
    expect(result).toEqual({ ok: true, data: storeWith(2) })
    expect(objectsIn(raw).some((o) => Object.isFrozen(o))).toBe(false)
    if (result.ok) expect(objectsIn(result.data).every((o) => Object.isFrozen(o))).toBe(true)
  })
})
