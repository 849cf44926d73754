/**
 * Why a call failed, in terms the UI can act on.
 * - `unreachable`: the host did not answer (stopped, restarting, a dropped connection). The call
 *   may or may not have run; only the renderer's transport produces it, never a host.
 * - `session-changed`: the call was refused unrun because the host opened the data folder again
 *   since the page last heard from it (see `SaveReport.storeSession`).
 */
export type ErrorCode =
  'invalid-argument' | 'not-found' | 'internal' | 'unreachable' | 'session-changed'

/**
 * Where the change a call made stands. Every call that changes the student's work answers with
 * one, so the page shows "Saved" only for what the host has on disk.
 */
export interface SaveReport {
  /** True once a write holding the change (and everything before it) is on disk. */
  onDisk: boolean
  /** Why it is not on disk yet, for the student (it is kept in the host's memory and retried). */
  problem: string | null
  /**
   * Which opening of the data folder answered. A host that restarted has another, and what the
   * old one held only in memory may be gone: the page sends those changes again.
   */
  storeSession: string
}

/** What crosses a process or network boundary instead of a thrown error. */
export type WireResult<T> =
  | { ok: true; value: T; saved?: SaveReport }
  | { ok: false; error: { code: ErrorCode; message: string } }

/** An error whose message is written for the student, not for a stack trace. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** Turn a wire result back into a value, or throw the AppError it carries. */
export function unwrap<T>(result: WireResult<T>): T {
  if (result.ok) return result.value
  throw new AppError(result.error.code, result.error.message)
}
