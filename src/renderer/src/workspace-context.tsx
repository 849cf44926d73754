import { createContext, onMount, useContext, type ParentProps } from 'solid-js'
import { useApi } from './api-context'
import { createAnnotationsStore, type AnnotationsStore } from './stores/annotations-store'
import { createCodebookStore, type CodebookStore } from './stores/codebook-store'
import { createSessionStore, type SessionStore } from './stores/session-store'

export interface Workspace {
  annotations: AnnotationsStore
  codebook: CodebookStore
  session: SessionStore
}

const WorkspaceContext = createContext<Workspace>()

/** The student's document (annotations, codebook) and session, loaded once for every page. */
export function WorkspaceProvider(props: ParentProps) {
  const api = useApi()
  const annotations = createAnnotationsStore(api)
  const codebook = createCodebookStore(api)
  const reloadAll = () => Promise.all([annotations.reload(), codebook.reload()]).then(() => {})
  const session = createSessionStore(api, reloadAll)
  onMount(() => {
    void session.attempt(reloadAll)
  })
  return (
    <WorkspaceContext.Provider value={{ annotations, codebook, session }}>
      {props.children}
    </WorkspaceContext.Provider>
  )
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext)
  if (!workspace) throw new Error('useWorkspace() needs a <WorkspaceProvider> above it.')
  return workspace
}
