import type { DesktopBridge } from '../../shared/desktop'

/** Sends an edit the page holds (a note typed during the save debounce) on to main. */
export type PendingEdits = () => Promise<unknown> | void

/**
 * `hand-over`: something that holds an edit back (the note editor's debounce) hands it on;
 * `deliver`: what carries edits to main (the outbox) sends all it was handed. Every hand-over
 * settles before any delivery starts, so a note typed a moment ago goes out with the rest.
 */
export type FlushStage = 'hand-over' | 'deliver'

const pending: Record<FlushStage, Set<PendingEdits>> = {
  'hand-over': new Set(),
  deliver: new Set(),
}

/**
 * Register something that may hold edits main has not been sent yet: the note editor's debounce,
 * an outbox of changes waiting to go. Returns the function that unregisters it (call it when
 * the holder goes away).
 */
export function registerPendingEdits(
  flush: PendingEdits,
  stage: FlushStage = 'hand-over',
): () => void {
  pending[stage].add(flush)
  return () => void pending[stage].delete(flush)
}

/**
 * Send every held edit on to main, and resolve once each has settled. A failure is its owner's
 * to report (it says so in the page), so one failing never stops the others.
 */
export async function flushPendingEdits(): Promise<void> {
  for (const stage of ['hand-over', 'deliver'] as const) {
    await Promise.allSettled([...pending[stage]].map((flush) => Promise.resolve().then(flush)))
  }
}

/**
 * Flush before the page goes away: when the desktop shell asks (a window closing, the app
 * quitting), answering once done; and, in any host, when the page is hidden for good (a tab
 * closed, a reload), where there is no time to wait but the sends still start.
 */
export function connectLifecycle(
  desktop: Pick<DesktopBridge, 'onFlushRequest'> | null,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const stopDesktop = desktop?.onFlushRequest(flushPendingEdits)
  const onPageHide = () => void flushPendingEdits()
  target.addEventListener('pagehide', onPageHide)
  return () => {
    stopDesktop?.()
    target.removeEventListener('pagehide', onPageHide)
  }
}
