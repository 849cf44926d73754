import { createSignal, onCleanup } from 'solid-js'
import type { Api, StoreStatus } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'

/** How often the save status is refreshed while a write is pending or failing. */
const STATUS_POLL_MS = 1500

/**
 * Session state that is not the student's document: the save status, undo and redo, and the
 * short messages ("Undone: delete highlight") the app shows after an action.
 */
export function createSessionStore(
  api: Pick<Api, 'store:status' | 'history:undo' | 'history:redo'>,
  afterHistoryMove: () => Promise<void>,
) {
  const [status, setStatus] = createSignal<StoreStatus | null>(null)
  const [toast, setToast] = createSignal<{ text: string; tone: 'info' | 'error' } | null>(null)
  // Said to screen readers only (a live region), for actions whose result is visible anyway.
  const [announcement, setAnnouncement] = createSignal('')
  let toastTimer: ReturnType<typeof setTimeout> | undefined

  const say = (text: string, tone: 'info' | 'error' = 'info') => {
    setToast({ text, tone })
    clearTimeout(toastTimer)
    toastTimer = setTimeout(() => setToast(null), tone === 'error' ? 8000 : 3500)
  }

  const refreshStatus = async () => {
    try {
      setStatus(await api['store:status']())
    } catch {
      // The status line is a courtesy; a failure here is reported by the action that failed.
    }
  }

  const poll = setInterval(() => {
    const current = status()
    if (!current || current.pendingWrites > 0 || current.lastError) void refreshStatus()
  }, STATUS_POLL_MS)
  onCleanup(() => {
    clearInterval(poll)
    clearTimeout(toastTimer)
  })

  const move = async (direction: 'undo' | 'redo') => {
    const step = await api[direction === 'undo' ? 'history:undo' : 'history:redo']()
    if (step.changed) {
      await afterHistoryMove()
      say(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${step.description}`)
    } else {
      say(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.')
    }
    await refreshStatus()
  }

  /** Run an action; a failure becomes a message the student can read, and nothing is lost. */
  const attempt = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await action()
      void refreshStatus()
      return result
    } catch (error) {
      say(
        error instanceof AppError ? error.message : 'That did not work. Please try again.',
        'error',
      )
      return undefined
    }
  }

  return {
    status,
    toast,
    say,
    announcement,
    announce: (text: string) => setAnnouncement(text),
    refreshStatus,
    attempt,
    undo: () => attempt(() => move('undo')),
    redo: () => attempt(() => move('redo')),
  }
}

export type SessionStore = ReturnType<typeof createSessionStore>
