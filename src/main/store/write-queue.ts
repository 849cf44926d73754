/** What a commit's caller learns after the first write that included its change was tried. */
export type SaveOutcome = { saved: true } | { saved: false; message: string }

/** How long to wait before retrying a failed write: `firstDelayMs`, doubling up to `maxDelayMs`. */
export interface RetryPolicy {
  firstDelayMs: number
  maxDelayMs: number
}

// Never more than 5 s apart: a student who frees space or reconnects a drive sees "Saved" within
// seconds, and one attempt at writing the file every 5 s costs nothing worth saving.
export const DEFAULT_RETRY: RetryPolicy = { firstDelayMs: 500, maxDelayMs: 5_000 }

export interface WriteQueueOptions<T> {
  /** Put one state on disk; rejects if it could not. */
  write(state: T): Promise<void>
  /** After a successful write, before the next one starts (backups). Its failure is ignored. */
  afterSave?(state: T): Promise<void>
  /** The student-readable text for a failed write. */
  describeFailure(error: unknown): string
  now(): Date
  retry?: RetryPolicy | undefined
}

/** A queue that saves the latest of many states, one write at a time. See `createWriteQueue`. */
export interface WriteQueue<T> {
  /** Queue `state` (already validated) to be written; resolves after its first attempt. */
  submit(state: T): Promise<SaveOutcome>
  /** Resolves once every state submitted so far has been tried at least once. */
  flush(): Promise<void>
  /** Flush, then, if the newest state is still not on disk, try once more; then stop retrying. */
  stop(): Promise<void>
  /** Submitted states not yet on disk. */
  unsavedCount(): number
  lastSavedAt(): string | null
  lastError(): string | null
}

interface Waiter {
  seq: number
  settle(outcome: SaveOutcome): void
}

/**
 * Coalescing, retrying writes. At most one write is in flight; states submitted meanwhile are
 * folded into the newest, written next, so a burst of 1,000 commits costs two writes, not 1,000.
 * Each submitter hears back after the first write that contains its state (saved, or why not).
 * A failed write keeps the newest state and retries with backoff until one succeeds; a new
 * submission is tried at once rather than waiting out the backoff, so nobody waits 5 s for an
 * answer. Retry timers are unref'd so they never keep a process alive.
 */
export function createWriteQueue<T>(options: WriteQueueOptions<T>): WriteQueue<T> {
  const retry = options.retry ?? DEFAULT_RETRY
  let latest: { state: T; seq: number } | null = null
  let seq = 0 // of the newest submission
  let startedSeq = 0 // newest seq included in an attempt that has started
  let finishedSeq = 0 // newest seq included in an attempt that has finished
  let savedSeq = 0 // newest seq known to be on disk
  let running: Promise<void> | null = null
  let waiters: Waiter[] = []
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let retryDue = false
  let retryDelay = retry.firstDelayMs
  let stopped = false
  let lastSavedAt: string | null = null
  let lastError: string | null = null

  function settle(upTo: number, outcome: SaveOutcome) {
    finishedSeq = Math.max(finishedSeq, upTo)
    const done = waiters.filter((w) => w.seq <= upTo)
    waiters = waiters.filter((w) => w.seq > upTo)
    for (const w of done) w.settle(outcome)
  }

  function scheduleRetry() {
    if (stopped || retryTimer !== null) return
    retryTimer = setTimeout(() => {
      retryTimer = null
      retryDue = true
      pump()
    }, retryDelay)
    retryTimer.unref?.()
    retryDelay = Math.min(retryDelay * 2, retry.maxDelayMs)
  }

  function clearRetry() {
    if (retryTimer !== null) clearTimeout(retryTimer)
    retryTimer = null
    retryDue = false
    retryDelay = retry.firstDelayMs
  }

  async function attempt(snapshot: { state: T; seq: number }) {
    startedSeq = snapshot.seq
    retryDue = false
    try {
      await options.write(snapshot.state)
    } catch (error) {
      lastError = options.describeFailure(error)
      settle(snapshot.seq, { saved: false, message: lastError })
      scheduleRetry()
      return
    }
    savedSeq = snapshot.seq
    lastError = null
    lastSavedAt = options.now().toISOString()
    clearRetry()
    settle(snapshot.seq, { saved: true })
    await options.afterSave?.(snapshot.state).catch(() => {})
  }

  function pump() {
    if (running !== null || latest === null || latest.seq <= savedSeq) return
    if (latest.seq <= startedSeq && !retryDue) return // tried already; the timer will retry
    running = attempt(latest).finally(() => {
      running = null
      pump()
    })
  }

  function flush(): Promise<void> {
    if (seq <= finishedSeq) return Promise.resolve()
    return new Promise((resolve) => waiters.push({ seq, settle: () => resolve() }))
  }

  return {
    submit(state) {
      seq += 1
      latest = { state, seq }
      const outcome = new Promise<SaveOutcome>((resolve) => waiters.push({ seq, settle: resolve }))
      pump()
      return outcome
    },
    flush,
    async stop() {
      await flush()
      // A write's promise settles before its backup is taken: let that finish too.
      while (running !== null) await running
      if (seq > savedSeq) {
        retryDue = true
        pump()
        await running
      }
      stopped = true
      clearRetry()
    },
    unsavedCount: () => seq - savedSeq,
    lastSavedAt: () => lastSavedAt,
    lastError: () => lastError,
  }
}
