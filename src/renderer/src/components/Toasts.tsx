import { Show } from 'solid-js'
import { useWorkspace } from '../workspace-context'

/** The last message (an undo, a failure) and a live region for screen-reader-only news. */
export function Toasts() {
  const { session } = useWorkspace()
  return (
    <>
      <div class="toast-region" role="status" aria-live="polite">
        <Show when={session.toast()}>
          {(toast) => <p class={`toast toast--${toast().tone}`}>{toast().text}</p>}
        </Show>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {session.announcement()}
      </p>
    </>
  )
}
