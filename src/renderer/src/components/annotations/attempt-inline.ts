import { AppError } from '../../../../shared/errors'

/** `session.attempt`: runs an action, turns a failure into a toast and resolves undefined. */
export type Attempt = <T>(action: () => Promise<T>) => Promise<T | undefined>

/**
 * Run an action through `attempt`, but show an AppError (a name clash, an empty name) beside the
 * field that caused it instead of in a toast: the student sees the message where they are typing,
 * and a screen reader hears it with the field. Other failures still go to the toast.
 * `showError(null)` clears the previous message first.
 */
export function attemptInline<T>(
  attempt: Attempt,
  action: () => Promise<T>,
  showError: (message: string | null) => void,
): Promise<T | undefined> {
  showError(null)
  return attempt(async () => {
    try {
      return await action()
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      showError(error.message)
      return undefined
    }
  })
}
