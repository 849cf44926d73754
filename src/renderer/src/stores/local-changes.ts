import type {
  Annotation,
  AnnotationId,
  HighlightColour,
  StudentSpeaker,
} from '../../../shared/model/annotation'
import type { Tag, TagId } from '../../../shared/model/tag'
import type { Change } from './change'

/** The student's records as the page shows them. */
export interface Records {
  annotations: readonly Annotation[]
  tags: readonly Tag[]
  speakers: readonly StudentSpeaker[]
  /** The colour a new highlight takes: the last one used. */
  lastColour: HighlightColour
}

export const NO_RECORDS: Records = { annotations: [], tags: [], speakers: [], lastColour: 'yellow' }

const unique = <T>(items: readonly T[]) => [...new Set(items)]

/**
 * The records as they will be once `change` is made, so the page shows a change the moment the
 * student makes it, whether or not the host is there to take it. It mirrors main's operations
 * (src/main/workspace/operations.ts) without their checks: main checks every change when it
 * arrives, and one it refuses is taken back from the page. A change already shown (a create
 * whose id is there) changes nothing, as in main. `now` stamps the times until main's own arrive.
 */
export function applyChange(records: Records, change: Change, now: string): Records {
  switch (change.channel) {
    case 'annotations:create': {
      const [draft] = change.args
      if (!draft.id || records.annotations.some((a) => a.id === draft.id)) return records
      const { id, target, colour, tagIds, speaker, note } = draft
      const annotation: Annotation = {
        id,
        target,
        colour,
        tagIds: unique(tagIds),
        speaker,
        note,
        createdAt: now,
        updatedAt: now,
      }
      return { ...records, annotations: [...records.annotations, annotation], lastColour: colour }
    }
    case 'annotations:update': {
      const [id, patch] = change.args
      const annotations = records.annotations.map((a) =>
        a.id === id
          ? {
              ...a,
              colour: patch.colour ?? a.colour,
              tagIds: patch.tagIds ? unique(patch.tagIds) : a.tagIds,
              speaker: patch.speaker === undefined ? a.speaker : patch.speaker,
              note: patch.note ?? a.note,
              updatedAt: now,
            }
          : a,
      )
      return { ...records, annotations, lastColour: patch.colour ?? records.lastColour }
    }
    case 'annotations:delete':
      return withoutAnnotation(records, change.args[0])
    case 'tags:create': {
      const [draft] = change.args
      if (!draft.id || records.tags.some((t) => t.id === draft.id)) return records
      const tag: Tag = {
        id: draft.id,
        name: draft.name.trim(),
        colour: draft.colour,
        description: draft.description,
        group: draft.group.trim(),
      }
      return { ...records, tags: [...records.tags, tag] }
    }
    case 'tags:update': {
      const [id, patch] = change.args
      const tags = records.tags.map((t) =>
        t.id === id
          ? {
              ...t,
              name: patch.name === undefined ? t.name : patch.name.trim(),
              colour: patch.colour ?? t.colour,
              description: patch.description ?? t.description,
              group: patch.group === undefined ? t.group : patch.group.trim(),
            }
          : t,
      )
      return { ...records, tags }
    }
    case 'tags:merge':
      return mergeTag(records, change.args[0], change.args[1], now)
    case 'tags:delete': {
      const [id, deletion] = change.args
      if (deletion.mode === 'replace') return mergeTag(records, id, deletion.withTagId, now)
      const tags = records.tags.filter((t) => t.id !== id)
      const annotations =
        deletion.mode === 'delete-annotations'
          ? records.annotations.filter((a) => !a.tagIds.includes(id))
          : records.annotations.map((a) =>
              a.tagIds.includes(id)
                ? { ...a, tagIds: a.tagIds.filter((t) => t !== id), updatedAt: now }
                : a,
            )
      return { ...records, tags, annotations }
    }
    case 'speakers:create': {
      const [draft] = change.args
      if (!draft.id || records.speakers.some((s) => s.id === draft.id)) return records
      const speaker = { id: draft.id, name: draft.name.trim(), role: draft.role.trim() }
      return { ...records, speakers: [...records.speakers, speaker] }
    }
    case 'annotations:merge':
      return mergeAnnotations(records, change.args[0], change.args[1], now)
  }
}

/** As main merges highlights (operations.ts mergeAnnotations): the first keeps every tag and note. */
function mergeAnnotations(
  records: Records,
  keepId: AnnotationId,
  otherIds: readonly AnnotationId[],
  now: string,
): Records {
  const keep = records.annotations.find((a) => a.id === keepId)
  if (!keep) return records
  const others = records.annotations.filter((a) => otherIds.includes(a.id))
  const all = [keep, ...others]
  const merged: Annotation = {
    ...keep,
    tagIds: unique(all.flatMap((a) => a.tagIds)),
    note: unique(all.map((a) => a.note.trim()).filter(Boolean)).join('\n\n'),
    speaker: keep.speaker ?? others.find((o) => o.speaker)?.speaker ?? null,
    updatedAt: now,
  }
  const annotations = records.annotations.flatMap((a) =>
    a.id === keepId ? [merged] : otherIds.includes(a.id) ? [] : [a],
  )
  return { ...records, annotations }
}

/**
 * The records held from main, after main answered `change` with `value`: the record main keeps
 * replaces the page's (with main's times). Merges and tag deletions answer with nothing, so they
 * are applied here as the page would, until the records are read again.
 */
export function absorbAnswer(records: Records, change: Change, value: unknown, now: string) {
  switch (change.channel) {
    case 'annotations:create':
    case 'annotations:update': {
      const saved = value as Annotation
      const colour =
        change.channel === 'annotations:create' ? change.args[0].colour : change.args[1].colour
      return {
        ...records,
        annotations: upsert(records.annotations, saved),
        lastColour: colour ?? records.lastColour,
      }
    }
    case 'tags:create':
    case 'tags:update':
      return { ...records, tags: upsert(records.tags, value as Tag) }
    case 'speakers:create':
      return { ...records, speakers: upsert(records.speakers, value as StudentSpeaker) }
    case 'annotations:merge': {
      const gone = new Set<string>(change.args[1])
      const annotations = upsert(records.annotations, value as Annotation).filter(
        (a) => !gone.has(a.id),
      )
      return { ...records, annotations }
    }
    case 'annotations:delete':
    case 'tags:merge':
    case 'tags:delete':
      return applyChange(records, change, now)
  }
}

function upsert<T extends { id: string }>(list: readonly T[], record: T): readonly T[] {
  return list.some((r) => r.id === record.id)
    ? list.map((r) => (r.id === record.id ? record : r))
    : [...list, record]
}

function withoutAnnotation(records: Records, id: AnnotationId): Records {
  return { ...records, annotations: records.annotations.filter((a) => a.id !== id) }
}

function mergeTag(records: Records, fromId: TagId, intoId: TagId, now: string): Records {
  const annotations = records.annotations.map((a) =>
    a.tagIds.includes(fromId)
      ? { ...a, tagIds: unique(a.tagIds.map((t) => (t === fromId ? intoId : t))), updatedAt: now }
      : a,
  )
  return { ...records, annotations, tags: records.tags.filter((t) => t.id !== fromId) }
}
