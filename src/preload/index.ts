import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { Bridge } from '../shared/bridge'
import { CHANNELS } from '../shared/contract'
import { DESKTOP_CHANNELS, isAppCommand, type DesktopBridge } from '../shared/desktop'

// One function per channel of the contract and nothing else: no ipcRenderer, no generic send, no
// event. Each resolves to main's WireResult; the renderer's api.ts unwraps it.
const api = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
  ]),
) as Bridge

// The shell's two messages to the page, each a subscription that hands over only what the page
// needs: a command's name, and a flush request it answers by settling a promise.
const desktop: DesktopBridge = {
  onCommand(listener) {
    const onMessage = (_event: IpcRendererEvent, command: unknown) => {
      if (isAppCommand(command)) listener(command)
    }
    ipcRenderer.on(DESKTOP_CHANNELS.command, onMessage)
    return () => void ipcRenderer.off(DESKTOP_CHANNELS.command, onMessage)
  },
  onFlushRequest(flush) {
    const onMessage = (_event: IpcRendererEvent, id: unknown) => {
      if (typeof id !== 'number') return
      const answer = () => ipcRenderer.send(DESKTOP_CHANNELS.flushDone, id)
      // Main is told either way: a flush that failed has said why in the page already.
      Promise.resolve().then(flush).then(answer, answer)
    }
    ipcRenderer.on(DESKTOP_CHANNELS.flushRequest, onMessage)
    return () => void ipcRenderer.off(DESKTOP_CHANNELS.flushRequest, onMessage)
  },
}

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('desktop', desktop)
