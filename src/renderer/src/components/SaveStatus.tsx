import { Match, Show, Switch } from 'solid-js'
import { useWorkspace } from '../workspace-context'

/** Whether the student's work is on disk: "Saved", "Saving…", or that a write failed. */
export function SaveStatus() {
  const { session } = useWorkspace()
  return (
    <p class="save-status" role="status" aria-live="polite">
      <Switch fallback={<span class="save-status__ok">Saved</span>}>
        <Match when={session.status()?.lastError}>
          {(error) => (
            <span class="save-status__error" title={error()}>
              Not saved yet — retrying
            </span>
          )}
        </Match>
        <Match when={(session.status()?.pendingWrites ?? 0) > 0}>
          <span class="save-status__pending">Saving…</span>
        </Match>
      </Switch>
    </p>
  )
}

/**
 * A failed write, in plain words: the change is kept in memory and retried. Shown in the top
 * chrome, under the app bar, so it stays in sight while the failure lasts.
 */
export function SaveFailureBanner() {
  const { session } = useWorkspace()
  return (
    <Show when={session.status()?.lastError}>
      {(error) => (
        <div class="banner banner--error" role="alert">
          {error()}
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
