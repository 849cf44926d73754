import { describe, expect, it, vi } from 'vitest'
import type { WireResult } from '../shared/errors'
import { createChangeLog } from './change-log'

const ok: WireResult<unknown> = { ok: true, value: 'made' }
const failed = (code: 'internal' | 'not-found'): WireResult<unknown> => ({
  ok: false,
  error: { code, message: code },
})

describe('the change log', () => {
  it('runs a change once per id, however often it is sent', async () => {
    const log = createChangeLog()
    const run = vi.fn(async () => ok)
    expect(await log.once('c1', 'annotations:delete', run)).toBe(ok)
    expect(await log.once('c1', 'annotations:delete', run)).toBe(ok)
    expect(run).toHaveBeenCalledOnce()
  })

  it('refuses an id sent again for another call', async () => {
    const log = createChangeLog()
    await log.once('c1', 'annotations:delete', async () => ok)
    const other = vi.fn(async () => ok)
    expect(await log.once('c1', 'tags:delete', other)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    })
    expect(other).not.toHaveBeenCalled()
  })

  it('keeps a refusal, but runs again a change that failed inside the host', async () => {
    const log = createChangeLog()
    const refused = vi.fn(async () => failed('not-found'))
    await log.once('c1', 'annotations:delete', refused)
    await log.once('c1', 'annotations:delete', refused)
    expect(refused).toHaveBeenCalledOnce()
    const broken = vi.fn().mockResolvedValueOnce(failed('internal')).mockResolvedValueOnce(ok)
    expect(await log.once('c2', 'annotations:delete', broken)).toMatchObject({ ok: false })
    expect(await log.once('c2', 'annotations:delete', broken)).toBe(ok)
    expect(broken).toHaveBeenCalledTimes(2)
  })

  it('forgets the oldest ids beyond its limit', async () => {
    const log = createChangeLog(2)
    const run = vi.fn(async () => ok)
    for (const id of ['c1', 'c2', 'c3', 'c1']) await log.once(id, 'annotations:delete', run)
    expect(run).toHaveBeenCalledTimes(4)
  })
})
