import type { StoreStatus } from '../../src/shared/contract'
import type { WireResult } from '../../src/shared/errors'
import type { Transport } from '../../src/renderer/src/api-transport'
import { isQueuedChannel, type Change } from '../../src/renderer/src/stores/change'
import { applyChange, NO_RECORDS, type Records } from '../../src/renderer/src/stores/local-changes'

const unreachable: WireResult<never> = {
  ok: false,
  error: { code: 'unreachable', message: 'Briefpack cannot reach its host.' },
}

/**
 * A browser host as the outbox meets it, in memory: it makes changes (with the page's own
 * `applyChange` as its operations), answers with save reports, remembers change ids for its
 * session, refuses a stale session, and can be made to fail as a real one does: `down` (nothing
 * answers), `dropAnswers` (the change is made but its answer is lost), `diskFails` (kept in
 * memory, not written), `restart()` (a new session that has only what was on disk), and
 * `refuse` (a change it will not make). `made` counts how often each change was really made.
 */
export function fakeHost(options: { records?: Records } = {}) {
  let sessionNumber = 1
  let memory: Records = options.records ?? NO_RECORDS
  let disk: Records = memory
  let answers = new Map<string, WireResult<unknown>>()
  const mode = {
    down: false,
    dropAnswers: false,
    diskFails: false,
    /** Answer changes to these records with this error, unmade. */
    /** While set, changes wait for it before they are answered (a slow write). */
    hold: null as Promise<void> | null,
    refuse: new Map<
      string,
      { code: 'invalid-argument' | 'not-found' | 'internal'; message: string }
    >(),
  }
  const made: Change[] = []
  const calls: {
    channel: string
    changeId?: string | undefined
    expectedSession?: string | undefined
  }[] = []
  const session = () => `session-${sessionNumber}`
  const status = (): StoreStatus => ({
    dataDir: '/data',
    pendingWrites: disk === memory ? 0 : 1,
    lastSavedAt: null,
    lastError: disk === memory ? null : 'The disk is full.',
    recovery: null,
    canUndo: false,
    canRedo: false,
    storeSession: session(),
  })

  const reads: Partial<Record<string, () => unknown>> = {
    'store:status': status,
    'annotations:list': () => memory.annotations,
    'tags:list': () => memory.tags,
    'speakers:list': () => memory.speakers,
    'preferences:get': () => ({ lastColour: memory.lastColour }),
  }

  function make(change: Change): WireResult<unknown> {
    const target = String(
      change.channel.endsWith(':create') ? (change.args[0] as { id?: string }).id : change.args[0],
    )
    const refusal = mode.refuse.get(target)
    if (refusal) return { ok: false, error: refusal }
    made.push(change)
    memory = applyChange(memory, change, '2026-11-23T10:00:00.000Z')
    if (!mode.diskFails) disk = memory
    const value =
      memory.annotations.find((a) => a.id === target) ??
      memory.tags.find((t) => t.id === target) ??
      memory.speakers.find((s) => s.id === target) ??
      null
    const onDisk = disk === memory
    return {
      ok: true,
      value,
      saved: { onDisk, problem: onDisk ? null : 'The disk is full.', storeSession: session() },
    }
  }

  const transport: Transport = async (channel, args, call = {}) => {
    calls.push({ channel, changeId: call.changeId, expectedSession: call.expectedSession })
    if (mode.down) return unreachable
    const read = reads[channel]
    if (read) return { ok: true, value: read() }
    if (!isQueuedChannel(channel)) throw new Error(`the fake host has no ${channel}`)
    if (mode.hold) await mode.hold
    if (call.expectedSession !== undefined && call.expectedSession !== session()) {
      return { ok: false, error: { code: 'session-changed', message: 'Restarted.' } }
    }
    const id = call.changeId
    let answer = id === undefined ? undefined : answers.get(id)
    if (answer === undefined) {
      answer = make({ channel, args } as Change)
      if (id !== undefined && !(answer.ok === false && answer.error.code === 'internal')) {
        answers.set(id, answer)
      }
    }
    return mode.dropAnswers ? unreachable : answer
  }

  return {
    transport,
    mode,
    made,
    calls,
    session,
    /** What the host holds, and what it has on disk. */
    memory: () => memory,
    disk: () => disk,
    /** The disk works again, and the store's own retry writes what it holds. */
    diskRecovers() {
      mode.diskFails = false
      disk = memory
    },
    /**
     * Stopped and started again: a new session that knows only what was on disk, or `onDisk`
     * (the folder changed meanwhile: another copy of Briefpack, a restored backup).
     */
    restart(onDisk: Records = disk) {
      sessionNumber += 1
      memory = disk = onDisk
      answers = new Map()
    },
  }
}
