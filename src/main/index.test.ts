import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../shared/contract'
import { DESKTOP_CHANNELS } from '../shared/desktop'
import type { Annotation } from '../shared/model/annotation'
import type { Article } from '../shared/model/article'
import { NEWS_ID } from '../../test-support/articles'
import {
  answerFlushes,
  importDesktopMain,
  launchDesktopApp,
  type LaunchedApp,
} from '../../test-support/electron/desktop-app'
import { draftFor } from '../../test-support/workspace'

// The desktop app's main process, composed as Electron runs it, on a recording stand-in for the
// `electron` module (the real one is only a path to a binary under Node): see launchDesktopApp.

let launched: LaunchedApp | null = null
const launch = async () => (launched = await launchDesktopApp())

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(async () => {
  await launched?.cleanUp()
  launched = null
  vi.restoreAllMocks()
})

/** Highlight a passage of the news article through IPC, as the page does. */
async function highlight(app: LaunchedApp): Promise<Annotation> {
  const article = await app.call<Article>('articles:get', NEWS_ID)
  if (!article.ok) throw new Error('the news article did not load')
  const words = article.value.text.slice(0, 40)
  const created = await app.call<Annotation>('annotations:create', draftFor(article.value, words))
  if (!created.ok) throw new Error(created.error.message)
  return created.value
}

const savedNote = async (app: LaunchedApp, id: string) => {
  const file = JSON.parse(await readFile(join(app.dataDir, 'briefpack.json'), 'utf8')) as {
    annotations: Annotation[]
  }
  return file.annotations.find((annotation) => annotation.id === id)?.note
}

