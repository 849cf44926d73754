import type { Locks } from '../../src/renderer/src/stores/outbox-storage'

/** localStorage in memory, shared by the "pages" of a test as one origin's storage is. */
export function memoryStorage(options: { failWrites?: () => boolean } = {}): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (options.failWrites?.()) throw new DOMException('full', 'QuotaExceededError')
      items.set(key, String(value))
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  }
}

/**
 * Web Locks as one browser grants them to its pages: a lock is held while its callback's promise
 * is pending, and the next request for it waits. `closePage(i)` ends what page i's callbacks hold,
 * as closing a tab releases its locks.
 */
export function fakeLocks() {
  const held = new Set<string>()
  const queues = new Map<string, (() => void)[]>()
  const releasers: (() => void)[][] = []

  function forPage(page: number): Locks {
    releasers[page] ??= []
    return {
      request(name, callback) {
        return new Promise((resolve) => {
          const grant = () => {
            held.add(name)
            let release!: () => void
            const released = new Promise<void>((done) => (release = done))
            releasers[page]!.push(release)
            void Promise.race([Promise.resolve(callback()), released]).then((value) => {
              held.delete(name)
              const next = queues.get(name)?.shift()
              next?.()
              resolve(value)
            })
          }
          if (held.has(name)) queues.set(name, [...(queues.get(name) ?? []), grant])
          else grant()
        })
      },
    }
  }

  return {
    forPage,
    isHeld: (name: string) => held.has(name),
    closePage(page: number) {
      for (const release of releasers[page] ?? []) release()
      releasers[page] = []
    },
  }
}
