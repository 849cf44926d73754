/**
 * The student's records (annotations, tags, speakers) are held in the renderer as main sent them:
 * plain objects, never changed in place, one new object per change. Whatever is drawn from a
 * record (a list entry, a highlight's description) is drawn again only when the record is another
 * object, so these helpers keep the very same object wherever nothing changed.
 */
interface Keyed {
  readonly id: string
}

/**
 * `next` (a fresh answer from main, e.g. after an undo), with each record that equals the one
 * already held under its id replaced by that one; `previous` itself if that is all of them.
 */
export function keepUnchanged<T extends Keyed>(previous: readonly T[], next: readonly T[]): T[] {
  const held = new Map(previous.map((record) => [record.id, record]))
  const kept = next.map((record) => {
    const before = held.get(record.id)
    return before !== undefined && (before === record || sameRecord(before, record))
      ? before
      : record
  })
  // Nothing changed (an undo of a change elsewhere): the very same list, so nothing is redrawn.
  return sameItems(kept, previous) ? (previous as T[]) : kept
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, i) => item === b[i])

/** `list` with the record of `record.id` replaced by `record` (in place in the order). */
export function replaceRecord<T extends Keyed>(list: readonly T[], record: T): T[] {
  return list.map((held) => (held.id === record.id ? record : held))
}

// Records are JSON from main, so two with the same text are the same; fields in another order
// only cost a redraw.
const sameRecord = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
