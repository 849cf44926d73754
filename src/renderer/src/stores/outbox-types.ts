import type { StoreStatus } from '../../../shared/contract'
import type { AppError } from '../../../shared/errors'
import type { Change } from './change'

// The outbox's parts that others see: its entries, its clock and timing, what it tells the page.

/** One change the page made that the host has not yet confirmed on disk. */
export interface OutboxEntry {
  /** Sent with every attempt, so the host answers a repeat with its first answer. */
  changeId: string
  change: Change
  /** When the student made it (ISO 8601): the page's times for it until main's arrive. */
  madeAt: string
  /**
   * null while it is still to be sent (or sent again). Once a host answered that it holds the
   * change in memory but could not yet write it, the store session that said so: the change
   * leaves the outbox when that session says it is on disk, and is sent again if another
   * session (a restarted host) answers first.
   */
  keptBy: string | null
}

/** Where the outbox keeps its entries, so a reload or a closed tab loses none of them. */
export interface OutboxStorage {
  save(entries: readonly OutboxEntry[]): void
}

/** Timers and the time, passed in so tests run on a fake clock. */
export interface Clock {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
  now(): Date
}

export const browserClock: Clock = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => new Date(),
}

export interface OutboxTiming {
  /** First wait before trying an unreachable host again; doubles up to `maxRetryMs`. */
  firstRetryMs: number
  maxRetryMs: number
  /** How often to ask the host whether what it holds in memory is on disk yet. */
  pollMs: number
  /** How long one call may take before the host counts as unreachable. */
  callTimeoutMs: number
}

// As the store retries its writes (src/main/store/write-queue.ts): never more than 5 s apart, so
// a restarted host has the page's changes within seconds.
export const DEFAULT_TIMING: OutboxTiming = {
  firstRetryMs: 500,
  maxRetryMs: 5_000,
  pollMs: 1_500,
  callTimeoutMs: 15_000,
}

/** An `internal` answer is tried this many times in all before the change is given up as refused. */
export const INTERNAL_ATTEMPTS = 3

/** What the outbox tells the page's records and its save status. */
export interface OutboxListener {
  /** The host made `change` and answered `value` (the record as main keeps it). */
  answered(change: Change, value: unknown): void
  /**
   * The host refused `change`; it is dropped. `callerTold` is true when the code that submitted
   * it is still waiting and gets the error itself (to show beside a field, say).
   */
  refused(change: Change, error: AppError, callerTold: boolean): void
  /**
   * The host was restarted (or asked to be read again) and every change has been sent again:
   * read the records afresh, keeping the changes still queued on top. Rejects if it could not.
   */
  resync(): Promise<void>
  /** Anything `state()` reports has changed. */
  changed(): void
}

/** How the outbox stands, for the save status. */
export interface OutboxState {
  /** Changes not yet answered by the host (to send, or being sent). */
  unsent: number
  /** Changes the host holds in memory, not yet known to be on disk. */
  unconfirmed: number
  /** Why the host cannot be reached now, or null. */
  unreachable: string | null
  /** Why the host could not save (a failed write, an internal error), or null. */
  problem: string | null
  /** The host's store status as last heard, or null before the first answer. */
  status: StoreStatus | null
}

/** How `submit` ends: answered by the host, or kept in the outbox to be sent when it is back. */
export type Submitted = { answered: true; value: unknown } | { answered: false }
