import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vi } from 'vitest'
import { DESKTOP_CHANNELS } from '../../src/shared/desktop'
import type { WireResult } from '../../src/shared/errors'
import {
  createFakeElectron,
  type FakeContents,
  type FakeElectron,
  type FakeWindow,
} from './fake-electron'

/** Where Chromium says the app's page is, as main sees it in IPC events. */
export const APP_FRAME = 'app://briefpack/index.html#/'

/** The desktop app's main process, started on the fake electron with a data folder of its own. */
export interface LaunchedApp {
  electron: FakeElectron
  window: FakeWindow
  page: FakeContents
  dataDir: string
  /** Call a contract channel as the app's page would (or as `frameUrl` would). */
  call<T>(channel: string, ...args: unknown[]): Promise<WireResult<T>>
  callFrom<T>(frameUrl: string | null, channel: string, ...args: unknown[]): Promise<WireResult<T>>
  /** Answer main's flush requests as the page does: run `beforeAnswer`, then say done. */
  answerFlushes(beforeAnswer?: () => Promise<void>): void
  /** Quit (answering flushes) if the test has not ended the app, then remove the data folder. */
  cleanUp(): Promise<void>
}

/**
 * Run `src/main/index.ts` as Electron would load it, on a fresh fake `electron` module and a
 * fresh module registry, with `--data dataDir` on the command line; `ready` is not emitted yet.
 */
export async function importDesktopMain(
  dataDir: string,
  beforeImport: (electron: FakeElectron) => void = () => {},
): Promise<FakeElectron> {
  vi.resetModules()
  const electron = createFakeElectron()
  vi.doMock('electron', () => electron)
  beforeImport(electron)
  const argv = process.argv
  process.argv = [...argv, '--data', dataDir]
  try {
    await import('../../src/main/index')
  } finally {
    process.argv = argv
  }
  return electron
}

/**
 * Start the desktop app's main process on the fake `electron` (see `importDesktopMain`) with a
 * data folder of its own: `ready`, and the first window. The page answers flush requests at once
 * unless a test says otherwise.
 */
export async function launchDesktopApp(): Promise<LaunchedApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'briefpack-desktop-'))
  const electron = await importDesktopMain(dataDir)
  const opened = electron.nextWindow()
  electron.app.ready()
  const window = await opened
  const page = window.webContents
  const callFrom = <T>(frameUrl: string | null, channel: string, ...args: unknown[]) =>
    electron.ipcMain.invoke(channel, { sender: page, frameUrl }, ...args) as Promise<WireResult<T>>
  const launched: LaunchedApp = {
    electron,
    window,
    page,
    dataDir,
    call: (channel, ...args) => callFrom(APP_FRAME, channel, ...args),
    callFrom,
    answerFlushes: (beforeAnswer) => answerFlushes(electron, page, beforeAnswer),
    async cleanUp() {
      if (electron.app.exitCode === null) {
        for (const open of electron.BrowserWindow.getAllWindows()) {
          answerFlushes(electron, open.webContents)
        }
        electron.dialog.answers = [1, 1, 1] // quit anyway, if asked
        electron.app.quit()
        await electron.app.finished()
      }
      await rm(dataDir, { recursive: true, force: true })
    },
  }
  launched.answerFlushes()
  return launched
}

/** Make `page` answer main's flush requests as the renderer does: run `beforeAnswer`, then say done. */
export function answerFlushes(
  electron: FakeElectron,
  page: FakeContents,
  beforeAnswer: () => Promise<void> = async () => {},
): void {
  page.onMessage = (channel, id) => {
    if (channel !== DESKTOP_CHANNELS.flushRequest) return
    void beforeAnswer().then(() =>
      electron.ipcMain.sendFrom(
        DESKTOP_CHANNELS.flushDone,
        { sender: page, frameUrl: APP_FRAME },
        id,
      ),
    )
  }
}
