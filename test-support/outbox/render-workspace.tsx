import type { JSX } from 'solid-js'
import { render } from '@solidjs/testing-library'
import { createApi } from '../../src/renderer/src/api-transport'
import { ApiContext, TransportContext } from '../../src/renderer/src/api-context'
import {
  useWorkspace,
  WorkspaceProvider,
  type Workspace,
} from '../../src/renderer/src/workspace-context'
import type { fakeHost } from './fake-host'

/**
 * Render `ui` inside the app's WorkspaceProvider, talking to a fake host as the app talks to the
 * browser host (the Api and the outbox over one transport). Resolves once the records are read,
 * with the workspace, for a test to make changes as the components would.
 */
export async function renderWithHost(
  host: ReturnType<typeof fakeHost>,
  ui: () => JSX.Element,
): Promise<Workspace> {
  let workspace!: Workspace
  const Grab = () => {
    workspace = useWorkspace()
    return null
  }
  render(() => (
    <ApiContext.Provider value={createApi(host.transport)}>
      <TransportContext.Provider value={host.transport}>
        <WorkspaceProvider>
          <Grab />
          {ui()}
        </WorkspaceProvider>
      </TransportContext.Provider>
    </ApiContext.Provider>
  ))
  return workspace
}
