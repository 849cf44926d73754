import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, session, shell } from 'electron'
import type { WebContents } from 'electron'
import { DESKTOP_CHANNELS, type AppCommand } from '../shared/desktop'
import { isAppPage, isExternalWebUrl, resolveAppPage } from './app-page'
import { composeServices } from './compose'
import { popupContextMenu, type ContextMenuActions } from './context-menu'
import { findInPage, stopFindInPage } from './find-in-page'
import type { HostShell } from './host-shell'
import { registerIpc } from './ipc'
import { installApplicationMenu } from './menu'
import {
  APP_ID,
  appLayout,
  dataDirArgument,
  defaultDataDir,
  projectRoot,
  sessionDataDir,
} from './paths'
import { registerAppScheme, serveAppScheme } from './protocol'
import { guardQuit } from './quit'
import { createRendererFlusher } from './renderer-flush'
import { choosePackPath } from './save-dialog'
import { createMainWindow } from './window'

/** What scripts/start.mjs waits for on stdout to know that Electron itself could start. */
const RUNNING_LINE = 'Briefpack is running.'
/** How long a closing window waits for its page to save what is being edited. */
const RENDERER_FLUSH_MS = 3_000

// Before anything else, because the single-instance lock lives in userData: the data folder the
// browser host uses (or `--data DIR`, as it takes), with Chromium's own files in a subfolder.
const dataDir =
  dataDirArgument(process.argv, process.cwd()) ??
  defaultDataDir(process.platform, process.env, homedir())
app.setPath('userData', dataDir)
app.setPath('sessionData', sessionDataDir(dataDir))
app.setPath('crashDumps', join(sessionDataDir(dataDir), 'Crashpad'))
if (process.platform === 'win32') app.setAppUserModelId(APP_ID)
// Caret browsing lets a student select text with the keyboard alone (arrows to move, Shift+arrows
// to select), as the reader's annotation toolbar expects.
app.commandLine.appendSwitch('enable-caret-browsing')
registerAppScheme()

const layout = appLayout({
  packaged: app.isPackaged,
  appRoot: app.isPackaged ? app.getAppPath() : projectRoot(),
  resourcesPath: process.resourcesPath,
})
const page = resolveAppPage({
  packaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  rendererDir: layout.rendererDir,
})
const isTrusted = (frameUrl: string) => isAppPage(frameUrl, page.url)
let mainWindow: BrowserWindow | null = null
let guardWindow: (window: BrowserWindow) => void = () => {}

if (!app.requestSingleInstanceLock()) {
  // Another Briefpack is running on this data folder: it has been told (second-instance) and
  // focuses its window.
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
  console.log(`${RUNNING_LINE} Data folder: ${dataDir}`)
  denyAllPermissions()
  app.setAboutPanelOptions({
    applicationName: 'Briefpack',
    applicationVersion: app.getVersion(),
    iconPath: layout.iconPath,
  })
  // Both before the window loads: its page comes from the app scheme, and without a menu of our
  // own Electron's default (with Reload) would apply.
  if (page.kind === 'bundled') serveAppScheme(page.rendererDir)
  installApplicationMenu({
    platform: process.platform,
    packaged: app.isPackaged,
    actions: { send: sendCommand, showDataFolder: () => void openPath(dataDir) },
  })
  const services = await composeServices({
    articlesDir: layout.articlesDir,
    dataDir,
    delivery: {
      choose: (fileName) => choosePackPath(mainWindow, fileName, app.getPath('documents')),
      open: openPath,
      reveal: async (path) => shell.showItemInFolder(path),
    },
    shell: desktopShell(),
  })
  registerIpc(services.handlers, isTrusted)
  guardWindow = guardQuit({
    services,
    flusher: createRendererFlusher({ timeoutMs: RENDERER_FLUSH_MS, isTrustedSender: isTrusted }),
    reopen: openMainWindow,
  }).guardWindow
  openMainWindow()
  // macOS keeps the app alive with no window; clicking the dock icon should bring one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
}

function openMainWindow(): void {
  const window = createMainWindow({
    preloadPath: layout.preloadPath,
    page,
    iconPath: layout.iconPath,
    stateFile: join(sessionDataDir(dataDir), 'window-state.json'),
  })
  guardWindow(window)
  window.webContents.on('context-menu', (_event, params) =>
    popupContextMenu(params, contextMenuActions(window.webContents)),
  )
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
}

/** The page's find and the system clipboard, for the contract's desktop-only calls. */
function desktopShell(): HostShell {
  return {
    findInPage: async (request) =>
      mainWindow ? findInPage(mainWindow.webContents, request) : { matches: 0, activeMatch: 0 },
    stopFindInPage: (end) => {
      if (mainWindow) stopFindInPage(mainWindow.webContents, end)
    },
    writeClipboard: (content) =>
      clipboard.write([
        new ClipboardItem({
          'text/plain': content.text,
          ...(content.html === undefined ? {} : { 'text/html': content.html }),
        }),
      ]),
  }
}

function contextMenuActions(contents: WebContents): ContextMenuActions {
  return {
    send: sendCommand,
    replaceMisspelling: (word) => contents.replaceMisspelling(word),
    openLink: openInBrowser,
    copyText: (text) => void clipboard.writeText(text),
  }
}

/** A menu command for the page; with no window open (macOS), open one instead. */
function sendCommand(command: AppCommand): void {
  if (!mainWindow) return openMainWindow()
  focusMainWindow()
  mainWindow.webContents.send(DESKTOP_CHANNELS.command, command)
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

/** Open a file or folder as the system would (a pack in the PDF viewer, a folder in its file manager). */
async function openPath(path: string): Promise<void> {
  const problem = await shell.openPath(path)
  if (problem) throw new Error(problem)
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
    if (isTrusted(event.url)) return
    event.preventDefault()
    openInBrowser(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (!isTrusted(event.url)) event.preventDefault()
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
