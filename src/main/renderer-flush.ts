import { ipcMain, type IpcMainEvent, type WebContents } from 'electron'
import { DESKTOP_CHANNELS } from '../shared/desktop'

/** How a flush request ended. */
export type FlushOutcome = 'flushed' | 'timed-out' | 'gone'

/** Asks a window's page to save what is being edited, and waits (up to a limit) for its answer. */
export interface RendererFlusher {
  flush(contents: WebContents): Promise<FlushOutcome>
  dispose(): void
}

/**
 * Ask the page to save what the student is editing (the note being typed, edits waiting to be
 * sent) before its window closes, and wait until it says it has, or `timeoutMs` passes, or the
 * page is gone. A hung or crashed page must not keep Briefpack from closing: what it had already
 * sent is in the store.
 *
 * Answers count only from the page the request went to, and only from a frame `isTrustedSender`
 * accepts.
 */
export function createRendererFlusher(options: {
  timeoutMs: number
  isTrustedSender: (frameUrl: string) => boolean
}): RendererFlusher {
  let nextId = 1
  const pending = new Map<number, { contents: WebContents; done: () => void }>()

  const onDone = (event: IpcMainEvent, id: unknown) => {
    const request = typeof id === 'number' ? pending.get(id) : undefined
    const frameUrl = event.senderFrame?.url
    if (!request || event.sender !== request.contents) return
    if (frameUrl === undefined || !options.isTrustedSender(frameUrl)) return
    request.done()
  }
  ipcMain.on(DESKTOP_CHANNELS.flushDone, onDone)

  return {
    flush(contents) {
      if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve('gone')
      const id = nextId++
      return new Promise<FlushOutcome>((resolve) => {
        const finish = (outcome: FlushOutcome) => {
          clearTimeout(timer)
          contents.off('destroyed', onGone)
          contents.off('render-process-gone', onGone)
          pending.delete(id)
          resolve(outcome)
        }
        const onGone = () => finish('gone')
        const timer = setTimeout(() => finish('timed-out'), options.timeoutMs)
        contents.once('destroyed', onGone)
        contents.once('render-process-gone', onGone)
        pending.set(id, { contents, done: () => finish('flushed') })
        contents.send(DESKTOP_CHANNELS.flushRequest, id)
      })
    },
    dispose() {
      ipcMain.off(DESKTOP_CHANNELS.flushDone, onDone)
    },
  }
}
