/**
 * The privileged scheme the desktop app serves its renderer from (see protocol.ts). A custom
 * scheme rather than `file://`: Chromium and Node spell a Windows file URL differently (drive
 * letter case, `[ ] ~`), every `file:` URL has the same opaque origin, and Electron's security
 * checklist recommends one. Every page of the app has this scheme and host.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'briefpack'
/** The renderer's page on the app scheme. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Where the renderer is loaded from: Vite's dev server while developing, else the built files
 * in `rendererDir`, served on the app scheme.
 */
export type AppPage =
  { kind: 'dev-server'; url: string } | { kind: 'bundled'; url: string; rendererDir: string }

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
    return { kind: 'dev-server', url: new URL(options.devServerUrl).href }
  }
  return { kind: 'bundled', url: APP_PAGE_URL, rendererDir: options.rendererDir }
}

/**
 * Whether `candidate` (a frame's or a navigation's URL) belongs to the app's own page: the same
 * scheme and host (with its port) as `pageUrl`, and no credentials. Never `.origin`: it is the
 * opaque "null" for `file:` and for custom schemes in Node, so comparing origins would trust any
 * local file. No path either: everything the app scheme serves is the app's own renderer.
 */
export function isAppPage(candidate: string, pageUrl: string): boolean {
  const url = parseUrl(candidate)
  const page = parseUrl(pageUrl)
  if (!url || !page) return false
  return (
    url.protocol === page.protocol &&
    url.host === page.host &&
    url.host !== '' &&
    url.username === '' &&
    url.password === ''
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
