import type { StoreData } from '../../shared/model/store-data'

/** One step back: the state before a change, and what the change was ("Delete highlight"). */
interface Entry {
  state: StoreData
  description: string
  /** Consecutive changes with the same key (typing one note) undo as one step. */
  coalesceKey: string | null
}

/** The session's undo and redo stacks. States are immutable, so an entry costs only references. */
export interface History {
  past: readonly Entry[]
  future: readonly Entry[]
}

/** How many steps a session can undo; older ones fall away. */
export const HISTORY_LIMIT = 200

export const emptyHistory: History = { past: [], future: [] }

/**
 * Record that `before` was replaced by a change. A new change clears the redo stack. A change
 * whose coalesce key matches the last one's folds into it, so undo skips the whole run.
 */
export function recordChange(
  history: History,
  before: StoreData,
  description: string,
  coalesceKey: string | null = null,
): History {
  const last = history.past.at(-1)
  if (coalesceKey !== null && last?.coalesceKey === coalesceKey && history.future.length === 0) {
    return history
  }
  const past = [...history.past, { state: before, description, coalesceKey }].slice(-HISTORY_LIMIT)
  return { past, future: [] }
}

export interface HistoryMove {
  history: History
  state: StoreData
  description: string
}

/** Step back from `current`; null when there is nothing to undo. */
export function undo(history: History, current: StoreData): HistoryMove | null {
  const entry = history.past.at(-1)
  if (!entry) return null
  return {
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, { ...entry, state: current, coalesceKey: null }],
    },
    state: entry.state,
    description: entry.description,
  }
}

/** Step forward again after an undo; null when there is nothing to redo. */
export function redo(history: History, current: StoreData): HistoryMove | null {
  const entry = history.future.at(-1)
  if (!entry) return null
  return {
    history: {
      past: [...history.past, { ...entry, state: current, coalesceKey: null }],
      future: history.future.slice(0, -1),
    },
    state: entry.state,
    description: entry.description,
  }
}
