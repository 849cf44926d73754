import { describe, expect, it } from 'vitest'
import type { StoreStatus } from '../../../shared/contract'
import type { OutboxState } from './outbox'
import { describeOffline, describeSaveState } from './save-state'

const status = (overrides: Partial<StoreStatus> = {}): StoreStatus => ({
  dataDir: '/data',
  pendingWrites: 0,
  lastSavedAt: null,
  lastError: null,
  recovery: null,
  canUndo: false,
  canRedo: false,
  storeSession: 's-1',
  ...overrides,
})
const state = (overrides: Partial<OutboxState> = {}): OutboxState => ({
  unsent: 0,
  unconfirmed: 0,
  unreachable: null,
  problem: null,
  status: status(),
  ...overrides,
})

describe('the save status', () => {
  it('says Saved only when the host has confirmed everything on disk', () => {
    expect(describeSaveState(state())).toEqual({ kind: 'saved' })
    expect(describeSaveState(state({ status: null }))).toEqual({ kind: 'saved' })
    expect(describeSaveState(state({ unsent: 1 }))).toEqual({ kind: 'saving' })
    expect(describeSaveState(state({ unconfirmed: 1 }))).toEqual({ kind: 'saving' })
    expect(describeSaveState(state({ status: status({ pendingWrites: 2 }) }))).toEqual({
      kind: 'saving',
    })
  })

  it('says Not saved yet while the host is away with changes waiting, and why', () => {
    expect(describeSaveState(state({ unsent: 2, unconfirmed: 1, unreachable: 'Gone.' }))).toEqual({
      kind: 'retrying',
      problem: 'Gone.',
      offline: true,
      waiting: 3,
    })
    // Away, but everything is on disk already: that is still true.
    expect(describeSaveState(state({ unreachable: 'Gone.' }))).toEqual({ kind: 'saved' })
  })

  it('says Not saved yet while the host cannot write', () => {
    expect(describeSaveState(state({ unconfirmed: 1, problem: 'The disk is full.' }))).toEqual({
      kind: 'retrying',
      problem: 'The disk is full.',
      offline: false,
      waiting: 1,
    })
    const failing = status({ pendingWrites: 1, lastError: 'The disk is full.' })
    expect(describeSaveState(state({ status: failing }))).toMatchObject({
      kind: 'retrying',
      problem: 'The disk is full.',
    })
  })

  it('tells the student offline what is kept where, and that undo waits', () => {
    const text = describeOffline({ problem: 'Briefpack cannot reach its host.', waiting: 1 }, true)
    expect(text).toBe(
      'Briefpack cannot reach its host. Your 1 change not saved yet is kept in this page, even if ' +
        'you reload it or close the tab, and will be saved as soon as the host is back. Undo and ' +
        'redo wait until then.',
    )
    expect(describeOffline({ problem: 'Away.', waiting: 3 }, false)).toMatch(
      /Your 3 changes not saved yet are kept in this page while it stays open/,
    )
  })
})
