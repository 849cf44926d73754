import type { ClipboardContent, FindEnd, FindRequest, FindResult } from '../shared/contract'
import { AppError } from '../shared/errors'

/**
 * What only the window around the page can do: find in it, and write the system clipboard. The
 * desktop app supplies these from Electron (window.ts); elsewhere the browser does them itself.
 */
export interface HostShell {
  findInPage(request: FindRequest): Promise<FindResult>
  stopFindInPage(end: FindEnd): void
  writeClipboard(content: ClipboardContent): Promise<void>
}

const notHere = (what: string) => () => {
  throw new AppError('invalid-argument', `${what} is your browser's own here.`)
}

/**
 * The shell of a host with no window of its own (the browser host, the headless export): the
 * renderer never asks it, because in a browser the browser's own find and clipboard apply.
 */
export const NO_SHELL: HostShell = {
  findInPage: notHere('Find in page (Ctrl+F)'),
  stopFindInPage: notHere('Find in page (Ctrl+F)'),
  writeClipboard: notHere('Copying'),
}
