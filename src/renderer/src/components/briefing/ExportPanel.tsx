import { Match, Show, Switch, createSignal, createUniqueId } from 'solid-js'
import type { BriefingRequest, ExportResult } from '../../../../shared/model/briefing'
import { AppError } from '../../../../shared/errors'
import { useApi } from '../../api-context'
import { exportBlocker, resultMessage, type ExportState } from '../../briefing/export-status'
import { ExportOutcome } from './ExportOutcome'

type Status =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; result: Exclude<ExportResult, { kind: 'cancelled' }> }
  | { kind: 'failed'; message: string }

/** The browser host's pack arrives as a URL: fetch it the way a link with `download` would. */
function startDownload(url: string, fileName: string) {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
}

/**
 * The Export button and what it led to: progress while the pack is built, then where it went, or
 * why it failed with a way to try again. The options stay as they were whatever happens.
 */
export function ExportPanel(props: {
  request: BriefingRequest
  readiness: Omit<ExportState, 'exporting'>
}) {
  const api = useApi()
  const id = createUniqueId()
  const [status, setStatus] = createSignal<Status>({ kind: 'idle' })
  const running = () => status().kind === 'running'
  const blocker = () => exportBlocker({ ...props.readiness, exporting: running() })

  const run = async () => {
    if (blocker()) return
    setStatus({ kind: 'running' })
    try {
      const result = await api['briefing:export'](props.request)
      if (result.kind === 'cancelled') return setStatus({ kind: 'idle' })
      if (result.kind === 'download') startDownload(result.url, result.fileName)
      setStatus({ kind: 'done', result })
    } catch (error) {
      const message =
        error instanceof AppError ? error.message : 'The pack could not be built. Please try again.'
      setStatus({ kind: 'failed', message })
    }
  }

  const current = <K extends Status['kind']>(kind: K) => {
    const s = status()
    return s.kind === kind ? (s as Extract<Status, { kind: K }>) : undefined
  }

  return (
    <section class="briefing-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="visually-hidden">
        Export
      </h2>
      {/* aria-disabled, not disabled: the button stays focusable, so its reason can be heard. */}
      <button
        type="button"
        class="button briefing-export__button"
        aria-disabled={blocker() ? true : undefined}
        aria-describedby={blocker() && !running() ? `${id}-reason` : undefined}
        onClick={() => void run()}
      >
        Export PDF
      </button>
      <Show when={blocker() && !running()}>
        <p id={`${id}-reason`} class="briefing-hint">
          {blocker()}
        </p>
      </Show>
      <div class="briefing-export__status" role="status">
        <Switch>
          <Match when={running()}>
            <div class="briefing-progress" role="progressbar" aria-label="Building your pack">
              <span class="briefing-progress__bar" />
            </div>
            <p class="briefing-export__message">Building your pack…</p>
          </Match>
          <Match when={current('done')}>
            {(done) => <p class="briefing-export__message">{resultMessage(done().result)}</p>}
          </Match>
        </Switch>
      </div>
      <Show when={current('done')}>{(done) => <ExportOutcome result={done().result} />}</Show>
      <Show when={current('failed')}>
        {(failed) => (
          <div class="briefing-alert" role="alert">
            <p>The pack was not saved. {failed().message}</p>
            <button type="button" class="button button--small" onClick={() => void run()}>
              Try again
            </button>
          </div>
        )}
      </Show>
    </section>
  )
}
