import { tmpdir } from 'node:os'

type Listener = (...args: any[]) => void // eslint-disable-line @typescript-eslint/no-explicit-any

/** Node's EventEmitter, as much of it as Electron's objects are used for (and nameable in types). */
class EventEmitter {
  readonly listeners = new Map<string, Listener[]>()
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }
  once(name: string, listener: Listener): this {
    const once: Listener = (...args) => {
      this.off(name, once)
      listener(...args)
    }
    return this.on(name, Object.assign(once, { original: listener }))
  }
  off(name: string, listener: Listener): this {
    const kept = (this.listeners.get(name) ?? []).filter(
      (each) => each !== listener && (each as { original?: Listener }).original !== listener,
    )
    this.listeners.set(name, kept)
    return this
  }
  emit(name: string, ...args: unknown[]): boolean {
    const current = this.listeners.get(name) ?? []
    for (const listener of current) listener(...args)
    return current.length > 0
  }
  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0
  }
}

/**
 * A recording stand-in for the `electron` module, for testing the main process in Node (the real
 * package only resolves to a binary's path there). It keeps Electron's documented rules where the
 * shell depends on them: schemes are made privileged only before `ready` and handled only after;
 * `app.quit()` emits `before-quit`, then tries to close every window (a prevented `close` cancels
 * the quit), then `will-quit`; a quit does not emit `window-all-closed`. Every call that matters
 * for order is written to `log`.
 *
 * Use it with `vi.mock('electron', () => createFakeElectron())`, and after `vi.resetModules()`
 * get the instance with `await import('electron')`.
 */
