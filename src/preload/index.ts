import { contextBridge, ipcRenderer } from 'electron'
import type { Bridge } from '../shared/bridge'
import { CHANNELS } from '../shared/contract'

// One function per channel of the contract and nothing else: no ipcRenderer, no generic send, no
// event. Each resolves to main's WireResult; the renderer's api.ts unwraps it.
const api = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
  ]),
) as Bridge

contextBridge.exposeInMainWorld('api', api)
