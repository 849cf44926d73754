import { describe, expect, it } from 'vitest'
import type { StoreData } from '../../shared/model/store-data'
import { makeAnnotation, storeWith } from './fixtures/test-data'
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

  it('validates 10,000 annotations in well under 50 ms', () => {
    const store = storeWith(10_000)
    validateStoreData(store) // warm up the JIT, as a long-running app would be
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const start = performance.now()
      const result = validateStoreData(store)
      times.push(performance.now() - start)
      expect(result.ok).toBe(true)
    }
    const median = times.sort((a, b) => a - b)[2]!
    expect(median).toBeLessThan(50)
  })
})
