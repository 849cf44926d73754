import { AppError } from '../../../shared/errors'

/** Why something could not be shown, in the student's terms, and a way to try again. */
export function ErrorPanel(props: { error: unknown; onRetry: () => void; what: string }) {
  const message = () =>
    props.error instanceof AppError
      ? props.error.message
      : 'Something went wrong. Please try again.'
  return (
    <div class="error-panel" role="alert">
      <h2 class="error-panel__title">Could not load {props.what}</h2>
      <p>{message()}</p>
      <button type="button" class="button" onClick={() => props.onRetry()}>
        Try again
      </button>
    </div>
  )
}
