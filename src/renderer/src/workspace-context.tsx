import { createContext, onCleanup, onMount, useContext, type ParentProps } from 'solid-js'
import { useApi, useTransport } from './api-context'
import { registerPendingEdits } from './lifecycle'
import { createAnnotationsStore, type AnnotationsStore } from './stores/annotations-store'
import { createCodebookStore, type CodebookStore } from './stores/codebook-store'
import type { Locks } from './stores/outbox-storage'
import { createRecordsStore, type RecordsStore } from './stores/records-store'
import { createSessionStore, type SessionStore } from './stores/session-store'

export interface Workspace {
  annotations: AnnotationsStore
  codebook: CodebookStore
  session: SessionStore
  /**
   * The records and the outbox that carries every change to the host; `records.flush()` is
   * registered with the page's lifecycle, for the desktop shell's "flush before quit".
   */
  records: RecordsStore
}

const WorkspaceContext = createContext<Workspace>()

/** The student's document (annotations, codebook) and session, loaded once for every page. */
export function WorkspaceProvider(props: ParentProps) {
  const api = useApi()
  const records = createRecordsStore({
    api,
    transport: useTransport(),
    storage: globalThis.localStorage,
    locks: (globalThis.navigator as { locks?: Locks } | undefined)?.locks,
    // Said later, once a change shown at once is refused: the session exists by then.
    onRefused: (message) => session.say(message, 'error'),
  })
  const annotations = createAnnotationsStore(records)
  const codebook = createCodebookStore(records)
  const session = createSessionStore(api, records)
  // Before the window closes or the app quits (lifecycle.ts), the outbox sends what it holds,
  // once the editors have handed it what they held back.
  const stopFlushing = registerPendingEdits(() => records.flush(), 'deliver')
  onMount(() => {
    void session.attempt(() => records.start())
  })
  onCleanup(() => {
    stopFlushing()
    records.dispose()
  })
  return (
    <WorkspaceContext.Provider value={{ annotations, codebook, session, records }}>
      {props.children}
    </WorkspaceContext.Provider>
  )
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext)
  if (!workspace) throw new Error('useWorkspace() needs a <WorkspaceProvider> above it.')
  return workspace
}
