import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Where the renderer is loaded from: Vite's dev server while developing, else the built file. */
export type AppPage = { kind: 'dev-server'; url: string } | { kind: 'file'; path: string }

/**
 * Choose the renderer page. The dev-server URL is honoured only when unpackaged: in a packaged app
 * an environment variable must not be able to point the window (and its IPC) at another site.
 */
export function resolveAppPage(options: {
  packaged: boolean
  devServerUrl: string | undefined
  rendererDir: string
}): AppPage {
  if (!options.packaged && options.devServerUrl) {
    return { kind: 'dev-server', url: options.devServerUrl }
  }
  return { kind: 'file', path: join(options.rendererDir, 'index.html') }
}

/** The page's URL as Chromium reports it in navigation events and for IPC senders. */
export function appPageUrl(page: AppPage): string {
  return page.kind === 'dev-server' ? new URL(page.url).href : pathToFileURL(page.path).href
}

/**
 * Whether `candidate` is the app's own page (any query or fragment). Compares protocol, host and
 * path, never `.origin`: the origin of every `file:` URL (and of custom schemes) is the opaque
 * "null", so comparing origins would trust any local file.
 */
export function isAppPage(candidate: string, appUrl: string): boolean {
  const url = parseUrl(candidate)
  const app = parseUrl(appUrl)
  if (!url || !app) return false
  return (
    url.protocol === app.protocol &&
    url.host === app.host &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === app.pathname
  )
}

/** Links the app may hand to the system browser: plain web pages, never file:, javascript: etc. */
export function isExternalWebUrl(candidate: string): boolean {
  const url = parseUrl(candidate)
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:')
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text)
  } catch {
    return null
  }
}
