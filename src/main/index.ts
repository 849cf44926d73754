import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron'
import { appPageUrl, isAppPage, isExternalWebUrl, resolveAppPage } from './app-page'
import { registerIpc } from './ipc'
import { composeServices, type Services } from './compose'
import { defaultDataDir, preloadPath, rendererDir, resourcesDir } from './paths'
import { createMainWindow } from './window'

// First of all, because the single-instance lock lives in userData: the same folder the browser
// host uses, named "Briefpack" rather than after package.json's lower-case name.
app.setPath('userData', defaultDataDir(process.platform, process.env, homedir()))

// Caret browsing lets a student select text with the keyboard alone (arrows to move, Shift+arrows
// to select), as the reader's annotation toolbar expects.
app.commandLine.appendSwitch('enable-caret-browsing')

const page = resolveAppPage({
  packaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  rendererDir: rendererDir(),
})
const pageUrl = appPageUrl(page)
let mainWindow: BrowserWindow | null = null

if (!app.requestSingleInstanceLock()) {
  // Another Briefpack is running: it has been told (second-instance) and focuses its window.
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('web-contents-created', (_event, contents) => lockDown(contents))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.whenReady().then(start).catch(showStartupError)
}

async function start(): Promise<void> {
  denyAllPermissions()
  const services = await composeServices({
    articlesDir: join(resourcesDir({ packaged: app.isPackaged }), 'articles'),
    dataDir: app.getPath('userData'),
    delivery: {
      choose: async (fileName) => {
        const options = {
          title: 'Save the briefing pack',
          defaultPath: join(app.getPath('documents'), fileName),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        }
        const chosen = mainWindow
          ? await dialog.showSaveDialog(mainWindow, options)
          : await dialog.showSaveDialog(options)
        return chosen.canceled || !chosen.filePath ? null : { path: chosen.filePath }
      },
      open: async (path) => {
        const problem = await shell.openPath(path)
        if (problem) throw new Error(problem)
      },
      reveal: async (path) => shell.showItemInFolder(path),
    },
  })
  registerIpc(services.handlers, (frameUrl) => isAppPage(frameUrl, pageUrl))
  flushOnQuit(services)
  openMainWindow()
  // macOS keeps the app alive with no window; clicking the dock icon should bring one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
}

/** Quit only once every change the student made is on disk (or has been tried and reported). */
function flushOnQuit(services: Services): void {
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    services
      .close()
      .catch((error: unknown) => console.error('Briefpack: closing the store failed:', error))
      .finally(() => {
        flushed = true
        app.quit()
      })
  })
}

function openMainWindow(): void {
  const window = createMainWindow({ preloadPath: preloadPath(), page })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

/** A reading app needs no camera, location, notifications, clipboard reads or devices. */
function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.setDevicePermissionHandler(() => false)
}

/**
 * Keep every web contents on the app's own page: a link or a `<meta http-equiv=refresh>` in
 * article text must not take the window (and its IPC bridge) elsewhere, and no new windows or
 * webviews appear. Web links open in the student's browser instead.
 */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppPage(event.url, pageUrl)) return
    event.preventDefault()
    openInBrowser(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (!isAppPage(event.url, pageUrl)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

function openInBrowser(url: string): void {
  if (!isExternalWebUrl(url)) return
  shell.openExternal(url).catch((error: unknown) => {
    console.error(`Briefpack: could not open ${url} in the browser:`, error)
  })
}

function showStartupError(error: unknown): void {
  console.error('Briefpack could not start:', error)
  dialog.showErrorBox('Briefpack could not start', describe(error))
  app.quit()
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
