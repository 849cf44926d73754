import { BrowserWindow, dialog, nativeTheme, screen, type WebContents } from 'electron'
import type { AppPage } from './app-page'
import {
  MIN_WINDOW_SIZE,
  placeWindow,
  readWindowState,
  writeWindowState,
  type WindowState,
} from './window-state'

// Painted before the renderer's first frame, so there is no flash of another colour: these are
// --bg in src/renderer/src/styles/app.css (light and prefers-color-scheme: dark); keep them equal.
const BACKGROUND = { light: '#f6f3ec', dark: '#15171b' }

// Chromium's zoom levels: each step is 20 % larger or smaller; -3 to 5 is about 58 % to 250 %.
const ZOOM_STEP = 0.5
const ZOOM_LIMITS = { min: -3, max: 5 }

function currentBackground(): string {
  return nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light
}

export interface MainWindowOptions {
  preloadPath: string
  page: AppPage
  /** Linux and Windows show it in the task bar; macOS takes the bundle's. */
  iconPath: string
  /** Where the window's size and position are remembered between sessions. */
  stateFile: string
}

/**
 * The one app window, with Electron's secure defaults spelled out so that a change to them shows
 * in review: isolated, sandboxed renderer without Node, web security on, no <webview>. It opens
 * where the student left it (kept on screen), zooms with Ctrl+wheel, and recovers from a crashed
 * or hung page.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placed = placeWindow(
    readWindowState(options.stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const window = new BrowserWindow({
    ...(placed.x !== undefined && placed.y !== undefined ? { x: placed.x, y: placed.y } : {}),
    width: placed.width,
    height: placed.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Briefpack',
    icon: options.iconPath,
    show: false,
    backgroundColor: currentBackground(),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: true,
    },
  })

  const followTheme = (): void => window.setBackgroundColor(currentBackground())
  nativeTheme.on('updated', followTheme)
  window.on('closed', () => nativeTheme.off('updated', followTheme))
  window.once('ready-to-show', () => {
    if (placed.maximized) window.maximize()
    window.show()
  })
  window.on('close', () => writeWindowState(options.stateFile, currentState(window)))

  zoomWithWheel(window.webContents)
  recoverFromCrashes(window)
  loadPage(window, options.page)
  return window
}

function currentState(window: BrowserWindow): WindowState {
  return { ...window.getNormalBounds(), maximized: window.isMaximized() }
}

function loadPage(window: BrowserWindow, page: AppPage): void {
  window.loadURL(page.url).catch((error: unknown) => {
    console.error('Briefpack: the window could not load its page:', error)
    // ready-to-show never fires for a page that failed; show the window rather than nothing.
    if (!window.isDestroyed()) window.show()
  })
}

/** Electron reports Ctrl+wheel (and pinch) but leaves the zooming to the app. */
function zoomWithWheel(contents: WebContents): void {
  contents.on('zoom-changed', (_event, direction) => {
    const step = direction === 'in' ? ZOOM_STEP : -ZOOM_STEP
    const level = contents.getZoomLevel() + step
    contents.setZoomLevel(Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, level)))
  })
}

/**
 * A crashed or hung page would leave a blank or frozen window. Say what happened and offer a
 * reload: every change the student made is in main's store already, so reloading loses nothing
 * but a note typed in the last half second before a crash.
 */
function recoverFromCrashes(window: BrowserWindow): void {
  const contents = window.webContents
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return
    void dialog
      .showMessageBox(window, {
        type: 'error',
        message: 'Briefpack’s page stopped working',
        detail:
          `The page ${describeGone(details.reason)}. Your saved work is safe: reload to carry on ` +
          'where you were.',
        buttons: ['Reload', 'Close Briefpack'],
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        if (window.isDestroyed()) return
        if (response === 0) contents.reload()
        else window.close()
      })
  })

  let waiting: AbortController | null = null
  contents.on('unresponsive', () => {
    if (waiting || window.isDestroyed()) return
    waiting = new AbortController()
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        message: 'Briefpack is not responding',
        detail:
          'The page is busy or stuck. Wait a little, or reload it: your saved work is safe, and ' +
          'reloading shows it again.',
        buttons: ['Wait', 'Reload'],
        defaultId: 0,
        cancelId: 0,
        signal: waiting.signal,
      })
      .then(({ response }) => {
        waiting = null
        if (response !== 1 || window.isDestroyed()) return
        // A hung renderer cannot reload itself; this starts the page again in a new process.
        contents.forcefullyCrashRenderer()
        contents.reload()
      })
  })
  // It came back by itself: take the question away.
  contents.on('responsive', () => waiting?.abort())
}

function describeGone(reason: string): string {
  switch (reason) {
    case 'oom':
      return 'ran out of memory'
    case 'crashed':
      return 'crashed'
    case 'killed':
      return 'was stopped by the system'
    case 'launch-failed':
      return 'could not start'
    default:
      return `ended unexpectedly (${reason})`
  }
}
