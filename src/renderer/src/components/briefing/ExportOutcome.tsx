import { Match, Switch } from 'solid-js'
import type { ExportResult } from '../../../../shared/model/briefing'
import { useApi } from '../../api-context'
import { useWorkspace } from '../../workspace-context'

/** What to do with a finished pack: open it or show it in its folder, or download it again. */
export function ExportOutcome(props: { result: Exclude<ExportResult, { kind: 'cancelled' }> }) {
  const api = useApi()
  const { session } = useWorkspace()
  const saved = () => (props.result.kind === 'saved' ? props.result : undefined)
  const downloaded = () => (props.result.kind === 'download' ? props.result : undefined)
  return (
    <div class="briefing-export__actions">
      <Switch>
        <Match when={saved()}>
          {(result) => (
            <>
              <button
                type="button"
                class="button button--small button--quiet"
                onClick={() => void session.attempt(() => api['briefing:open'](result().path))}
              >
                Open
              </button>
              <button
                type="button"
                class="button button--small button--quiet"
                onClick={() => void session.attempt(() => api['briefing:reveal'](result().path))}
              >
                Show in folder
              </button>
            </>
          )}
        </Match>
        <Match when={downloaded()}>
          {(result) => (
            <a class="link-button" href={result().url} download={result().fileName}>
              Download again
            </a>
          )}
        </Match>
      </Switch>
    </div>
  )
}
