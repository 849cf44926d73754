import { createBriefingService, type PackDelivery } from './briefing/export-service'
import type { HostShell } from './host-shell'
import { loadLibrary } from './library/load-library'
import { createServices, type Handlers } from './services'
import { openStore } from './store/open-store'
import { createWorkspace } from './workspace/workspace'

/** Changes the store has been given but could not put on disk, and why. */
export interface UnsavedChanges {
  count: number
  reason: string
  dataDir: string
}

/** Everything main serves, wired once for both hosts (the Electron app and the browser host). */
export interface Services {
  handlers: Handlers
  /**
   * Resolves once every change made so far has been tried at least once (the store keeps
   * retrying what failed). The store stays open: call it before deciding whether to quit.
   */
  flush(): Promise<void>
  /** What is not on disk yet, or null when everything is. */
  unsavedChanges(): UnsavedChanges | null
  /** Write what is pending (one last try), then release the data folder. Call on quit. */
  close(): Promise<void>
}

/**
 * Load the bundled articles, open the student's store (taking its lock), and wire the handlers.
 * Fails with a message fit to show the student when either cannot be opened.
 */
export async function composeServices(options: {
  articlesDir: string
  dataDir: string
  /** How this host hands over a built briefing pack (a save dialog, or a download). */
  delivery: PackDelivery
  /** The window's find and clipboard, where the host has a window (the desktop app). */
  shell?: HostShell
}): Promise<Services> {
  const library = await loadLibrary(options.articlesDir).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`The bundled articles in ${options.articlesDir} could not be read: ${reason}`)
  })
  const store = await openStore(options.dataDir)
  const workspace = createWorkspace({ store, library })
  const briefing = createBriefingService({ library, store, delivery: options.delivery })
  return {
    handlers: createServices({
      library,
      workspace,
      briefing,
      ...(options.shell ? { shell: options.shell } : {}),
    }),
    flush: () => store.flush(),
    unsavedChanges: () => {
      const status = store.status()
      if (status.pendingWrites === 0) return null
      return {
        count: status.pendingWrites,
        reason:
          status.lastError ??
          'the disk has not finished writing them (it may be slow or disconnected)',
        dataDir: status.dataDir,
      }
    },
    close: () => store.close(),
  }
}
