import type { SaveReport } from '../../shared/errors'
import type { SaveOutcome, StoreStatus } from '../store/open-store'

/**
 * The answer to a call that changed the student's work: the value the contract promises, and
 * where the change stands. `dispatch` sends `saved` beside the value (WireResult.saved), so a
 * change kept in memory after a failed write is never answered as if it were on disk.
 */
export class Committed<T> {
  constructor(
    readonly value: T,
    readonly saved: SaveReport,
  ) {}
}

/** What the store said of the first write that held a change, as the page is told it. */
export function reportOutcome(outcome: SaveOutcome, storeSession: string): SaveReport {
  return outcome.saved
    ? { onDisk: true, problem: null, storeSession }
    : { onDisk: false, problem: outcome.message, storeSession }
}

/**
 * For a call that changed nothing (a repeat of a change already made): whether what the store
 * holds, which includes that change, is on disk.
 */
export function reportStatus(status: StoreStatus): SaveReport {
  return {
    onDisk: status.pendingWrites === 0,
    problem: status.lastError,
    storeSession: status.storeSession,
  }
}
