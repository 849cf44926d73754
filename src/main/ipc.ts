import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../shared/contract'
import { dispatch } from './dispatch'
import type { Handlers } from './services'

/**
 * Answer every channel of the contract over IPC. A call is answered only when it comes from a
 * frame whose URL `isTrustedSender` accepts: the app's own page, by scheme and host (`app://
 * briefpack`, see app-page.ts). The handler sees the validated arguments, never the IPC event.
 * Returns a function that removes the handlers again.
 */
export function registerIpc(
  handlers: Handlers,
  isTrustedSender: (frameUrl: string) => boolean,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      // senderFrame is null once the frame has navigated away or been destroyed.
      const frameUrl = event.senderFrame?.url
      if (frameUrl === undefined || !isTrustedSender(frameUrl)) {
        console.error(`Briefpack: refused ${channel} from untrusted frame ${String(frameUrl)}`)
        // Rejecting (rather than answering) gives an untrusted page nothing to read.
        throw new Error('Refused: this page may not call Briefpack.')
      }
      return dispatch(handlers, channel, args)
    })
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel)
  }
}
