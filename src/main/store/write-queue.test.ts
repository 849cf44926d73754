import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createWriteQueue, type SaveOutcome } from './write-queue'

/** A write we settle by hand, recording what it was given. */
function controllableWrites() {
  const calls: { state: number; resolve: () => void; reject: (e: Error) => void }[] = []
  const write = (state: number) =>
    new Promise<void>((resolve, reject) => calls.push({ state, resolve, reject }))
  return { calls, write }
}

const tick = () => new Promise((r) => setImmediate(r))

describe('createWriteQueue', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }))
  afterEach(() => vi.useRealTimers())

  const make = (write: (s: number) => Promise<void>) =>
    createWriteQueue<number>({
      write,
      describeFailure: (e) => `failed: ${(e as Error).message}`,
      now: () => new Date(),
      retry: { firstDelayMs: 500, maxDelayMs: 30_000 },
    })

  it('writes at once, then folds everything submitted meanwhile into one write of the latest', async () => {
    const { calls, write } = controllableWrites()
    const queue = make(write)
    const outcomes: (SaveOutcome | undefined)[] = []
    for (let i = 1; i <= 5; i++) void queue.submit(i).then((o) => (outcomes[i] = o))
    expect(calls.map((c) => c.state)).toEqual([1])
    expect(queue.unsavedCount()).toBe(5)

    calls[0]!.resolve()
    await tick()
    expect(outcomes[1]).toEqual({ saved: true })
    expect(outcomes[2]).toBeUndefined() // not on disk yet: it was not in that write
    expect(calls.map((c) => c.state)).toEqual([1, 5])

    calls[1]!.resolve()
    await tick()
    expect(outcomes.slice(1)).toEqual(Array(5).fill({ saved: true }))
    expect(queue.unsavedCount()).toBe(0)
    expect(queue.lastSavedAt()).not.toBeNull()
  })

  it('answers a failed write at once, keeps the state, and retries with doubling delays', async () => {
    const { calls, write } = controllableWrites()
    const queue = make(write)
    const outcome = queue.submit(1)
    calls[0]!.reject(new Error('disk full'))
    expect(await outcome).toEqual({ saved: false, message: 'failed: disk full' })
    expect(queue.lastError()).toBe('failed: disk full')
    expect(queue.unsavedCount()).toBe(1)

    const retryTimes: number[] = []
    for (let attempt = 1; attempt <= 8; attempt++) {
      const before = Date.now()
      await vi.advanceTimersToNextTimerAsync()
      expect(calls).toHaveLength(attempt + 1)
      retryTimes.push(Date.now() - before)
      calls[attempt]!.reject(new Error('disk full'))
      await tick()
    }
    expect(retryTimes).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000])
    expect(calls.every((c) => c.state === 1)).toBe(true)

    await vi.advanceTimersToNextTimerAsync()
    calls.at(-1)!.resolve()
    await tick()
    expect(queue.lastError()).toBeNull()
    expect(queue.unsavedCount()).toBe(0)
    expect(vi.getTimerCount()).toBe(0) // no retry left behind
  })

  it('tries a new submission at once instead of waiting out the backoff', async () => {
    const { calls, write } = controllableWrites()
    const queue = make(write)
    void queue.submit(1)
    calls[0]!.reject(new Error('nope'))
    await tick()
    const second = queue.submit(2)
    expect(calls.map((c) => c.state)).toEqual([1, 2])
    calls[1]!.resolve()
    expect(await second).toEqual({ saved: true })
    expect(vi.getTimerCount()).toBe(0)
  })

  it('flush waits for every submission to be tried once, saved or not', async () => {
    const { calls, write } = controllableWrites()
    const queue = make(write)
    void queue.submit(1)
    void queue.submit(2)
    let flushed = false
    void queue.flush().then(() => (flushed = true))
    calls[0]!.resolve()
    await tick()
    expect(flushed).toBe(false)
    calls[1]!.reject(new Error('x'))
    await tick()
    expect(flushed).toBe(true)
    await expect(queue.flush()).resolves.toBeUndefined() // nothing new: at once
  })

  it('stop makes one last attempt at an unsaved state, then retries no more', async () => {
    const { calls, write } = controllableWrites()
    const queue = make(write)
    void queue.submit(1)
    calls[0]!.reject(new Error('x'))
    await tick()
    const stopped = queue.stop()
    await tick()
    expect(calls).toHaveLength(2)
    calls[1]!.reject(new Error('still'))
    await stopped
    expect(vi.getTimerCount()).toBe(0)
    expect(queue.unsavedCount()).toBe(1)
  })

  it('a failing afterSave (a backup) does not turn a save into a failure', async () => {
    const queue = createWriteQueue<number>({
      write: async () => {},
      afterSave: async () => {
        throw new Error('backup failed')
      },
      describeFailure: () => 'x',
      now: () => new Date(),
    })
    expect(await queue.submit(1)).toEqual({ saved: true })
    await queue.stop()
    expect(queue.lastError()).toBeNull()
  })
})
