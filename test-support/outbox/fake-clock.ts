import type { Clock } from '../../src/renderer/src/stores/outbox'

/**
 * A clock whose time moves only when a test says: `advance(ms)` fires, in order, every timer due
 * by then, letting the promises each one starts settle before the next. `delays` lists every
 * timer's delay as it was set, so a test can read the backoff.
 */
export function fakeClock(start = Date.UTC(2026, 10, 23, 10)) {
  let now = start
  let nextId = 1
  const timers = new Map<number, { at: number; run: () => void }>()
  const delays: number[] = []
  const clock: Clock = {
    setTimeout(run, ms) {
      const id = nextId++
      timers.set(id, { at: now + ms, run })
      delays.push(ms)
      return id
    },
    clearTimeout(handle) {
      timers.delete(handle as number)
    },
    now: () => new Date(now),
  }
  return {
    clock,
    delays,
    pending: () => timers.size,
    async advance(ms: number) {
      const until = now + ms
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0]
        if (!due) break
        timers.delete(due[0])
        now = due[1].at
        due[1].run()
        await settled()
      }
      now = until
      await settled()
    },
  }
}

/**
 * Let every promise already under way settle: the fakes answer without I/O, so one turn of the
 * macrotask queue runs all the microtasks a pass of the outbox makes.
 */
export function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
