import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { AnnotationId } from '../../shared/model/annotation'
import type { StoreData } from '../../shared/model/store-data'
import type { TagId } from '../../shared/model/tag'
import { makeAnnotation, storeWith, withOneMore } from '../../../test-support/store/test-data'
import { encodeStore, parseStoreFile, serializeStore } from './parse-store-file'
import { StoreDataSchema, validateStoreData } from './schema'

function validOf(raw: unknown): StoreData {
  const result = validateStoreData(raw)
  if (!result.ok) throw new Error(`not valid: ${result.message}`)
  return result.data
}

/** The bytes a save wrote before records were encoded one by one: the whole validated copy. */
const asBefore = (raw: unknown) =>
  Buffer.from(JSON.stringify(v.parse(StoreDataSchema, raw)) + '\n', 'utf8')

const plain = (data: StoreData) => Buffer.from(JSON.stringify(data) + '\n', 'utf8')

/** Text that JSON escapes, or encodes in several UTF-8 bytes. */
const AWKWARD = [
  '“Curly” quotes — and a dash…',
  'Crème brûlée, Ærø, ß, 東京',
  'An emoji 🧑‍🏫 and a flag 🇬🇧',
  'Back\\slash, "quotes", tab\there,\nnew line, \u0001 control, \u2028 separator',
  'A lone surrogate \ud800 here',
]

function awkwardStore(): StoreData {
  const store = storeWith(0)
  return {
    ...store,
    annotations: AWKWARD.map((note, n) =>
      makeAnnotation(n, {
        note,
        target: {
          ...makeAnnotation(n).target,
          quote: { ...makeAnnotation(n).target.quote, exact: note },
        },
      }),
    ),
    // Fields in another order than the schema's, as `{ ...draft, id }` builds a new tag.
    tags: [
      ...store.tags,
      {
        name: 'Ça coûte',
        colour: '#123456',
        description: AWKWARD[3]!,
        group: '',
        id: 'x' as TagId,
      },
    ],
    speakers: [{ id: 's-1' as never, name: AWKWARD[1]!, role: AWKWARD[2]! }],
  }
}

describe('encodeStore', () => {
  it('gives the bytes of JSON.stringify of the state, and of a save before this change', () => {
    const raw = awkwardStore()
    const state = validOf(raw)
    const bytes = encodeStore(state)
    expect(bytes.equals(plain(state))).toBe(true)
    expect(bytes.equals(Buffer.from(serializeStore(state), 'utf8'))).toBe(true)
    expect(bytes.equals(asBefore(raw))).toBe(true)
    expect(bytes.at(-1)).toBe(0x0a)
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false)
  })

  it('stays exact across states that share records: add, change, delete, reorder', () => {
    let state = validOf(awkwardStore())
    const steps: ((s: StoreData) => StoreData)[] = [
      (s) => withOneMore(s, 10),
      (s) => ({
        ...s,
        annotations: s.annotations.map((a, i) => (i === 1 ? { ...a, note: 'changed 🧑‍🏫' } : a)),
      }),
      (s) => ({ ...s, annotations: s.annotations.filter((_, i) => i !== 0) }),
      (s) => ({ ...s, annotations: [...s.annotations].reverse() }),
      (s) => ({ ...s, tags: s.tags.slice(1).concat(s.tags[0]!) }),
      (s) => ({ ...s, preferences: { lastColour: 'purple' } }),
      (s) => ({ ...s, annotations: [], speakers: [] }),
    ]
    for (const step of steps) {
      const next = step(state)
      state = validOf(next)
      expect(encodeStore(state).equals(plain(state))).toBe(true)
      expect(encodeStore(state).equals(asBefore(next))).toBe(true)
    }
  })

  it('writes a file that reads back identically, and encodes again to the same bytes', () => {
    const state = validOf(withOneMore(awkwardStore(), 99))
    const bytes = encodeStore(state)
    const parsed = parseStoreFile(bytes)
    expect(parsed).toEqual({ status: 'ok', data: state, migratedFrom: null })
    if (parsed.status !== 'ok') return
    expect(encodeStore(parsed.data).equals(bytes)).toBe(true)
    expect(serializeStore(parsed.data)).toBe(bytes.toString('utf8'))
  })

  it('encodes a state it did not validate in full, each time', () => {
    const data = storeWith(2)
    expect(encodeStore(data).equals(plain(data))).toBe(true)
    data.annotations[0]!.note = 'changed'
    data.annotations.push(makeAnnotation(5, { id: 'late' as AnnotationId }))
    expect(encodeStore(data).equals(plain(data))).toBe(true)
    expect(encodeStore(data).toString('utf8')).toContain('"note":"changed"')
  })

  it('cannot go stale: a validated record cannot be changed after it was encoded', () => {
    const state = validOf(storeWith(1))
    const before = encodeStore(state)
    expect(() => ((state.annotations[0] as { note: string }).note = 'x')).toThrow(TypeError)
    expect(() => (state.annotations as unknown[]).push(makeAnnotation(1))).toThrow(TypeError)
    expect(() => ((state as { version: number }).version = 2)).toThrow(TypeError)
    expect(encodeStore(state).equals(before)).toBe(true)
    expect(before.equals(plain(state))).toBe(true)
  })
})
