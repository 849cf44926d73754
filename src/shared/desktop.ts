// What the desktop shell (main) asks of the renderer: the other direction from contract.ts, where
// the renderer asks main. Declared once here; main sends, the preload exposes the narrow
// `window.desktop` below, and the renderer answers. The browser host has no such shell.

/**
 * Commands of the application menu and the context menu that the renderer carries out. Main
 * sends only the name: the renderer knows the selection, the page and the open dialogs.
 */
export const APP_COMMANDS = [
  'undo',
  'redo',
  'export-briefing',
  'find',
  'find-next',
  'find-previous',
  'keyboard-shortcuts',
  'highlight',
  'tag',
  'note',
  'speaker',
  'copy-with-citation',
] as const

export type AppCommand = (typeof APP_COMMANDS)[number]

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value)
}

/**
 * The IPC channels of the shell's messages. They are not contract calls: the renderer cannot
 * invoke them, only receive a command or a flush request and answer the latter.
 */
export const DESKTOP_CHANNELS = {
  /** main -> renderer: an AppCommand. */
  command: 'desktop:command',
  /** main -> renderer: save what is being edited (a request id follows). */
  flushRequest: 'desktop:flush-request',
  /** renderer -> main: the flush with this request id is done. */
  flushDone: 'desktop:flush-done',
} as const

/**
 * What the preload exposes as `window.desktop` in the desktop app (absent in the browser host).
 * Each method subscribes one listener and returns a function that unsubscribes it.
 */
export interface DesktopBridge {
  /** Run `listener` for every menu or context-menu command main sends. */
  onCommand(listener: (command: AppCommand) => void): () => void
  /**
   * Answer main's flush requests (before a window closes or the app quits): main waits, up to a
   * limit, until the promise `flush` returns settles.
   */
  onFlushRequest(flush: () => Promise<void>): () => void
}
