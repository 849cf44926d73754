import { describe, expect, it } from 'vitest'
import type { StoreData } from '../../shared/model/store-data'
import { HISTORY_LIMIT, emptyHistory, recordChange, redo, undo } from './history'
import { storeWithTags } from '../../../test-support/workspace'

const states = Array.from({ length: 4 }, (_, i): StoreData => ({
  ...storeWithTags(),
  speakers: [{ id: `s${i}`, name: `S${i}`, role: '' }] as StoreData['speakers'],
}))
const [s0, s1, s2, s3] = states as [StoreData, StoreData, StoreData, StoreData]

describe('undo and redo', () => {
  it('steps back and forward through changes', () => {
    let history = recordChange(emptyHistory, s0, 'first')
    history = recordChange(history, s1, 'second')
    const back = undo(history, s2)!
    expect(back).toMatchObject({ state: s1, description: 'second' })
    const back2 = undo(back.history, back.state)!
    expect(back2).toMatchObject({ state: s0, description: 'first' })
    expect(undo(back2.history, s0)).toBeNull()
    const forward = redo(back2.history, s0)!
    expect(forward).toMatchObject({ state: s1, description: 'first' })
    expect(redo(forward.history, s1)).toMatchObject({ state: s2, description: 'second' })
  })

  it('forgets the redo steps when a new change is made', () => {
    const history = recordChange(emptyHistory, s0, 'first')
    const back = undo(history, s1)!
    const changed = recordChange(back.history, s0, 'other')
    expect(redo(changed, s3)).toBeNull()
  })

  it('folds a run of changes with the same key into one step', () => {
    let history = recordChange(emptyHistory, s0, 'edit note', 'note:a')
    history = recordChange(history, s1, 'edit note', 'note:a')
    history = recordChange(history, s2, 'edit note', 'note:a')
    expect(history.past).toHaveLength(1)
    expect(undo(history, s3)?.state).toBe(s0)
    history = recordChange(history, s3, 'edit note', 'note:b')
    expect(history.past).toHaveLength(2)
  })

  it('keeps at most HISTORY_LIMIT steps', () => {
    let history = emptyHistory
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = recordChange(history, s0, `change ${i}`)
    expect(history.past).toHaveLength(HISTORY_LIMIT)
    expect(history.past[0]?.description).toBe('change 5')
  })
})
