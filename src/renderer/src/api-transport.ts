import { CHANNELS, type Api, type Channel } from '../../shared/contract'
import type { Bridge } from '../../shared/bridge'
import { AppError, unwrap, type WireResult } from '../../shared/errors'

/** What a change carries beyond its arguments, so that sending it again is safe. */
export interface CallOptions {
  /** The page's id for this change: a repeat with the same id gets the first answer. */
  changeId?: string | undefined
  /** The store session the page last heard from; another is refused unrun (`session-changed`). */
  expectedSession?: string | undefined
  /** Give up waiting after this long, as `unreachable` (the change may still have been made). */
  timeoutMs?: number | undefined
}

/** One call to the host, answered with a WireResult; never rejects. */
export type Transport = (
  channel: Channel,
  args: unknown[],
  options?: CallOptions,
) => Promise<WireResult<unknown>>

/** Said when the browser host does not answer: stopped, restarting, or the connection dropped. */
export const UNREACHABLE_MESSAGE =
  'Briefpack cannot reach its host. If you closed the window running “npm run serve”, start it again: this page reconnects by itself.'

/** Build the typed Api over any transport that returns wire results. */
export function createApi(transport: Transport): Api {
  const entries = CHANNELS.map((channel) => [
    channel,
    async (...args: unknown[]) => unwrap(await transport(channel, args)),
  ])
  return Object.fromEntries(entries) as Api
}

/**
 * The Electron preload's bridge as a transport. IPC cannot lose an answer, and main cannot
 * restart under a living page, so the change id and expected session are not needed there.
 */
export function bridgeTransport(bridge: Bridge): Transport {
  return (channel, args) =>
    (bridge[channel] as (...a: unknown[]) => Promise<WireResult<unknown>>)(...args)
}

const unreachable = (message: string): WireResult<never> => ({
  ok: false,
  error: { code: 'unreachable', message },
})

/**
 * The browser host as a transport: `POST api/<channel>` relative to the page, whose URL carries the
 * host's secret. A host that does not answer, or answers with something that is not a result (a
 * page from another host on the port, a body cut short), is `unreachable`: the call may or may
 * not have run, so only a change with a change id may safely be sent again.
 */
export function httpTransport(base: URL, fetchImpl: typeof fetch = fetch): Transport {
  return async (channel, args, options = {}) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (options.changeId) headers['Briefpack-Change-Id'] = options.changeId
    if (options.expectedSession) headers['Briefpack-Store-Session'] = options.expectedSession
    const abort = new AbortController()
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => abort.abort(), options.timeoutMs)
    try {
      let response: Response
      try {
        response = await fetchImpl(new URL(`api/${channel}`, base), {
          method: 'POST',
          headers,
          body: JSON.stringify(args),
          signal: abort.signal,
        })
      } catch {
        return unreachable(UNREACHABLE_MESSAGE)
      }
      const isJson = response.headers.get('Content-Type')?.includes('application/json') ?? false
      if (!isJson) {
        return unreachable(
          `The Briefpack host refused the request (HTTP ${response.status}). Open the exact link it printed when it started.`,
        )
      }
      try {
        return (await response.json()) as WireResult<unknown>
      } catch {
        return unreachable(UNREACHABLE_MESSAGE)
      }
    } finally {
      clearTimeout(timer)
    }
  }
}

/**
 * In the browser host the page writes the clipboard itself (the host is another process, maybe
 * another user): text and HTML where the browser takes both, else the text alone.
 */
export function withBrowserClipboard(
  api: Api,
  clipboard: Pick<Clipboard, 'write' | 'writeText'> | undefined,
): Api {
  const write: Api['clipboard:write'] = async (content) => {
    try {
      if (!clipboard) throw new Error('no clipboard')
      if (content.html !== undefined && typeof ClipboardItem !== 'undefined') {
        const item = new ClipboardItem({
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
          'text/html': new Blob([content.html], { type: 'text/html' }),
        })
        await clipboard.write([item])
      } else {
        await clipboard.writeText(content.text)
      }
      return null
    } catch {
      throw new AppError(
        'internal',
        'The browser did not let Briefpack copy. Select the text and press Ctrl+C instead.',
      )
    }
  }
  return { ...api, 'clipboard:write': write }
}
