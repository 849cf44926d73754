/** setTimeout and clearTimeout, passed in so tests can drive time. */
export interface Timers {
  set: (run: () => void, ms: number) => unknown
  clear: (handle: unknown) => void
}

export const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface LatestLoaderOptions<Q, R> {
  load: (query: Q) => Promise<R>
  /** Quiet time after the last `schedule` before loading. */
  delayMs: number
  onResult: (result: R) => void
  onError: (error: unknown) => void
  /** True from the first `schedule` until the answer to the latest query is in. */
  onBusy?: (busy: boolean) => void
  timers?: Timers
}

/**
 * Load after changes settle, and keep only the answer to the latest query: a quick run of changes
 * makes one call, and a slow answer to an older query never overwrites a newer one.
 */
export function createLatestLoader<Q, R>(options: LatestLoaderOptions<Q, R>) {
  const timers = options.timers ?? realTimers
  let timer: unknown = null
  let latest = 0
  let disposed = false

  const run = (query: Q) => {
    timer = null
    const ticket = ++latest
    const settle = (deliver: () => void) => {
      if (disposed || ticket !== latest || timer !== null) return
      options.onBusy?.(false)
      deliver()
    }
    options.load(query).then(
      (result) => settle(() => options.onResult(result)),
      (error: unknown) => settle(() => options.onError(error)),
    )
  }

  return {
    /** Load `query` once nothing else is scheduled for `delayMs`. */
    schedule(query: Q) {
      if (disposed) return
      if (timer !== null) timers.clear(timer)
      options.onBusy?.(true)
      timer = timers.set(() => run(query), options.delayMs)
    },
    /** Load `query` now (a retry), dropping anything scheduled. */
    now(query: Q) {
      if (disposed) return
      if (timer !== null) timers.clear(timer)
      options.onBusy?.(true)
      run(query)
    },
    dispose() {
      disposed = true
      if (timer !== null) timers.clear(timer)
    },
  }
}
