import { CHANNELS, type Api, type Channel } from '../../shared/contract'
import type { Bridge } from '../../shared/bridge'
import { AppError, unwrap, type WireResult } from '../../shared/errors'

type Transport = (channel: Channel, args: unknown[]) => Promise<WireResult<unknown>>

/** Build the typed Api over any transport that returns wire results. */
export function createApi(transport: Transport): Api {
  const entries = CHANNELS.map((channel) => [
    channel,
    async (...args: unknown[]) => unwrap(await transport(channel, args)),
  ])
  return Object.fromEntries(entries) as Api
}

/** The Electron preload's bridge as a transport. */
export function bridgeTransport(bridge: Bridge): Transport {
  return (channel, args) =>
    (bridge[channel] as (...a: unknown[]) => Promise<WireResult<unknown>>)(...args)
}

/**
 * The browser host as a transport: `POST api/<channel>` relative to the page, whose URL carries the
 * host's per-launch secret. A refusal or an unreachable host becomes an AppError the UI can show.
 */
export function httpTransport(base: URL, fetchImpl: typeof fetch = fetch): Transport {
  return async (channel, args) => {
    let response: Response
    try {
      response = await fetchImpl(new URL(`api/${channel}`, base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      })
    } catch {
      throw new AppError(
        'internal',
        'Briefpack cannot reach its host. If you closed the window running “npm run serve”, start it again and open the link it prints.',
      )
    }
    const isJson = response.headers.get('Content-Type')?.includes('application/json') ?? false
    if (!isJson) {
      throw new AppError(
        'internal',
        `The Briefpack host refused the request (HTTP ${response.status}). Open the exact link it printed when it started.`,
      )
    }
    return (await response.json()) as WireResult<unknown>
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
