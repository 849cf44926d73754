import { createBriefingService, type PackDelivery } from './briefing/export-service'
import { loadLibrary } from './library/load-library'
import { createServices, type Handlers } from './services'
import { openStore } from './store/open-store'
import { createWorkspace } from './workspace/workspace'

/** Everything main serves, wired once for both hosts (the Electron app and the browser host). */
export interface Services {
  handlers: Handlers
  /** Write what is pending, then release the data folder. Call on quit. */
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
}): Promise<Services> {
  const library = await loadLibrary(options.articlesDir).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`The bundled articles in ${options.articlesDir} could not be read: ${reason}`)
  })
  const store = await openStore(options.dataDir)
  const workspace = createWorkspace({ store, library })
  const briefing = createBriefingService({ library, store, delivery: options.delivery })
  return {
    handlers: createServices({ library, workspace, briefing }),
    close: () => store.close(),
  }
}
