import { app, dialog, powerMonitor, type BrowserWindow } from 'electron'
import type { Services, UnsavedChanges } from './compose'
import type { RendererFlusher } from './renderer-flush'

/** How long each step of closing may take before Briefpack stops waiting for it. */
export interface QuitTimeouts {
  /** The store's pending writes, before deciding whether anything is left unsaved. */
  storeFlushMs: number
  /** The store's last try and the release of the data folder's lock. */
  storeCloseMs: number
}

export const QUIT_TIMEOUTS: QuitTimeouts = { storeFlushMs: 10_000, storeCloseMs: 5_000 }

/** The buttons of the unsaved-changes question, in order. */
export const KEEP_OPEN = 'Keep Briefpack open'
export const QUIT_ANYWAY = 'Quit anyway'

/**
 * Make quitting lose nothing, in the only order that works:
 *
 * 1. Each window, as it closes (by its close button, or because the app is quitting), first asks
 *    its page to save what is being edited (the note's pending save) and waits for it. Electron
 *    closes windows only after `before-quit`, so a store closed there would refuse the page's
 *    last save.
 * 2. Once every window is closed (`will-quit`), the store writes what it has, within a limit.
 * 3. If changes are still not on disk, the student is asked: keep Briefpack open (the store keeps
 *    them and keeps trying) or quit anyway; then the store is closed and the lock released.
 *
 * At a system shutdown or log-out the same happens without the question: there is no time.
 */
export function guardQuit(options: {
  services: Services
  flusher: RendererFlusher
  /** Open a window again when the student keeps Briefpack open. */
  reopen: () => void
  timeouts?: QuitTimeouts
}): { guardWindow(window: BrowserWindow): void } {
  const { services, flusher } = options
  const timeouts = options.timeouts ?? QUIT_TIMEOUTS
  let quitting = false
  let shuttingDown = false
  let settled = false

  app.on('before-quit', () => {
    quitting = true
  })

  app.on('will-quit', (event) => {
    if (settled) return
    event.preventDefault()
    void settle()
  })

  // macOS and Linux: delay the shutdown until the work is saved. Electron's documentation gives
  // the listener an event to prevent; its typings have lost the parameter.
  const onShutdown = (event: Electron.Event) => {
    event.preventDefault()
    shuttingDown = true
    app.quit()
  }
  powerMonitor.on('shutdown', onShutdown as () => void)

  async function settle(): Promise<void> {
    const finished = await within(services.flush(), timeouts.storeFlushMs)
    if (!finished)
      console.error('Briefpack: saving had not finished when the time to quit ran out.')
    const unsaved = services.unsavedChanges()
    if (unsaved && !shuttingDown && (await keepOpen(unsaved))) {
      quitting = false
      options.reopen()
      return
    }
    await within(services.close(), timeouts.storeCloseMs)
    const lost = services.unsavedChanges()
    settled = true
    flusher.dispose()
    if (!lost) {
      app.quit()
      return
    }
    console.error(
      `Briefpack quit with ${describeCount(lost.count)} not saved in ${lost.dataDir}: ${lost.reason}`,
    )
    app.exit(1)
  }

  return {
    guardWindow(window) {
      let flushed = false
      window.on('close', (event) => {
        if (flushed) return
        // Closing now would cancel a quit in progress; it is asked for again once saved.
        event.preventDefault()
        void flusher.flush(window.webContents).then(() => {
          flushed = true
          if (window.isDestroyed()) return
          if (quitting) app.quit()
          else window.close()
        })
      })
      // Windows: the session is ending (shutdown, restart, log-off); quit as at a shutdown.
      window.on('session-end', () => {
        shuttingDown = true
        app.quit()
      })
    },
  }
}

/** Ask whether to keep Briefpack open for the store to keep trying. True: keep it open. */
async function keepOpen(unsaved: UnsavedChanges): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    message: `${capitalise(describeCount(unsaved.count))} could not be saved`,
    detail:
      `Briefpack could not write to its data folder (${unsaved.dataDir}): ${unsaved.reason}.\n\n` +
      'While Briefpack stays open it keeps your changes and keeps trying to save them. ' +
      'If you quit now, they are lost.',
    buttons: [KEEP_OPEN, QUIT_ANYWAY],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  })
  return response === 0
}

/** Whether `promise` settled within `ms`; it may go on afterwards. */
function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    promise.then(
      () => (clearTimeout(timer), resolve(true)),
      (error: unknown) => {
        clearTimeout(timer)
        console.error('Briefpack: saving on quit failed:', error)
        resolve(true)
      },
    )
  })
}

function describeCount(count: number): string {
  return count === 1 ? 'one change' : `${count} changes`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
