/** Why a call failed, in terms the UI can act on. */
export type ErrorCode = 'invalid-argument' | 'not-found' | 'internal'

/** What crosses a process or network boundary instead of a thrown error. */
export type WireResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } }

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
