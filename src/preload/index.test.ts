import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../shared/contract'
import { DESKTOP_CHANNELS, type DesktopBridge } from '../shared/desktop'
import type { FakeElectron } from '../../test-support/electron/fake-electron'

vi.mock('electron', async () =>
  (await import('../../test-support/electron/fake-electron')).createFakeElectron(),
)

let electron: FakeElectron
let desktop: DesktopBridge

beforeAll(async () => {
  electron = (await import('electron')) as unknown as FakeElectron
  await import('./index')
  desktop = electron.exposed.get('desktop') as DesktopBridge
})

describe('the preload', () => {
  it('exposes one function per contract channel as window.api, and the desktop bridge', async () => {
    expect([...electron.exposed.keys()]).toEqual(['api', 'desktop'])
    const api = electron.exposed.get('api') as Record<string, (...args: unknown[]) => unknown>
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort())
    await api['articles:get']!('003_d19da5c6ad6d0496')
    expect(electron.ipcRenderer.invoked).toEqual([
      { channel: 'articles:get', args: ['003_d19da5c6ad6d0496'] },
    ])
    expect(Object.keys(desktop).sort()).toEqual(['onCommand', 'onFlushRequest'])
  })

  it('hands the page only the names of known commands, until it unsubscribes', () => {
    const heard: string[] = []
    const stop = desktop.onCommand((command) => heard.push(command))
    electron.ipcRenderer.emit(DESKTOP_CHANNELS.command, {}, 'find')
    electron.ipcRenderer.emit(DESKTOP_CHANNELS.command, {}, 'format-disk')
    electron.ipcRenderer.emit(DESKTOP_CHANNELS.command, {}, { toString: () => 'find' })
    stop()
    electron.ipcRenderer.emit(DESKTOP_CHANNELS.command, {}, 'note')
    expect(heard).toEqual(['find'])
  })

  it('answers a flush request once the page’s flush settles, failed or not', async () => {
    let release: () => void = () => {}
    const stop = desktop.onFlushRequest(() => new Promise<void>((resolve) => (release = resolve)))
    electron.ipcRenderer.emit(DESKTOP_CHANNELS.flushRequest, {}, 7)
    await Promise.resolve()
    expect(electron.ipcRenderer.sentToMain).toEqual([])
    release()
    await vi.waitFor(() =>
      expect(electron.ipcRenderer.sentToMain).toEqual([
        { channel: DESKTOP_CHANNELS.flushDone, args: [7] },
      ]),
    )
    stop()
    const failing = desktop.onFlushRequest(() => Promise.reject(new Error('disk full')))
    electron.ipcRenderer.emit(DESKTOP_CHANNELS.flushRequest, {}, 8)
    await vi.waitFor(() => expect(electron.ipcRenderer.sentToMain).toHaveLength(2))
    failing()
  })
})
