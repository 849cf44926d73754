import type { Contract } from '../../../shared/contract'

/**
 * The calls the page queues in its outbox: every change to the student's records. Undo and redo
 * are not among them (they act on whatever the host holds at that moment, so sending one twice,
 * or late, would undo the wrong thing): they wait until the outbox is delivered.
 */
export const QUEUED_CHANNELS = [
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'tags:create',
  'tags:update',
  'tags:merge',
  'tags:delete',
  'speakers:create',
  'annotations:merge',
] as const

export type QueuedChannel = (typeof QUEUED_CHANNELS)[number]

/** One change as it is queued, sent and kept: a channel and its arguments, exactly as the contract has them. */
export type Change = {
  [C in QueuedChannel]: { channel: C; args: Parameters<Contract[C]> }
}[QueuedChannel]

/** What the host answers a change with. */
export type ChangeValue<C extends QueuedChannel> = ReturnType<Contract[C]>

export function isQueuedChannel(channel: string): channel is QueuedChannel {
  return (QUEUED_CHANNELS as readonly string[]).includes(channel)
}

/** The record a change is about (the new record's proposed id for a create), or null for merges and tag deletions, which touch many. */
export function recordOf(change: Change): string | null {
  switch (change.channel) {
    case 'annotations:create':
    case 'tags:create':
    case 'speakers:create':
      return change.args[0].id ?? null
    case 'annotations:update':
    case 'annotations:delete':
    case 'tags:update':
      return change.args[0]
    case 'tags:merge':
    case 'tags:delete':
    case 'annotations:merge':
      return null
  }
}

/**
 * `later` folded into `earlier` when sending only the later one gives the same result and the
 * same undo step: two edits of the same fields of one record (a note typed on while the host is
 * away is one change, not one per pause). Null when they must stay apart.
 */
export function coalesce(earlier: Change, later: Change): Change | null {
  if (earlier.channel !== later.channel) return null
  if (earlier.channel !== 'annotations:update' && earlier.channel !== 'tags:update') return null
  const [id, patch] = earlier.args
  const [laterId, laterPatch] = later.args as typeof earlier.args
  if (id !== laterId || !sameKeys(patch, laterPatch)) return null
  return { channel: earlier.channel, args: [id, laterPatch] } as Change
}

const sameKeys = (a: object, b: object) =>
  Object.keys(a).sort().join() === Object.keys(b).sort().join()