describe('starting the desktop app', () => {
  it('keeps Chromium’s files in a subfolder of the student’s data folder', async () => {
    const app = await launch()
    expect(app.electron.app.paths.get('userData')).toBe(app.dataDir)
    expect(app.electron.app.paths.get('sessionData')).toBe(join(app.dataDir, 'Session'))
    expect(app.electron.app.paths.get('crashDumps')).toBe(join(app.dataDir, 'Session', 'Crashpad'))
    // What scripts/electron-launch.mjs waits for to know Electron could start (RUNNING_LINE).
    expect(console.log).toHaveBeenCalledWith(`Briefpack is running. Data folder: ${app.dataDir}`)
  })

  it('sets up the app scheme and the menu before the window loads its page from it', async () => {
    const app = await launch()
    const { log, protocol } = app.electron
    const at = (entry: string) => log.indexOf(entry)
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ])
    expect(at('protocol.registerSchemesAsPrivileged')).toBeLessThan(at('app.ready'))
    expect(at('app.ready')).toBeLessThan(at('protocol.handle:app'))
    expect(at('protocol.handle:app')).toBeLessThan(at('window.loadURL:app://briefpack/index.html'))
    expect(at('Menu.setApplicationMenu')).toBeLessThan(
      at('window.loadURL:app://briefpack/index.html'),
    )
    expect(app.window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
  })

  it('registers every channel of the contract', async () => {
    const app = await launch()
    expect([...app.electron.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('answers the app page and refuses any other sender, a Windows file URL included', async () => {
    const app = await launch()
    expect(await app.call('articles:list')).toMatchObject({ ok: true })
    expect(
      await app.callFrom('app://briefpack/index.html?x=1#/codebook', 'articles:list'),
    ).toMatchObject({ ok: true })
    for (const frame of [
      'file:///C:/Users/Sam%20[Uni]/AppData/Local/Programs/Briefpack/resources/app.asar/out/renderer/index.html',
      'file:///opt/Briefpack/resources/app.asar/out/renderer/index.html',
      'https://briefpack/index.html',
      'app://briefpack.evil.example/index.html',
      null,
    ]) {
      await expect(app.callFrom(frame, 'articles:list'), String(frame)).rejects.toThrow(/Refused/)
    }
  })

  it('focuses its window when Briefpack is started a second time', async () => {
    const app = await launch()
    app.window.minimized = true
    app.electron.app.emit('second-instance', {}, ['briefpack'], '/')
    expect(app.window.minimized).toBe(false)
    expect(app.window.visible && app.window.focused).toBe(true)
  })

  it('quits at once when another Briefpack already has the data folder', async () => {
    const electron = await importDesktopMain(tmpdir(), (fake) => (fake.app.singleInstance = false))
    expect(electron.app.exitCode).toBe(0)
    expect(electron.log).not.toContain('new BrowserWindow')
  })

  it('keeps the page on the app: web links open in the browser, nothing else opens', async () => {
    const app = await launch()
    const { page, electron } = app
    const navigate = (url: string) => {
      const event = { url, defaultPrevented: false, preventDefault: () => {} }
      event.preventDefault = () => void (event.defaultPrevented = true)
      page.emit('will-navigate', event)
      return event.defaultPrevented
    }
    expect(navigate('app://briefpack/index.html#/overview')).toBe(false)
    expect(navigate('https://www.communitycare.co.uk/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(page.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(electron.shell.opened).toEqual([
      'external:https://www.communitycare.co.uk/',
      'external:https://example.org/',
    ])
  })
})

describe('quitting', () => {
  it('saves the note being typed first, then closes the store, after the window closes', async () => {
    const app = await launch()
    const annotation = await highlight(app)
    // The page still holds a debounced note: it sends it only when asked to flush.
    app.answerFlushes(async () => {
      const saved = await app.call('annotations:update', annotation.id, { note: 'Who decides?' })
      expect(saved).toMatchObject({ ok: true })
    })
    app.electron.app.quit()
    expect(await app.electron.app.finished()).toBe(0)

    const { log } = app.electron
    const at = (entry: string) => log.indexOf(entry)
    expect(at(`webContents.send:${DESKTOP_CHANNELS.flushRequest}`)).toBeGreaterThan(-1)
    expect(at(`webContents.send:${DESKTOP_CHANNELS.flushRequest}`)).toBeLessThan(
      at('window.closed'),
    )
    expect(at('window.closed')).toBeLessThan(at('app.will-quit'))
    expect(await savedNote(app, annotation.id)).toBe('Who decides?')
    // The store was closed: the data folder's lock is released.
    expect(existsSync(join(app.dataDir, 'briefpack.lock'))).toBe(false)
    // And the window's place is remembered, beside Chromium's files.
    const state = JSON.parse(
      await readFile(join(app.dataDir, 'Session', 'window-state.json'), 'utf8'),
    )
    expect(state).toMatchObject({ width: app.window.options.width, maximized: false })
  })

  it('saves the page’s edits when the window’s close button ends the app', async () => {
    const app = await launch()
    const annotation = await highlight(app)
    app.answerFlushes(async () => {
      await app.call('annotations:update', annotation.id, { note: 'Closed by the button' })
    })
    app.window.close()
    expect(await app.electron.app.finished()).toBe(0)
    expect(await savedNote(app, annotation.id)).toBe('Closed by the button')
  })

  it('does not wait for a page that crashed', async () => {
    const app = await launch()
    app.page.onMessage = () => {} // a crashed page answers nothing
    app.page.crashed = true
    app.electron.app.quit()
    expect(await app.electron.app.finished()).toBe(0)
  })

  it('asks before losing changes that cannot be saved, and keeps them while the student stays', async () => {
    const app = await launch()
    const annotation = await highlight(app)
    // From now on every write fails: the file's place is taken by a folder.
    const file = join(app.dataDir, 'briefpack.json')
    await rm(file)
    await mkdir(join(file, 'in-the-way'), { recursive: true })
    await app.call('annotations:update', annotation.id, { note: 'Not on disk yet' })

    app.electron.dialog.answers = [0] // Keep Briefpack open
    const reopened = app.electron.nextWindow()
    app.electron.app.quit()
    const second = await reopened
    const question = app.electron.dialog.shown.find((shown) => shown.kind === 'message')
    expect(question?.options).toMatchObject({
      buttons: ['Keep Briefpack open', 'Quit anyway'],
      defaultId: 0,
      cancelId: 0,
      message: 'One change could not be saved',
    })
    expect(String(question?.options.detail)).toContain(app.dataDir)
    expect(app.electron.app.exitCode).toBeNull()

    // The student frees the place; Briefpack still has the change and saves it on the way out.
    await rm(file, { recursive: true })
    answerFlushes(app.electron, second.webContents)
    app.electron.dialog.answers = [1] // Quit anyway (the last try then succeeds)
    app.electron.app.quit()
    expect(await app.electron.app.finished()).toBe(0)
    expect(await savedNote(app, annotation.id)).toBe('Not on disk yet')
  })

  it('quits anyway on request, saying what was lost, with a failing exit code', async () => {
    const app = await launch()
    const annotation = await highlight(app)
    const file = join(app.dataDir, 'briefpack.json')
    await rm(file)
    await mkdir(join(file, 'in-the-way'), { recursive: true })
    await app.call('annotations:update', annotation.id, { note: 'Lost' })
    app.electron.dialog.answers = [1]
    app.electron.app.quit()
    expect(await app.electron.app.finished()).toBe(1)
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/one change not saved in/))
  })

  it('saves without asking when the system shuts down', async () => {
    const app = await launch()
    const annotation = await highlight(app)
    app.answerFlushes(async () => {
      await app.call('annotations:update', annotation.id, { note: 'Before shutdown' })
    })
    expect(app.electron.powerMonitor.fire('shutdown').defaultPrevented).toBe(true)
    expect(await app.electron.app.finished()).toBe(0)
    expect(app.electron.dialog.shown).toEqual([])
    expect(await savedNote(app, annotation.id)).toBe('Before shutdown')
  })

  it('quits without asking at a Windows log-off, even with changes it could not save', async () => {
    const app = await launch()
    const annotation = await highlight(app)
    const file = join(app.dataDir, 'briefpack.json')
    await rm(file)
    await mkdir(join(file, 'in-the-way'), { recursive: true })
    await app.call('annotations:update', annotation.id, { note: 'Lost at log-off' })
    app.window.emit('session-end', { reasons: ['logoff'] })
    expect(await app.electron.app.finished()).toBe(1)
    expect(app.electron.dialog.shown).toEqual([])
  })
})

describe('the window', () => {
  it('offers a reload when its page crashes, and when it hangs until it answers again', async () => {
    const app = await launch()
    app.electron.dialog.answers = [0]
    app.page.fire('render-process-gone', { reason: 'oom', exitCode: 1 })
    await vi.waitFor(() => expect(app.page.reloads).toBe(1))
    expect(app.electron.log).toContain('dialog.showMessageBox:Briefpack’s page stopped working')

    app.page.emit('unresponsive')
    const hung = app.electron.dialog.shown.at(-1)!.options
    expect(hung.buttons).toEqual(['Wait', 'Reload'])
    const signal = hung.signal as AbortSignal
    expect(signal.aborted).toBe(false)
    app.page.emit('responsive')
    expect(signal.aborted).toBe(true)
  })

  it('zooms with Ctrl+wheel, within limits', async () => {
    const app = await launch()
    app.page.fire('zoom-changed', 'in')
    expect(app.page.zoomLevel).toBe(0.5)
    for (let i = 0; i < 20; i += 1) app.page.fire('zoom-changed', 'out')
    expect(app.page.zoomLevel).toBe(-3)
  })

  it('opens where it was closed', async () => {
    const app = await launch()
    await mkdir(join(app.dataDir, 'Session'), { recursive: true })
    await writeFile(
      join(app.dataDir, 'Session', 'window-state.json'),
      JSON.stringify({ x: 100, y: 80, width: 1000, height: 700, maximized: true }),
    )
    app.window.destroy()
    const reopened = app.electron.nextWindow()
    app.electron.app.emit('activate')
    const second = await reopened
    expect(second.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 })
  })
})