export function createFakeElectron() {
  const log: string[] = []
  let ready = false
  let quitting = false
  let markReady: () => void = () => {}
  const whenReady = new Promise<void>((resolve) => (markReady = resolve))
  let finish: (code: number) => void = () => {}
  const finished = new Promise<number>((resolve) => (finish = resolve))
  const windowWaiters: ((window: FakeBrowserWindow) => void)[] = []
  const windows: FakeBrowserWindow[] = []

  /** An Electron event: listeners may prevent the default. */
  class FakeEvent {
    defaultPrevented = false
    constructor(fields: Record<string, unknown> = {}) {
      Object.assign(this, fields)
    }
    preventDefault() {
      this.defaultPrevented = true
    }
  }

  class FakeWebContents extends EventEmitter {
    static nextId = 1
    readonly id = FakeWebContents.nextId++
    url = ''
    destroyed = false
    crashed = false
    zoomLevel = 0
    readonly sent: { channel: string; args: unknown[] }[] = []
    /** What the page does with a message from main (tests play the renderer here). */
    onMessage: (channel: string, ...args: unknown[]) => void = () => {}
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
    readonly finds: { text: string; options: unknown; requestId: number }[] = []
    stoppedFind: string | null = null
    reloads = 0
    send(channel: string, ...args: unknown[]) {
      log.push(`webContents.send:${channel}`)
      this.sent.push({ channel, args })
      this.onMessage(channel, ...args)
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler
    }
    findInPage(text: string, options: unknown) {
      const requestId = this.finds.length + 1
      this.finds.push({ text, options, requestId })
      return requestId
    }
    stopFindInPage(action: string) {
      this.stoppedFind = action
    }
    getZoomLevel = () => this.zoomLevel
    setZoomLevel = (level: number) => void (this.zoomLevel = level)
    reload = () => void (this.reloads += 1)
    forcefullyCrashRenderer = () => void log.push('webContents.forcefullyCrashRenderer')
    replaceMisspelling = (word: string) => void log.push(`webContents.replaceMisspelling:${word}`)
    isDestroyed = () => this.destroyed
    isCrashed = () => this.crashed
    destroy() {
      this.destroyed = true
      this.emit('destroyed')
    }
    /** Emit an Electron event (first argument an Event) and return it. */
    fire(name: string, ...args: unknown[]) {
      const event = new FakeEvent()
      this.emit(name, event, ...args)
      return event
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents()
    destroyed = false
    minimized = false
    maximized = false
    visible = false
    focused = false
    constructor(readonly options: Record<string, unknown>) {
      super()
      log.push('new BrowserWindow')
      windows.push(this)
      app.emit('web-contents-created', new FakeEvent(), this.webContents)
      for (const resolve of windowWaiters.splice(0)) resolve(this)
    }
    static getAllWindows = () => windows.filter((window) => !window.destroyed)
    async loadURL(url: string) {
      log.push(`window.loadURL:${url}`)
      this.webContents.url = url
    }
    show = () => void (this.visible = true)
    focus = () => void (this.focused = true)
    restore = () => void (this.minimized = false)
    isMinimized = () => this.minimized
    maximize = () => void (this.maximized = true)
    isMaximized = () => this.maximized
    isDestroyed = () => this.destroyed
    setBackgroundColor = () => {}
    getNormalBounds = () => ({
      x: (this.options.x as number) ?? 10,
      y: (this.options.y as number) ?? 20,
      width: this.options.width as number,
      height: this.options.height as number,
    })
    /** As the close button does: `close` may be prevented; otherwise the window goes. */
    close() {
      if (this.destroyed) return
      const event = new FakeEvent()
      this.emit('close', event)
      if (event.defaultPrevented) return
      this.destroy()
      if (!quitting && FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed')
    }
    destroy() {
      if (this.destroyed) return
      this.destroyed = true
      log.push('window.closed')
      this.webContents.destroy()
      this.emit('closed')
    }
    /** Emit an Electron event on the window and return it. */
    fire(name: string, ...args: unknown[]) {
      const event = new FakeEvent()
      this.emit(name, event, ...args)
      return event
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    paths: new Map<string, string>([['documents', tmpdir()]]),
    switches: [] as string[],
    singleInstance: true,
    exitCode: null as number | null,
    appUserModelId: null as string | null,
    commandLine: { appendSwitch: (name: string) => void app.switches.push(name) },
    setPath(name: string, path: string) {
      if (ready && name === 'sessionData') throw new Error('sessionData must be set before ready')
      log.push(`app.setPath:${name}`)
      app.paths.set(name, path)
    },
    getPath: (name: string) => app.paths.get(name) ?? tmpdir(),
    getAppPath: () => process.cwd(),
    getVersion: () => '0.1.0',
    setAppUserModelId: (id: string) => void (app.appUserModelId = id),
    setAboutPanelOptions: () => {},
    requestSingleInstanceLock: () => app.singleInstance,
    whenReady: () => whenReady,
    /** Play Electron becoming ready. */
    ready() {
      ready = true
      log.push('app.ready')
      app.emit('ready')
      markReady()
    },
    /** Resolves with the exit code once the app has quit or exited. */
    finished: () => finished,
    quit() {
      log.push('app.quit')
      if (app.exitCode !== null) return
      if (app.fire('before-quit').defaultPrevented) return
      quitting = true
      for (const window of FakeBrowserWindow.getAllWindows()) {
        window.close()
        if (!window.destroyed) {
          // A window that refused to close cancels the quit.
          quitting = false
          return
        }
      }
      quitting = false
      log.push('app.will-quit')
      if (app.fire('will-quit').defaultPrevented) return
      app.emit('quit')
      app.exitCode = 0
      log.push('app.quit-finished')
      finish(0)
    },
    exit(code = 0) {
      log.push(`app.exit:${code}`)
      app.exitCode = code
      for (const window of FakeBrowserWindow.getAllWindows()) window.destroy()
      finish(code)
    },
    fire(name: string, ...args: unknown[]) {
      const event = new FakeEvent()
      app.emit(name, event, ...args)
      return event
    },
  })

  /** The handlers main registered, called as the renderer's IPC would call them. */
  const ipcMain = Object.assign(new EventEmitter(), {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) {
      ipcMain.handlers.set(channel, handler)
    },
    removeHandler: (channel: string) => void ipcMain.handlers.delete(channel),
    /** `ipcRenderer.invoke` from a frame at `frameUrl` of `sender`. */
    async invoke(
      channel: string,
      from: { sender: FakeWebContents; frameUrl: string | null },
      ...args: unknown[]
    ) {
      const handler = ipcMain.handlers.get(channel)
      if (!handler) throw new Error(`No handler for ${channel}`)
      const event = {
        sender: from.sender,
        senderFrame: from.frameUrl === null ? null : { url: from.frameUrl },
      }
      return handler(event, ...args)
    },
    /** `ipcRenderer.send` from a frame at `frameUrl` of `sender`. */
    sendFrom(
      channel: string,
      from: { sender: FakeWebContents; frameUrl: string | null },
      ...args: unknown[]
    ) {
      const event = {
        sender: from.sender,
        senderFrame: from.frameUrl === null ? null : { url: from.frameUrl },
      }
      ipcMain.emit(channel, event, ...args)
    },
  })

  const dialog = {
    shown: [] as { kind: string; options: Record<string, unknown> }[],
    /** The button index each message box answers with, in turn (0 once they run out). */
    answers: [] as number[],
    /** What the next save dialog returns. */
    saveAnswer: { canceled: true, filePath: '' },
    async showMessageBox(...args: unknown[]) {
      const options = args[args.length - 1] as Record<string, unknown>
      log.push(`dialog.showMessageBox:${String(options.message)}`)
      dialog.shown.push({ kind: 'message', options })
      return { response: dialog.answers.shift() ?? 0, checkboxChecked: false }
    },
    async showSaveDialog(...args: unknown[]) {
      const options = args[args.length - 1] as Record<string, unknown>
      dialog.shown.push({ kind: 'save', options })
      return dialog.saveAnswer
    },
    showErrorBox(title: string, content: string) {
      log.push(`dialog.showErrorBox:${title}`)
      dialog.shown.push({ kind: 'error', options: { title, content } })
    },
  }

  type Template = Record<string, unknown>[]
  const Menu = {
    applicationMenu: null as { template: Template } | null,
    popups: [] as Template[],
    buildFromTemplate: (template: Template) => ({
      template,
      popup: () => void Menu.popups.push(template),
    }),
    setApplicationMenu(menu: { template: Template }) {
      log.push('Menu.setApplicationMenu')
      Menu.applicationMenu = menu
    },
  }

  const protocol = {
    privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(
      schemes: { scheme: string; privileges: Record<string, boolean> }[],
    ) {
      if (ready) throw new Error('registerSchemesAsPrivileged can only be called before ready')
      log.push('protocol.registerSchemesAsPrivileged')
      protocol.privileged.push(...schemes)
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      if (!ready) throw new Error('protocol.handle needs the app to be ready')
      log.push(`protocol.handle:${scheme}`)
      protocol.handlers.set(scheme, handler)
    },
  }

  const permissions = { request: null as unknown, check: null as unknown, device: null as unknown }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: unknown) => void (permissions.request = handler),
      setPermissionCheckHandler: (handler: unknown) => void (permissions.check = handler),
      setDevicePermissionHandler: (handler: unknown) => void (permissions.device = handler),
    },
  }

  const shell = {
    opened: [] as string[],
    async openExternal(url: string) {
      shell.opened.push(`external:${url}`)
    },
    async openPath(path: string) {
      shell.opened.push(`path:${path}`)
      return ''
    },
    showItemInFolder: (path: string) => void shell.opened.push(`folder:${path}`),
  }

  class ClipboardItem {
    constructor(readonly items: Record<string, string>) {}
  }
  const clipboard = {
    written: [] as Record<string, string>[],
    async write(items: ClipboardItem[]) {
      clipboard.written.push(...items.map((item) => item.items))
    },
    async writeText(text: string) {
      clipboard.written.push({ 'text/plain': text })
    },
  }

  const screen = {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  }
  const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false })
  const powerMonitor = Object.assign(new EventEmitter(), {
    fire(name: string) {
      const event = new FakeEvent()
      powerMonitor.emit(name, event)
      return event
    },
  })

  // The preload's side, for testing src/preload on its own.
  const exposed = new Map<string, unknown>()
  const contextBridge = {
    exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value),
  }
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoked: [] as { channel: string; args: unknown[] }[],
    sentToMain: [] as { channel: string; args: unknown[] }[],
    async invoke(channel: string, ...args: unknown[]) {
      ipcRenderer.invoked.push({ channel, args })
      return { ok: true, value: null }
    },
    send: (channel: string, ...args: unknown[]) =>
      void ipcRenderer.sentToMain.push({ channel, args }),
  })

  return {
    log,
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    dialog,
    Menu,
    protocol,
    session,
    permissions,
    shell,
    clipboard,
    ClipboardItem,
    screen,
    nativeTheme,
    powerMonitor,
    contextBridge,
    exposed,
    ipcRenderer,
    /** Resolves with the next window main opens. */
    nextWindow: () => new Promise<FakeBrowserWindow>((resolve) => windowWaiters.push(resolve)),
    windows,
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
export type FakeWindow = InstanceType<FakeElectron['BrowserWindow']>
export type FakeContents = FakeWindow['webContents']
