import { BrowserWindow, nativeTheme } from 'electron'
import type { AppPage } from './app-page'

// Painted before the renderer's first frame, so there is no flash of another colour: these are
// --bg in src/renderer/src/styles/app.css (light and prefers-color-scheme: dark); keep them equal.
const BACKGROUND = { light: '#f6f3ec', dark: '#15171b' }

function currentBackground(): string {
  return nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light
}

/**
 * The one app window, with Electron's secure defaults spelled out so that a change to them shows
 * in review: isolated, sandboxed renderer without Node, web security on, no <webview>.
 */
export function createMainWindow(options: { preloadPath: string; page: AppPage }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 800,
    minHeight: 600,
    title: 'Briefpack',
    show: false,
    backgroundColor: currentBackground(),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  })

  const followTheme = (): void => window.setBackgroundColor(currentBackground())
  nativeTheme.on('updated', followTheme)
  window.on('closed', () => nativeTheme.off('updated', followTheme))
  window.once('ready-to-show', () => window.show())

  const loading =
    options.page.kind === 'dev-server'
      ? window.loadURL(options.page.url)
      : window.loadFile(options.page.path)
  loading.catch((error: unknown) => {
    console.error('Briefpack: the window could not load its page:', error)
    // ready-to-show never fires for a page that failed; show the window rather than nothing.
    if (!window.isDestroyed()) window.show()
  })
  return window
}