describe('menus', () => {
  type Item = { label?: string; role?: string; click?: () => void; submenu?: Item[] }
  const items = (template: Item[]): Item[] =>
    template.flatMap((item) => [item, ...items(item.submenu ?? [])])

  it('sends the page the command a menu item names', async () => {
    const app = await launch()
    const menu = items(app.electron.Menu.applicationMenu!.template as Item[])
    menu.find((item) => item.label === 'Find…')!.click!()
    menu.find((item) => item.label === 'Export Briefing Pack…')!.click!()
    expect(app.page.sent.filter((m) => m.channel === DESKTOP_CHANNELS.command)).toEqual([
      { channel: DESKTOP_CHANNELS.command, args: ['find'] },
      { channel: DESKTOP_CHANNELS.command, args: ['export-briefing'] },
    ])
    menu.find((item) => item.label === 'Show Data Folder')!.click!()
    expect(app.electron.shell.opened).toContain(`path:${app.dataDir}`)
  })

  it('offers copying and annotating on selected text, and sends what is chosen', async () => {
    const app = await launch()
    app.page.fire('context-menu', {
      isEditable: false,
      selectionText: 'integration',
      linkURL: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: { canCut: false, canCopy: true, canPaste: false },
    })
    const menu = app.electron.Menu.popups[0] as Item[]
    expect(menu.map((item) => item.label ?? item.role)).toContain('Copy with Citation')
    menu.find((item) => item.label === 'Highlight')!.click!()
    expect(app.page.sent.at(-1)).toEqual({ channel: DESKTOP_CHANNELS.command, args: ['highlight'] })
  })
})

describe('the desktop-only calls', () => {
  it('finds in the page with Chromium’s find and answers with its final count', async () => {
    const app = await launch()
    const found = app.call('page:find', { text: 'Dorset', forward: true, newSearch: true })
    const [request] = app.page.finds
    expect(request).toMatchObject({ text: 'Dorset', options: { findNext: true, forward: true } })
    app.page.fire('found-in-page', {
      requestId: 99,
      matches: 1,
      activeMatchOrdinal: 1,
      finalUpdate: true,
    })
    app.page.fire('found-in-page', {
      requestId: request!.requestId,
      matches: 2,
      activeMatchOrdinal: 1,
      finalUpdate: false,
    })
    app.page.fire('found-in-page', {
      requestId: request!.requestId,
      matches: 3,
      activeMatchOrdinal: 1,
      finalUpdate: true,
    })
    expect(await found).toEqual({ ok: true, value: { matches: 3, activeMatch: 1 } })
    expect(await app.call('page:stop-find', 'activate-selection')).toEqual({
      ok: true,
      value: null,
    })
    expect(app.page.stoppedFind).toBe('activateSelection')
  })

  it('writes text and HTML to the system clipboard', async () => {
    const app = await launch()
    const content = { text: '“Quote” (Author, para. 3)', html: '<q>Quote</q> (Author, para. 3)' }
    expect(await app.call('clipboard:write', content)).toEqual({ ok: true, value: null })
    expect(app.electron.clipboard.written).toEqual([
      { 'text/plain': content.text, 'text/html': content.html },
    ])
  })
})
