import type { StoreStatus } from '../../../shared/contract'
import { AppError, type WireResult } from '../../../shared/errors'
import type { Transport } from '../api-transport'
import { coalesce, recordOf, type Change } from './change'
import {
  DEFAULT_TIMING,
  INTERNAL_ATTEMPTS,
  type Clock,
  type OutboxEntry,
  type OutboxListener,
  type OutboxState,
  type OutboxStorage,
  type OutboxTiming,
  type Submitted,
} from './outbox-types'

export * from './outbox-types'

interface Waiter {
  resolve(submitted: Submitted): void
  reject(error: AppError): void
}

/**
 * The page's outbox: every change the student makes is queued here, kept in `storage`, sent to
 * the host one at a time in order, and dropped only once the host confirms it is on disk. A host
 * that cannot be reached is tried again with backoff, so a restarted host gets every change
 * without the student doing anything; before sending after a failure it asks the host's store
 * session, so changes a restarted host lost from memory are sent again first, in order.
 * Sending twice is safe: each change carries its change id (the same host answers a repeat with
 * its first answer) and new records carry ids the page proposed (a restarted host makes a create
 * it already has into nothing).
 */
export function createOutbox(options: {
  transport: Transport
  clock: Clock
  newId: () => string
  listener: OutboxListener
  timing?: OutboxTiming | undefined
}) {
  const { transport, clock, listener } = options
  const timing = options.timing ?? DEFAULT_TIMING
  let entries: OutboxEntry[] = []
  let storage: OutboxStorage | null = null
  const waiters = new Map<OutboxEntry, Waiter[]>()
  let inFlight: OutboxEntry | null = null
  let session: string | null = null
  let status: StoreStatus | null = null
  let unreachable: string | null = null
  let problem: string | null = null
  // Learn the host's store session before the first change goes out, and after every failure.
  let needsProbe = true
  let needsResync = false
  let internalFailures = 0
  let retryTimer: unknown = null
  let retryDelay = timing.firstRetryMs
  let pollTimer: unknown = null
  let pass: Promise<void> | null = null
  let disposed = false

  const unsent = () => entries.filter((e) => e.keptBy === null)
  const persist = () => storage?.save(entries)
  const changed = () => {
    persist()
    listener.changed()
  }

  function settle(entry: OutboxEntry, submitted: Submitted) {
    for (const w of waiters.get(entry) ?? []) w.resolve(submitted)
    waiters.delete(entry)
  }
  /** Everyone still waiting hears that their change is queued: the host is not answering now. */
  function settleAllAsQueued() {
    for (const entry of [...waiters.keys()]) settle(entry, { answered: false })
  }

  function scheduleRetry() {
    if (disposed || retryTimer !== null) return
    retryTimer = clock.setTimeout(() => {
      retryTimer = null
      needsProbe = true
      kick()
    }, retryDelay)
    retryDelay = Math.min(retryDelay * 2, timing.maxRetryMs)
  }

  function schedulePoll() {
    if (disposed || pollTimer !== null || retryTimer !== null) return
    const waitingForDisk =
      entries.some((e) => e.keptBy !== null) ||
      (status !== null && (status.pendingWrites > 0 || status.lastError !== null))
    if (!waitingForDisk) return
    pollTimer = clock.setTimeout(() => {
      pollTimer = null
      needsProbe = true
      kick()
    }, timing.pollMs)
  }

  function kick() {
    if (disposed || pass !== null) return
    pass = run().finally(() => {
      pass = null
      // A change submitted as the last pass was ending is sent now, not at the next timer.
      if (!disposed && retryTimer === null && (needsProbe || unsent().length > 0)) kick()
      else schedulePoll()
    })
  }

  async function run() {
    while (!disposed) {
      if (needsProbe && !(await probe())) return
      const next = unsent()[0]
      if (!next) break
      inFlight = next
      const result = await transport(next.change.channel, next.change.args, {
        changeId: next.changeId,
        expectedSession: session ?? undefined,
        timeoutMs: timing.callTimeoutMs,
      })
      inFlight = null
      if (!handleAnswer(next, result)) return
    }
    if (needsResync && unsent().length === 0 && !disposed) {
      needsResync = false
      try {
        await listener.resync()
      } catch {
        needsResync = true
        needsProbe = true
        scheduleRetry()
      }
    }
  }

  /** Ask the host how its store stands: which session it is, and whether it is all on disk. */
  async function probe(): Promise<boolean> {
    const result = await transport('store:status', [], { timeoutMs: timing.callTimeoutMs })
    if (!result.ok) {
      if (result.error.code === 'unreachable') unreachable = result.error.message
      else problem = result.error.message
      settleAllAsQueued()
      scheduleRetry()
      changed()
      return false
    }
    const fresh = result.value as StoreStatus
    unreachable = null
    if (session !== null && fresh.storeSession !== session) needsResync = true
    session = fresh.storeSession
    status = fresh
    for (const entry of entries) {
      // Held only by a host that is gone: send it again, before anything newer.
      if (entry.keptBy !== null && entry.keptBy !== fresh.storeSession) {
        entry.keptBy = null
        needsResync = true
      }
    }
    if (fresh.pendingWrites === 0 && fresh.lastError === null) {
      entries = entries.filter((e) => e.keptBy !== fresh.storeSession)
    }
    problem = fresh.lastError
    needsProbe = false
    changed()
    return true
  }

  /** Deal with the host's answer to `entry`; false when the pass must stop and wait to retry. */
  function handleAnswer(entry: OutboxEntry, result: WireResult<unknown>): boolean {
    if (result.ok) {
      unreachable = null
      internalFailures = 0
      retryDelay = timing.firstRetryMs
      const saved = result.saved
      if (saved === undefined || saved.onDisk) {
        // That write held every change this session answered before it, too.
        const by = saved?.storeSession ?? session
        entries = entries.filter((e) => e !== entry && (e.keptBy === null || e.keptBy !== by))
        problem = null
        if (status) status = { ...status, lastError: null, pendingWrites: 0 }
      } else {
        entry.keptBy = saved.storeSession
        problem = saved.problem
      }
      if (saved) session = saved.storeSession
      listener.answered(entry.change, result.value)
      settle(entry, { answered: true, value: result.value })
      changed()
      return true
    }
    const { code, message } = result.error
    if (code === 'unreachable') {
      unreachable = message
      needsProbe = true
      settleAllAsQueued()
      scheduleRetry()
      changed()
      return false
    }
    if (code === 'session-changed') {
      needsProbe = true
      return true
    }
    if (code === 'internal' && ++internalFailures < INTERNAL_ATTEMPTS) {
      problem = message
      settleAllAsQueued()
      scheduleRetry()
      changed()
      return false
    }
    internalFailures = 0
    entries = entries.filter((e) => e !== entry)
    if (entry.change.channel === 'annotations:delete' && code === 'not-found') {
      // Deleted already: by this page's earlier attempt, on a host that has since restarted.
      listener.answered(entry.change, null)
      settle(entry, { answered: true, value: null })
    } else {
      const error = new AppError(code, message)
      const told = (waiters.get(entry) ?? []).length > 0
      for (const w of waiters.get(entry) ?? []) w.reject(error)
      waiters.delete(entry)
      listener.refused(entry.change, error, told)
    }
    changed()
    return true
  }

  return {
    /**
     * Queue a change. Resolves with the host's answer when it answers at once, or as queued when
     * it cannot be reached (the change is kept and sent later); rejects with the AppError of a
     * host that refuses it.
     */
    submit(change: Change): Promise<Submitted> {
      const last = entries.at(-1)
      const merged =
        last && last !== inFlight && last.keptBy === null ? coalesce(last.change, change) : null
      let entry: OutboxEntry
      if (last && merged) {
        last.change = merged
        entry = last
      } else {
        entry = {
          changeId: options.newId(),
          change,
          madeAt: clock.now().toISOString(),
          keptBy: null,
        }
        entries.push(entry)
      }
      const submitted = new Promise<Submitted>((resolve, reject) => {
        waiters.set(entry, [...(waiters.get(entry) ?? []), { resolve, reject }])
      })
      if (unreachable !== null) settle(entry, { answered: false })
      changed()
      kick()
      return submitted
    },

    /**
     * Keep every entry in `next` from now on, saving what is already queued there at once.
     * Entries another page left behind are added with `adopt`.
     */
    keepIn(next: OutboxStorage) {
      storage = next
      persist()
    },

    /** Take over changes a closed page left queued; they are sent after those queued here. */
    adopt(left: readonly OutboxEntry[]) {
      const known = new Set(entries.map((e) => e.changeId))
      const added = left.filter((e) => !known.has(e.changeId)).map((e) => ({ ...e }))
      if (added.length === 0) return
      entries.push(...added)
      needsProbe = true
      changed()
      kick()
    },

    /**
     * Try now to hand every queued change to the host (for closing the window, or before an
     * undo). Resolves with how many it could not: those stay queued, and kept in storage. What
     * the host holds in memory is then the host's to write as it closes.
     */
    async flush(): Promise<{ unsaved: number }> {
      clock.clearTimeout(retryTimer)
      clock.clearTimeout(pollTimer)
      retryTimer = pollTimer = null
      if (pass) await pass
      if (unsent().length > 0 || unreachable !== null) needsProbe = true
      kick()
      if (pass) await pass
      return { unsaved: unsent().length }
    },

    /** Read the records again once everything queued is sent (an undo whose answer was lost). */
    resyncWhenSent() {
      needsResync = true
      needsProbe = true
      kick()
    },

    /** Ask the host now how its store stands (at start, for the recovery notice). */
    refresh() {
      needsProbe = true
      kick()
    },

    state(): OutboxState {
      return {
        unsent: unsent().length,
        unconfirmed: entries.length - unsent().length,
        unreachable,
        problem,
        status,
      }
    },

    /** Whether a change to this record is still not on disk. */
    holds(recordId: string): boolean {
      return entries.some((e) => recordOf(e.change) === recordId)
    },

    /** The changes not yet answered, oldest first: what the page shows on top of main's records. */
    unanswered(): readonly OutboxEntry[] {
      return unsent()
    },

    dispose() {
      disposed = true
      clock.clearTimeout(retryTimer)
      clock.clearTimeout(pollTimer)
    },
  }
}

export type Outbox = ReturnType<typeof createOutbox>
