import { describe, expect, it } from 'vitest'
import type { DesktopBridge } from '../../shared/desktop'
import { connectLifecycle, flushPendingEdits, registerPendingEdits } from './lifecycle'

/** The desktop bridge's flush subscription, played by the test. */
function fakeDesktop() {
  let flush: (() => Promise<void>) | null = null
  const bridge: Pick<DesktopBridge, 'onFlushRequest'> = {
    onFlushRequest(handler) {
      flush = handler
      return () => void (flush = null)
    },
  }
  return { bridge, request: () => flush?.(), subscribed: () => flush !== null }
}

describe('flushPendingEdits', () => {
  it('waits for every registered holder, and no longer for one that unregistered', async () => {
    const order: string[] = []
    let finishNote: () => void = () => {}
    const note = registerPendingEdits(
      () => new Promise<void>((resolve) => (finishNote = () => (order.push('note'), resolve()))),
    )
    const outbox = registerPendingEdits(() => void order.push('outbox'))
    const flushed = flushPendingEdits().then(() => order.push('flushed'))
    await Promise.resolve()
    expect(order).toEqual(['outbox'])
    finishNote()
    await flushed
    expect(order).toEqual(['outbox', 'note', 'flushed'])
    note()
    outbox()
    order.length = 0
    await flushPendingEdits()
    expect(order).toEqual([])
  })

  it('lets one holder fail without stopping the others', async () => {
    const saved: string[] = []
    const failing = registerPendingEdits(() => Promise.reject(new Error('disk full')))
    const working = registerPendingEdits(async () => void saved.push('tag'))
    await expect(flushPendingEdits()).resolves.toBeUndefined()
    expect(saved).toEqual(['tag'])
    failing()
    working()
  })
})

describe('connectLifecycle', () => {
  it('answers the desktop shell’s flush requests once the edits are sent, and flushes on pagehide', async () => {
    const desktop = fakeDesktop()
    const page = new EventTarget()
    const sent: string[] = []
    const stop = registerPendingEdits(async () => void sent.push('note'))
    const disconnect = connectLifecycle(desktop.bridge, page as never)
    await desktop.request()
    expect(sent).toEqual(['note'])
    page.dispatchEvent(new Event('pagehide'))
    await Promise.resolve()
    await Promise.resolve()
    expect(sent).toEqual(['note', 'note'])
    disconnect()
    expect(desktop.subscribed()).toBe(false)
    page.dispatchEvent(new Event('pagehide'))
    await Promise.resolve()
    expect(sent).toHaveLength(2)
    stop()
  })
})
