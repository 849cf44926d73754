import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../shared/contract'
import type { ArticleSummary } from '../shared/model/article'
import { registerIpc } from './ipc'
import { fakeHandlers } from '../../test-support/fake-handlers'
import type { Handlers } from './services'

type Listener = (event: unknown, ...args: unknown[]) => unknown

// The real `electron` package only resolves to a binary path under plain Node.
const registered = vi.hoisted(() => new Map<string, Listener>())
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => registered.set(channel, listener),
    removeHandler: (channel: string) => registered.delete(channel),
  },
}))

const APP = 'app://briefpack/index.html'
const list = vi.fn((): ArticleSummary[] => [])
const handlers: Handlers = fakeHandlers({ 'articles:list': list, 'articles:get': vi.fn() })
const eventFrom = (url: string | null) => ({
  senderFrame: url === null ? null : { url },
  sender: { secret: 'never passed on' },
})

describe('registerIpc', () => {
  beforeEach(() => {
    registered.clear()
    list.mockClear()
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })

  it('handles every channel of the contract and can remove them again', () => {
    const unregister = registerIpc(handlers, (url) => url === APP)
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort())
    unregister()
    expect(registered.size).toBe(0)
  })

  it('dispatches a trusted call with its arguments only, never the event', async () => {
    registerIpc(handlers, (url) => url === APP)
    const result = await registered.get('articles:list')!(eventFrom(APP))
    expect(result).toEqual({ ok: true, value: [] })
    expect(list).toHaveBeenCalledWith()
  })

  it('validates the arguments of a trusted call', async () => {
    registerIpc(handlers, (url) => url === APP)
    const result = await registered.get('articles:get')!(eventFrom(APP), '../../etc/passwd')
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('refuses frames that are not the app, and destroyed frames', async () => {
    registerIpc(handlers, (url) => url === APP)
    const listener = registered.get('articles:list')!
    expect(() => listener(eventFrom('https://evil.example/'))).toThrow(/Refused/)
    expect(() => listener(eventFrom(null))).toThrow(/Refused/)
    expect(list).not.toHaveBeenCalled()
  })
})
