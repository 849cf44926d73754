import type { Services } from '../compose'

/** How long stopping may take before the host gives up waiting for the disk. */
export const STOP_TIMEOUT_MS = 10_000
const HOST_CLOSE_MS = 2_000

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.())
}

/**
 * Stop the browser host the way quitting the desktop app stops: close the door to new requests,
 * let the store write what it has been given (within `timeoutMs`), release the data folder, and
 * exit 0 only if everything is on disk. Otherwise say what was not saved, and where, and exit 1,
 * so a script or a student's terminal knows. Stops once, however many signals arrive (a
 * terminal's Ctrl+C reaches both a wrapper script and this process).
 */
export function createStopper(options: {
  closeHost: () => Promise<void>
  services: Pick<Services, 'close' | 'unsavedChanges'>
  /** What else to tidy afterwards (the download shelf). */
  afterwards?: () => Promise<void>
  exit: (code: number) => void
  log?: (message: string) => void
  timeoutMs?: number
}): (signal: string) => void {
  const log = options.log ?? ((message) => console.error(message))
  let stopping = false
  return (signal) => {
    if (stopping) {
      log('Briefpack is still saving your work; it stops as soon as that is done.')
      return
    }
    stopping = true
    const timeout = setTimeout(() => {
      log(
        `Briefpack stopped (${signal}) before it finished saving: the disk did not answer within ` +
          `${Math.round((options.timeoutMs ?? STOP_TIMEOUT_MS) / 1000)} s. ` +
          describeUnsaved(options.services),
      )
      options.exit(1)
    }, options.timeoutMs ?? STOP_TIMEOUT_MS)
    timeout.unref?.()
    void (async () => {
      // A connection that will not close must not hold up the saving.
      await Promise.race([options.closeHost().catch(() => {}), delay(HOST_CLOSE_MS)])
      await options.services
        .close()
        .catch((error: unknown) => log(`Closing the store failed: ${String(error)}`))
      await options.afterwards?.().catch(() => {})
      clearTimeout(timeout)
      const unsaved = options.services.unsavedChanges()
      if (unsaved) {
        log(`Briefpack stopped, but ${describeUnsaved(options.services)}`)
        options.exit(1)
      } else {
        options.exit(0)
      }
    })()
  }
}

function describeUnsaved(services: Pick<Services, 'unsavedChanges'>): string {
  const unsaved = services.unsavedChanges()
  if (!unsaved) return ''
  const what = unsaved.count === 1 ? 'one change was' : `${unsaved.count} changes were`
  return `${what} not saved in ${unsaved.dataDir}: ${unsaved.reason}.`
}
