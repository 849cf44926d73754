import type { AppCommand, DesktopBridge } from '../../shared/desktop'

export type { AppCommand }

const handlers = new Map<AppCommand, Set<() => void>>()

/**
 * Carry out `command` (from the application menu, the context menu, or the page's own buttons)
 * with `handler` while it is subscribed: the reader subscribes to its commands while an article
 * is open. Returns the function that unsubscribes.
 */
export function onAppCommand(command: AppCommand, handler: () => void): () => void {
  let set = handlers.get(command)
  if (!set) handlers.set(command, (set = new Set()))
  set.add(handler)
  return () => void set.delete(handler)
}

/** Run every handler subscribed to `command`; false when none is (nothing here can do it). */
export function dispatchAppCommand(command: AppCommand): boolean {
  const subscribed = [...(handlers.get(command) ?? [])]
  for (const handler of subscribed) handler()
  return subscribed.length > 0
}

/**
 * Dispatch the desktop shell's commands here, telling `onUnhandled` about those nothing on the
 * current page can carry out (Highlight with no article open). Returns the unsubscribe.
 */
export function connectAppCommands(
  desktop: Pick<DesktopBridge, 'onCommand'> | null,
  onUnhandled: (command: AppCommand) => void,
): () => void {
  return (
    desktop?.onCommand((command) => {
      if (!dispatchAppCommand(command)) onUnhandled(command)
    }) ?? (() => {})
  )
}
