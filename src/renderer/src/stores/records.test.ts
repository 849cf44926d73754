import { describe, expect, it } from 'vitest'
import { keepUnchanged, replaceRecord } from './records'

const record = (id: string, note = '') => ({ id, note, tagIds: ['t1'] })

describe('keepUnchanged', () => {
  it('keeps the held object for every record main sent back unchanged', () => {
    const held = [record('a'), record('b'), record('c')]
    const fresh = [record('a'), record('b', 'edited'), record('c')]
    const kept = keepUnchanged(held, fresh)
    expect(kept[0]).toBe(held[0])
    expect(kept[1]).toBe(fresh[1])
    expect(kept[2]).toBe(held[2])
  })

  it('follows the order and membership of the fresh answer', () => {
    const held = [record('a'), record('b')]
    const fresh = [record('c'), record('a')]
    const kept = keepUnchanged(held, fresh)
    expect(kept.map((r) => r.id)).toEqual(['c', 'a'])
    expect(kept[0]).toBe(fresh[0])
    expect(kept[1]).toBe(held[0])
  })

  it('gives back the held list itself when nothing changed', () => {
    const held = [record('a'), record('b')]
    expect(keepUnchanged(held, [record('a'), record('b')])).toBe(held)
    expect(keepUnchanged(held, [record('a')])).not.toBe(held)
  })

  it('sees a change deep inside a record', () => {
    const held = [record('a')]
    const fresh = [{ ...record('a'), tagIds: ['t1', 't2'] }]
    expect(keepUnchanged(held, fresh)[0]).toBe(fresh[0])
  })
})

describe('replaceRecord', () => {
  it('replaces only the record with the same id, where it stood', () => {
    const held = [record('a'), record('b'), record('c')]
    const changed = record('b', 'new note')
    const list = replaceRecord(held, changed)
    expect(list).toEqual([held[0], changed, held[2]])
    expect(list[0]).toBe(held[0])
    expect(held[1]!.note).toBe('')
  })
})
