import { Match, Show, Switch } from 'solid-js'
import { describeOffline } from '../stores/save-state'
import { useWorkspace } from '../workspace-context'

/**
 * Whether the student's work is on disk: "Saved" only once the host has confirmed every change;
 * "Saving…" while one is on its way; "Not saved yet — retrying" while the host cannot be reached
 * or cannot write (the banner below says why, and what happens next).
 */
export function SaveStatus() {
  const { session } = useWorkspace()
  const retrying = () => {
    const state = session.saveState()
    return state.kind === 'retrying' ? state : null
  }
  return (
    <p class="save-status" role="status" aria-live="polite">
      <Switch fallback={<span class="save-status__ok">Saved</span>}>
        <Match when={retrying()}>
          {(state) => (
            <span class="save-status__error" title={state().problem}>
              Not saved yet — retrying
            </span>
          )}
        </Match>
        <Match when={session.saveState().kind === 'saving'}>
          <span class="save-status__pending">Saving…</span>
        </Match>
      </Switch>
    </p>
  )
}

/**
 * Why changes are not saved, in plain words, and that they are kept: a failed write (kept in the
 * host's memory and retried), or a host that cannot be reached (kept in this page and retried).
 * Shown in the top chrome, under the app bar, so it stays in sight while the trouble lasts.
 */
export function SaveFailureBanner() {
  const { session } = useWorkspace()
  const text = () => {
    const state = session.saveState()
    if (state.kind !== 'retrying') return null
    return state.offline ? describeOffline(state, session.storageTrouble() === null) : state.problem
  }
  return (
    <Show when={text()}>
      {(message) => (
        <div class="banner banner--error" role="alert">
          {message()}
        </div>
      )}
    </Show>
  )
}

/**
 * A damaged file set aside at start: which backup was restored, and where the damaged file is.
 * Said once, at the top of the first page.
 */
export function RecoveryBanner() {
  const { session } = useWorkspace()
  return (
    <Show when={session.status()?.recovery}>
      {(recovery) => (
        <div class="banner banner--warning" role="alert">
          <strong>Your annotations file was damaged, so Briefpack restored a backup.</strong>{' '}
          {recovery().restoredFrom
            ? `Restored from ${recovery().restoredFrom}.`
            : 'No valid backup was found, so Briefpack started afresh.'}{' '}
          The damaged file was kept at {recovery().damagedFileMovedTo}. ({recovery().reason})
        </div>
      )}
    </Show>
  )
}
