import { afterEach, describe, expect, it, vi } from 'vitest'
import { ipcMain, BrowserWindow } from 'electron'
import { DESKTOP_CHANNELS } from '../shared/desktop'
import type { FakeElectron } from '../../test-support/electron/fake-electron'
import { createRendererFlusher } from './renderer-flush'

vi.mock('electron', async () =>
  (await import('../../test-support/electron/fake-electron')).createFakeElectron(),
)

const fakeIpc = ipcMain as unknown as FakeElectron['ipcMain']
const APP = 'app://briefpack/index.html'
const trusted = (url: string) => url.startsWith('app://briefpack/')
const page = () => new (BrowserWindow as unknown as FakeElectron['BrowserWindow'])({}).webContents

afterEach(() => vi.useRealTimers())

describe('createRendererFlusher', () => {
  it('asks the page and resolves once that page, from the app, says it is done', async () => {
    const flusher = createRendererFlusher({ timeoutMs: 1000, isTrustedSender: trusted })
    const contents = page()
    const other = page()
    const outcome = flusher.flush(contents as never)
    const [request] = contents.sent
    expect(request?.channel).toBe(DESKTOP_CHANNELS.flushRequest)
    const id = request!.args[0]
    // Answers from another page, from an untrusted frame, or for another request do not count.
    fakeIpc.sendFrom(DESKTOP_CHANNELS.flushDone, { sender: other, frameUrl: APP }, id)
    fakeIpc.sendFrom(DESKTOP_CHANNELS.flushDone, { sender: contents, frameUrl: 'https://x/' }, id)
    fakeIpc.sendFrom(DESKTOP_CHANNELS.flushDone, { sender: contents, frameUrl: APP }, 12345)
    let settled = false
    void outcome.then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    fakeIpc.sendFrom(DESKTOP_CHANNELS.flushDone, { sender: contents, frameUrl: APP }, id)
    expect(await outcome).toBe('flushed')
    flusher.dispose()
  })

  it('stops waiting for a page that does not answer, or that goes away', async () => {
    vi.useFakeTimers()
    const flusher = createRendererFlusher({ timeoutMs: 3000, isTrustedSender: trusted })
    const hung = flusher.flush(page() as never)
    await vi.advanceTimersByTimeAsync(3000)
    expect(await hung).toBe('timed-out')

    const closing = page()
    const gone = flusher.flush(closing as never)
    closing.destroy()
    expect(await gone).toBe('gone')
    const crashed = page()
    crashed.crashed = true
    expect(await flusher.flush(crashed as never)).toBe('gone')
    expect(crashed.sent).toEqual([])
    flusher.dispose()
  })
})
