import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createLatestLoader } from './latest-loader'

/** A load whose answers the test releases by hand, in any order. */
function manualLoad() {
  const pending: { query: string; resolve: (v: string) => void; reject: (e: unknown) => void }[] =
    []
  const load = vi.fn(
    (query: string) =>
      new Promise<string>((resolve, reject) => pending.push({ query, resolve, reject })),
  )
  return { load, pending }
}

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve))

describe('createLatestLoader', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const setup = () => {
    const { load, pending } = manualLoad()
    const onResult = vi.fn()
    const onError = vi.fn()
    const onBusy = vi.fn()
    const loader = createLatestLoader({ load, delayMs: 250, onResult, onError, onBusy })
    return { load, pending, onResult, onError, onBusy, loader }
  }

  it('makes one call for a quick run of changes, with the last query', async () => {
    const { load, pending, onResult, loader } = setup()
    loader.schedule('a')
    vi.advanceTimersByTime(100)
    loader.schedule('ab')
    vi.advanceTimersByTime(100)
    loader.schedule('abc')
    vi.advanceTimersByTime(249)
    expect(load).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(load).toHaveBeenCalledTimes(1)
    expect(load).toHaveBeenCalledWith('abc')
    pending[0]!.resolve('result abc')
    await flush()
    expect(onResult).toHaveBeenCalledWith('result abc')
  })

  it('never lets a slow answer to an older query overwrite a newer one', async () => {
    const { pending, onResult, loader } = setup()
    loader.schedule('old')
    vi.advanceTimersByTime(250)
    loader.schedule('new')
    vi.advanceTimersByTime(250)
    pending[1]!.resolve('new answer')
    await flush()
    pending[0]!.resolve('old answer')
    await flush()
    expect(onResult.mock.calls).toEqual([['new answer']])
  })

  it('drops an answer that arrives while a newer query waits its turn', async () => {
    const { pending, onResult, loader } = setup()
    loader.schedule('first')
    vi.advanceTimersByTime(250)
    loader.schedule('second')
    pending[0]!.resolve('first answer')
    await flush()
    expect(onResult).not.toHaveBeenCalled()
    vi.advanceTimersByTime(250)
    pending[1]!.resolve('second answer')
    await flush()
    expect(onResult.mock.calls).toEqual([['second answer']])
  })

  it('reports the latest failure, and is busy from scheduling until it settles', async () => {
    const { pending, onError, onBusy, loader } = setup()
    loader.schedule('q')
    expect(onBusy).toHaveBeenLastCalledWith(true)
    vi.advanceTimersByTime(250)
    const failure = new Error('main is not ready')
    pending[0]!.reject(failure)
    await flush()
    expect(onError).toHaveBeenCalledWith(failure)
    expect(onBusy).toHaveBeenLastCalledWith(false)
  })

  it('loads at once for a retry, dropping what was scheduled', async () => {
    const { load, loader } = setup()
    loader.schedule('scheduled')
    loader.now('retry')
    expect(load).toHaveBeenCalledWith('retry')
    vi.advanceTimersByTime(1000)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('does nothing after it is disposed', async () => {
    const { load, pending, onResult, loader } = setup()
    loader.schedule('a')
    vi.advanceTimersByTime(250)
    loader.dispose()
    pending[0]!.resolve('late')
    await flush()
    loader.schedule('b')
    vi.advanceTimersByTime(1000)
    expect(onResult).not.toHaveBeenCalled()
    expect(load).toHaveBeenCalledTimes(1)
  })
})
