import { isQueuedChannel } from './change'
import type { OutboxEntry, OutboxStorage } from './outbox'

/** Every page's outbox is kept under a key of its own that starts with this. */
export const OUTBOX_KEY_PREFIX = 'briefpack.outbox.v1.'

/** The part of the Web Locks API used here (absent in some test environments). */
export interface Locks {
  request(name: string, callback: () => Promise<unknown> | unknown): Promise<unknown>
}

interface Kept {
  dataDir: string
  entries: readonly OutboxEntry[]
}

/**
 * Keep this page's outbox in localStorage, and take over what other pages on the same data
 * folder left there: a page reloaded, or a tab closed, while changes were still queued.
 *
 * Each page writes a key of its own (so two open tabs never overwrite each other's changes) and
 * holds a Web Lock of the same name for as long as it lives. For every other page's key it asks
 * for that lock: the browser grants it once that page is gone, and its changes are adopted,
 * kept under this page's key first, and only then removed from the old one. Without Web Locks,
 * one key is shared (a single tab's changes are still kept across a reload or a closed tab).
 */
export async function keepOutboxInStorage(options: {
  storage: Storage
  locks: Locks | undefined
  dataDir: string
  pageId: string
  adopt(entries: readonly OutboxEntry[]): void
  /** Told when the changes can no longer be kept in the page (storage full), and when they can again. */
  onTrouble(message: string | null): void
}): Promise<OutboxStorage & { watch(key: string): void }> {
  const { storage, locks, dataDir } = options
  const ownKey = `${OUTBOX_KEY_PREFIX}${locks ? options.pageId : 'page'}`
  const watched = new Set<string>([ownKey])

  const read = (key: string): Kept | null => parseKept(storage.getItem(key), dataDir)

  function watch(key: string) {
    if (!key.startsWith(OUTBOX_KEY_PREFIX) || watched.has(key) || !locks) return
    watched.add(key)
    void locks.request(key, () => {
      const left = read(key)
      if (left === null) return
      options.adopt(left.entries)
      storage.removeItem(key)
    })
  }

  if (locks) {
    // Held until this page is gone (the promise never settles): others then adopt what is left.
    // Nothing is written under the key before the lock is held, or another page could take it.
    await new Promise<void>((granted) => {
      void locks.request(ownKey, () => {
        granted()
        return new Promise(() => {})
      })
    })
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (key !== null) watch(key)
    }
  } else {
    const left = read(ownKey)
    if (left) options.adopt(left.entries)
  }

  return {
    save(entries) {
      try {
        if (entries.length === 0) storage.removeItem(ownKey)
        else storage.setItem(ownKey, JSON.stringify({ dataDir, entries } satisfies Kept))
        options.onTrouble(null)
      } catch {
        options.onTrouble(
          'This browser’s storage for Briefpack is full, so changes not yet saved are kept only while this page stays open.',
        )
      }
    },
    watch,
  }
}

/** A kept outbox for `dataDir`, with only its well-formed entries; null for anything else. */
function parseKept(text: string | null, dataDir: string): Kept | null {
  if (text === null) return null
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof raw !== 'object' || raw === null) return null
  const kept = raw as { dataDir?: unknown; entries?: unknown }
  if (kept.dataDir !== dataDir || !Array.isArray(kept.entries)) return null
  return { dataDir, entries: kept.entries.filter(isEntry) }
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false
  const e = value as Record<string, unknown>
  const change = e.change as { channel?: unknown; args?: unknown } | null
  return (
    typeof e.changeId === 'string' &&
    typeof e.madeAt === 'string' &&
    (e.keptBy === null || typeof e.keptBy === 'string') &&
    typeof change === 'object' &&
    change !== null &&
    typeof change.channel === 'string' &&
    isQueuedChannel(change.channel) &&
    Array.isArray(change.args)
  )
}
