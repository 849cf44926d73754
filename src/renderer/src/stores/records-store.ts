import { createSignal } from 'solid-js'
import type { Api } from '../../../shared/contract'
import type { AppError } from '../../../shared/errors'
import type { Transport } from '../api-transport'
import type { Change } from './change'
import { absorbAnswer, applyChange, NO_RECORDS, type Records } from './local-changes'
import {
  browserClock,
  createOutbox,
  type Clock,
  type OutboxState,
  type OutboxTiming,
} from './outbox'
import { keepOutboxInStorage, type Locks } from './outbox-storage'
import { keepUnchanged } from './records'

type ListApi = Pick<
  Api,
  'annotations:list' | 'tags:list' | 'speakers:list' | 'preferences:get' | 'store:status'
>

export interface RecordsStoreDeps {
  api: ListApi
  /** The host, for the outbox's changes (they need the change id and the save report). */
  transport: Transport
  clock?: Clock
  newId?: () => string
  timing?: OutboxTiming
  /** Where queued changes are kept across a reload or a closed tab; none in some tests. */
  storage?: Storage | undefined
  locks?: Locks | undefined
  /** Said when a change the page already showed was refused by the host. */
  onRefused(message: string): void
}

/**
 * The student's records as the page shows them: those main sent, with every change the outbox
 * still holds on top, so a change shows the moment it is made, host or no host. Owns the outbox
 * (see outbox.ts): `flush` is what to call before the window closes.
 */
export function createRecordsStore(deps: RecordsStoreDeps) {
  const clock = deps.clock ?? browserClock
  const newId = deps.newId ?? (() => crypto.randomUUID())
  // Main's records as last heard: the lists, with every answer since folded in.
  let base: Records = NO_RECORDS
  const [records, setRecords] = createSignal<Records>(NO_RECORDS)
  const [loaded, setLoaded] = createSignal(false)
  const [outboxState, setOutboxState] = createSignal<OutboxState>({
    unsent: 0,
    unconfirmed: 0,
    unreachable: null,
    problem: null,
    status: null,
  })
  const [storageTrouble, setStorageTrouble] = createSignal<string | null>(null)
  // Answers that arrive while the lists are being read again, folded in again afterwards: the
  // lists may have been read before main made those changes.
  let answeredDuringReload: [Change, unknown][] | null = null
  let stopWatching = () => {}

  /** What the page shows: main's records, then each change not yet answered, oldest first. */
  function refold() {
    let next = base
    for (const entry of outbox.unanswered()) next = applyChange(next, entry.change, entry.madeAt)
    setRecords((held) => ({
      annotations: keepUnchanged(held.annotations, next.annotations),
      tags: keepUnchanged(held.tags, next.tags),
      speakers: keepUnchanged(held.speakers, next.speakers),
      lastColour: next.lastColour,
    }))
  }

  const outbox = createOutbox({
    transport: deps.transport,
    clock,
    newId,
    timing: deps.timing,
    listener: {
      answered(change, value) {
        answeredDuringReload?.push([change, value])
        base = absorbAnswer(base, change, value, clock.now().toISOString())
        // Main changed highlights of its own accord: read them as main has them, once all is sent.
        if (change.channel === 'tags:merge' || change.channel === 'tags:delete') {
          outbox.resyncWhenSent()
        }
        refold()
      },
      refused(change, error: AppError, callerTold) {
        refold()
        // The page guessed wrong about what main holds (a record gone, say): read it again.
        outbox.resyncWhenSent()
        if (!callerTold) deps.onRefused(describeRefusal(change, error.message))
      },
      resync: () => reload(),
      changed: () => setOutboxState(outbox.state()),
    },
  })

  async function reload() {
    const answered: [Change, unknown][] = []
    answeredDuringReload = answered
    try {
      const [annotations, tags, speakers, preferences] = await Promise.all([
        deps.api['annotations:list'](null),
        deps.api['tags:list'](),
        deps.api['speakers:list'](),
        deps.api['preferences:get'](),
      ])
      const now = clock.now().toISOString()
      base = answered.reduce((held, [change, value]) => absorbAnswer(held, change, value, now), {
        annotations,
        tags,
        speakers,
        lastColour: preferences.lastColour,
      } as Records)
    } finally {
      if (answeredDuringReload === answered) answeredDuringReload = null
    }
    refold()
    setLoaded(true)
  }

  /**
   * Open the page's records: find which data folder the host serves, keep the outbox in the
   * browser's storage for that folder (taking over what a closed page left queued there), and
   * read the records.
   */
  async function start() {
    const status = await deps.api['store:status']()
    if (deps.storage) {
      const kept = await keepOutboxInStorage({
        storage: deps.storage,
        locks: deps.locks,
        dataDir: status.dataDir,
        pageId: newId(),
        adopt(entries) {
          outbox.adopt(entries)
          refold()
        },
        onTrouble: setStorageTrouble,
      })
      outbox.keepIn(kept)
      // Another page on this origin wrote its outbox: adopt it too, once that page is gone.
      const onStorage = (event: StorageEvent) => event.key && kept.watch(event.key)
      addEventListener('storage', onStorage)
      stopWatching = () => removeEventListener('storage', onStorage)
    }
    outbox.refresh()
    await reload()
  }

  /** Show `change` at once and queue it; resolves with main's answer, or null while queued. */
  async function submit(change: Change): Promise<unknown> {
    const submitted = outbox.submit(change)
    refold()
    const outcome = await submitted
    return outcome.answered ? outcome.value : null
  }

  return {
    records,
    loaded,
    outboxState,
    storageTrouble,
    start,
    reload,
    submit,
    newId,
    /** Deliver every queued change now; resolves with how many could not be (see Outbox.flush). */
    flush: () => outbox.flush(),
    /** Whether a change to this record is not yet on disk (reactive). */
    holds: (recordId: string) => {
      outboxState()
      return outbox.holds(recordId)
    },
    /** Ask the host how its store stands (after an undo, which the outbox does not carry). */
    refreshStatus: () => outbox.refresh(),
    /** Read the records again once the host is back and everything queued is sent. */
    resyncWhenSent: () => outbox.resyncWhenSent(),
    dispose() {
      outbox.dispose()
      stopWatching()
    },
  }
}

export type RecordsStore = ReturnType<typeof createRecordsStore>

const WHAT: Record<Change['channel'], string> = {
  'annotations:create': 'A new highlight',
  'annotations:update': 'A change to a highlight',
  'annotations:delete': 'Deleting a highlight',
  'tags:create': 'A new tag',
  'tags:update': 'A change to a tag',
  'tags:merge': 'Merging two tags',
  'tags:delete': 'Deleting a tag',
  'speakers:create': 'A new speaker',
  'annotations:merge': 'Merging highlights',
}

function describeRefusal(change: Change, message: string): string {
  return `${WHAT[change.channel]} could not be saved, so it was taken back: ${message}`
}
