import type { Channel } from '../shared/contract'
import type { WireResult } from '../shared/errors'

/** How many changes the log remembers: far more than a page queues while its host is away. */
export const CHANGE_LOG_LIMIT = 2_000

/**
 * The answers to the last few thousand changes, by the change id the page gave each. A page that
 * lost an answer (the connection dropped after the host had applied the change) sends the change
 * again with the same id, and gets the first answer back instead of a second change: no second
 * highlight, no extra undo step. Answers that say "try again" (`internal`) are forgotten, so the
 * retry really runs. Kept in memory: a restarted host has a new store session, which the page
 * notices, and its changes are idempotent by record (proposed ids) for that case.
 */
export interface ChangeLog {
  once(
    changeId: string,
    channel: Channel,
    run: () => Promise<WireResult<unknown>>,
  ): Promise<WireResult<unknown>>
}

export function createChangeLog(limit: number = CHANGE_LOG_LIMIT): ChangeLog {
  const answers = new Map<string, { channel: Channel; answer: Promise<WireResult<unknown>> }>()
  return {
    once(changeId, channel, run) {
      const seen = answers.get(changeId)
      if (seen) {
        if (seen.channel === channel) return seen.answer
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid-argument', message: 'That change id was used for another call.' },
        })
      }
      // Held from the start, so a repeat that arrives while the first is still running waits
      // for the same answer rather than running the change a second time.
      const entry = {
        channel,
        answer: run().then((result) => {
          if (!result.ok && result.error.code === 'internal' && answers.get(changeId) === entry) {
            answers.delete(changeId)
          }
          return result
        }),
      }
      answers.set(changeId, entry)
      // A Map iterates in insertion order: the first key is the oldest.
      if (answers.size > limit) answers.delete(answers.keys().next().value!)
      return entry.answer
    },
  }
}
