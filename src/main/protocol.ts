import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from './app-page'
import { CONTENT_SECURITY_POLICY } from './content-security-policy'
import { contentTypeFor, resolveStaticPath } from './host/static-files'

/**
 * The app scheme's privileges: standard (real origins, relative URLs), secure (a secure
 * context, like https), and fetch and CORS support so module scripts and fonts load. Nothing
 * else: no service workers, no bypassing the CSP.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
}

/** Before `ready` (Electron's rule): declare the app scheme privileged. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
}

/** After `ready`, before the window loads: serve the built renderer on the app scheme. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromRenderer(rendererDir, request))
}

const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
}

/**
 * Answer one request for `app://briefpack/<path>` with a file of the built renderer, with the
 * CSP as a header. Only GET and HEAD of the app host, only files inside `rendererDir` (the same
 * rules as the browser host: no `..`, dotfiles, drive letters or encoded slashes).
 */
export async function respondFromRenderer(
  rendererDir: string,
  request: Request,
): Promise<Response> {
  const url = new URL(request.url)
  if (url.host !== APP_HOST) return plain(404, 'Not found')
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Not allowed')
  const file = resolveStaticPath(rendererDir, url.pathname.replace(/^\//, ''))
  if (!file) return plain(404, 'Not found')
  let body: Buffer
  try {
    // readFile rather than a stream: Electron reads inside app.asar for it, and the largest
    // file (the renderer's script) is a few hundred kilobytes.
    body = await readFile(file)
  } catch {
    return plain(404, 'Not found')
  }
  const headers = { ...HEADERS, 'Content-Type': contentTypeFor(file) }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers })
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
