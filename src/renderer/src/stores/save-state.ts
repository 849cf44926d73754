import type { OutboxState } from './outbox'

/**
 * What the save status says. "Saved" only when the host has confirmed on disk every change the
 * page made; "Saving…" while a change is on its way or being written; "Not saved yet — retrying"
 * when the host cannot be reached (`offline`) or cannot write (`problem` says why).
 */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; problem: string; offline: boolean; waiting: number }

/** The save status for an outbox state. Pure, so every case is tested without a host. */
export function describeSaveState(state: OutboxState): SaveState {
  const waiting = state.unsent + state.unconfirmed
  const hostPending = state.status?.pendingWrites ?? 0
  if (waiting > 0 && state.unreachable !== null) {
    return { kind: 'retrying', problem: state.unreachable, offline: true, waiting }
  }
  const problem = state.problem ?? state.status?.lastError ?? null
  if (problem !== null && (waiting > 0 || hostPending > 0)) {
    return { kind: 'retrying', problem, offline: false, waiting }
  }
  if (waiting > 0 || hostPending > 0) return { kind: 'saving' }
  return { kind: 'saved' }
}

/** "1 change", "3 changes". */
export const countChanges = (n: number) => (n === 1 ? '1 change' : `${n} changes`)

/** The banner while the host is away: what is kept where, what happens next, what waits. */
export function describeOffline(state: { problem: string; waiting: number }, keptInPage: boolean) {
  const where = keptInPage
    ? 'kept in this page, even if you reload it or close the tab,'
    : 'kept in this page while it stays open'
  return (
    `${state.problem} Your ${countChanges(state.waiting)} not saved yet ${state.waiting === 1 ? 'is' : 'are'} ` +
    `${where} and will be saved as soon as the host is back. Undo and redo wait until then.`
  )
}
