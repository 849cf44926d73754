import { createMemo, createSignal, onCleanup } from 'solid-js'
import type { Api } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { RecordsStore } from './records-store'
import { describeSaveState } from './save-state'

/** Said when undo or redo is asked for while changes are still waiting for the host. */
export const HISTORY_WAITS_MESSAGE =
  'Undo and redo wait until Briefpack’s host is back and has your latest changes, so that they undo the right one. Nothing you did is lost.'

/**
 * Session state that is not the student's document: the save status, undo and redo, and the
 * short messages ("Undone: delete highlight") the app shows after an action.
 */
export function createSessionStore(
  api: Pick<Api, 'history:undo' | 'history:redo'>,
  records: Pick<
    RecordsStore,
    'outboxState' | 'storageTrouble' | 'flush' | 'reload' | 'refreshStatus' | 'resyncWhenSent'
  >,
) {
  const [toast, setToast] = createSignal<{ text: string; tone: 'info' | 'error' } | null>(null)
  // Said to screen readers only (a live region), for actions whose result is visible anyway.
  const [announcement, setAnnouncement] = createSignal('')
  let toastTimer: ReturnType<typeof setTimeout> | undefined

  const say = (text: string, tone: 'info' | 'error' = 'info') => {
    setToast({ text, tone })
    clearTimeout(toastTimer)
    toastTimer = setTimeout(() => setToast(null), tone === 'error' ? 8000 : 3500)
  }
  onCleanup(() => clearTimeout(toastTimer))

  const saveState = createMemo(() => describeSaveState(records.outboxState()))

  // Undo and redo act on whatever the host holds when they arrive, so they are never queued:
  // they go only once every change before them has reached the host, and never twice.
  const move = async (direction: 'undo' | 'redo') => {
    if (records.outboxState().unsent > 0 && (await records.flush()).unsaved > 0) {
      return say(HISTORY_WAITS_MESSAGE)
    }
    let step
    try {
      step = await api[direction === 'undo' ? 'history:undo' : 'history:redo']()
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'unreachable') throw error
      // It may have been made and its answer lost: read everything again once the host is back.
      records.resyncWhenSent()
      return say(
        `Briefpack’s host did not answer, so the ${direction} may not have happened. ` +
          'The page shows what the host has once it is back.',
        'error',
      )
    }
    if (step.changed) {
      await records.reload()
      say(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${step.description}`)
    } else {
      say(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.')
    }
    records.refreshStatus()
  }

  /** Run an action; a failure becomes a message the student can read, and nothing is lost. */
  const attempt = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await action()
    } catch (error) {
      say(
        error instanceof AppError ? error.message : 'That did not work. Please try again.',
        'error',
      )
      return undefined
    }
  }

  return {
    /** The host's store status as last heard (the recovery notice), or null before it answers. */
    status: () => records.outboxState().status,
    saveState,
    /** Set when queued changes cannot be kept in the browser's storage (it is full). */
    storageTrouble: records.storageTrouble,
    toast,
    say,
    announcement,
    announce: (text: string) => setAnnouncement(text),
    attempt,
    undo: () => attempt(() => move('undo')),
    redo: () => attempt(() => move('redo')),
  }
}

export type SessionStore = ReturnType<typeof createSessionStore>
