import type {
  Annotation,
  AnnotationDraft,
  AnnotationId,
  AnnotationPatch,
  SpeakerRef,
  StudentSpeaker,
  StudentSpeakerDraft,
  StudentSpeakerId,
} from '../../shared/model/annotation'
import type { ArticleId } from '../../shared/model/article'
import { AppError } from '../../shared/errors'
import type { StoreData } from '../../shared/model/store-data'
import { MAX_NOTE_LENGTH, MAX_TAGS_PER_ANNOTATION } from '../../shared/model/limits'
import type { NewTag, Tag, TagDeletion, TagId, TagPatch } from '../../shared/model/tag'

/** Time and ids come from outside, so every operation is a pure function of its inputs. */
export interface ChangeContext {
  now: string
  newId: () => string
}

/** What an operation needs to know about an article to check an annotation against it. */
export interface ArticleFacts {
  text: string
  contentHash: string
  speakerIds: ReadonlySet<string>
}

export type ArticleLookup = (id: ArticleId) => ArticleFacts | null

const invalid = (message: string) => new AppError('invalid-argument', message)

function findAnnotation(state: StoreData, id: AnnotationId): Annotation {
  const found = state.annotations.find((a) => a.id === id)
  if (!found) throw new AppError('not-found', 'That highlight no longer exists.')
  return found
}

function findTag(state: StoreData, id: TagId): Tag {
  const found = state.tags.find((t) => t.id === id)
  if (!found) throw new AppError('not-found', 'That tag no longer exists.')
  return found
}

function checkTags(state: StoreData, tagIds: readonly TagId[]): TagId[] {
  for (const id of tagIds) findTag(state, id)
  return [...new Set(tagIds)]
}

function checkSpeaker(state: StoreData, facts: ArticleFacts, speaker: SpeakerRef | null) {
  if (speaker?.source === 'article' && !facts.speakerIds.has(speaker.id)) {
    throw invalid('That speaker is not quoted in this article.')
  }
  if (speaker?.source === 'student' && !state.speakers.some((s) => s.id === speaker.id)) {
    throw new AppError('not-found', 'That speaker no longer exists.')
  }
}

function articleFacts(lookup: ArticleLookup, id: ArticleId): ArticleFacts {
  const facts = lookup(id)
  if (!facts) throw new AppError('not-found', 'That article is not in the library.')
  return facts
}

/**
 * Add a highlight. Its target must describe text that is really in the article. A draft whose
 * proposed id is already taken was made before (its answer was lost on the way to the page):
 * that highlight is the answer, and nothing changes.
 */
export function createAnnotation(
  state: StoreData,
  draft: AnnotationDraft,
  ctx: ChangeContext,
  lookup: ArticleLookup,
): { state: StoreData; annotation: Annotation } {
  const made = draft.id && state.annotations.find((a) => a.id === draft.id)
  if (made) return { state, annotation: made }
  const facts = articleFacts(lookup, draft.target.articleId)
  const { start, end } = draft.target.position
  if (start >= end || end > facts.text.length)
    throw invalid('The highlight is outside the article.')
  if (draft.target.contentHash !== facts.contentHash) {
    throw invalid('The article changed since the text was selected. Select it again.')
  }
  if (facts.text.slice(start, end) !== draft.target.quote.exact) {
    throw invalid('The highlighted words do not match the article’s text.')
  }
  checkSpeaker(state, facts, draft.speaker)
  const annotation: Annotation = {
    id: draft.id ?? (ctx.newId() as AnnotationId),
    target: draft.target,
    colour: draft.colour,
    tagIds: checkTags(state, draft.tagIds),
    speaker: draft.speaker,
    note: draft.note,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  return {
    state: {
      ...state,
      annotations: [...state.annotations, annotation],
      preferences: { ...state.preferences, lastColour: draft.colour },
    },
    annotation,
  }
}

/** Change a highlight's colour, tags, speaker or note. */
export function updateAnnotation(
  state: StoreData,
  id: AnnotationId,
  patch: AnnotationPatch,
  ctx: ChangeContext,
  lookup: ArticleLookup,
): { state: StoreData; annotation: Annotation } {
  const current = findAnnotation(state, id)
  if (patch.speaker !== undefined) {
    checkSpeaker(state, articleFacts(lookup, current.target.articleId), patch.speaker)
  }
  // Field by field, not `...patch`: a key there but undefined (the type allows it) keeps the value.
  const annotation: Annotation = {
    ...current,
    colour: patch.colour ?? current.colour,
    tagIds: patch.tagIds ? checkTags(state, patch.tagIds) : current.tagIds,
    speaker: patch.speaker === undefined ? current.speaker : patch.speaker,
    note: patch.note ?? current.note,
    updatedAt: ctx.now,
  }
  const preferences = patch.colour
    ? { ...state.preferences, lastColour: patch.colour }
    : state.preferences
  return {
    state: {
      ...state,
      annotations: state.annotations.map((a) => (a.id === id ? annotation : a)),
      preferences,
    },
    annotation,
  }
}

export function deleteAnnotation(state: StoreData, id: AnnotationId): StoreData {
  findAnnotation(state, id)
  return { ...state, annotations: state.annotations.filter((a) => a.id !== id) }
}

/**
 * Merge highlights into one: `keepId` keeps its words, colour and speaker (or takes the first
 * speaker the others name), and gains every tag and note of the others, which are removed. For
 * highlights over the same (or nearly the same) words, so a passage is one highlight.
 */
export function mergeAnnotations(
  state: StoreData,
  keepId: AnnotationId,
  otherIds: readonly AnnotationId[],
  ctx: ChangeContext,
): { state: StoreData; annotation: Annotation } {
  const keep = findAnnotation(state, keepId)
  const others = otherIds.map((id) => findAnnotation(state, id))
  if (others.some((o) => o.target.articleId !== keep.target.articleId)) {
    throw invalid('Only highlights of the same article can be merged.')
  }
  const all = [keep, ...others]
  const tagIds = [...new Set(all.flatMap((a) => a.tagIds))]
  if (tagIds.length > MAX_TAGS_PER_ANNOTATION) {
    throw invalid(`Together they carry more than ${MAX_TAGS_PER_ANNOTATION} tags.`)
  }
  const note = [...new Set(all.map((a) => a.note.trim()).filter(Boolean))].join('\n\n')
  if (note.length > MAX_NOTE_LENGTH) {
    throw invalid('Their notes together are longer than one note can be. Shorten one first.')
  }
  const annotation: Annotation = {
    ...keep,
    tagIds,
    note,
    speaker: keep.speaker ?? others.find((o) => o.speaker)?.speaker ?? null,
    updatedAt: ctx.now,
  }
  const gone = new Set<string>(otherIds)
  return {
    state: {
      ...state,
      annotations: state.annotations.flatMap((a) =>
        a.id === keepId ? [annotation] : gone.has(a.id) ? [] : [a],
      ),
    },
    annotation,
  }
}

function checkTagName(state: StoreData, name: string, except: TagId | null): string {
  const trimmed = name.trim()
  if (!trimmed) throw invalid('A tag needs a name.')
  const clash = state.tags.find(
    (t) => t.id !== except && t.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase(),
  )
  if (clash) throw invalid(`There is already a tag called “${clash.name}”.`)
  return trimmed
}

/** Add a tag; as with highlights, a proposed id already taken answers with that tag. */
export function createTag(
  state: StoreData,
  draft: NewTag,
  ctx: ChangeContext,
): { state: StoreData; tag: Tag } {
  const made = draft.id && state.tags.find((t) => t.id === draft.id)
  if (made) return { state, tag: made }
  const tag: Tag = {
    ...draft,
    id: draft.id ?? (ctx.newId() as TagId),
    name: checkTagName(state, draft.name, null),
    group: draft.group.trim(),
  }
  return { state: { ...state, tags: [...state.tags, tag] }, tag }
}

export function updateTag(
  state: StoreData,
  id: TagId,
  patch: TagPatch,
): { state: StoreData; tag: Tag } {
  const current = findTag(state, id)
  // Field by field, not `...patch`: a key there but undefined (the type allows it) keeps the value.
  const tag: Tag = {
    ...current,
    name: patch.name === undefined ? current.name : checkTagName(state, patch.name, id),
    colour: patch.colour ?? current.colour,
    description: patch.description ?? current.description,
    group: patch.group === undefined ? current.group : patch.group.trim(),
  }
  return { state: { ...state, tags: state.tags.map((t) => (t.id === id ? tag : t)) }, tag }
}

/** Replace one tag by another on every annotation, then remove it. */
export function mergeTags(state: StoreData, fromId: TagId, intoId: TagId, now: string): StoreData {
  if (fromId === intoId) throw invalid('A tag cannot be merged into itself.')
  findTag(state, fromId)
  findTag(state, intoId)
  const annotations = state.annotations.map((a) =>
    a.tagIds.includes(fromId)
      ? {
          ...a,
          tagIds: [...new Set(a.tagIds.map((t) => (t === fromId ? intoId : t)))],
          updatedAt: now,
        }
      : a,
  )
  return { ...state, annotations, tags: state.tags.filter((t) => t.id !== fromId) }
}

/** Remove a tag, doing with its annotations what the student chose. */
export function deleteTag(
  state: StoreData,
  id: TagId,
  deletion: TagDeletion,
  now: string,
): StoreData {
  findTag(state, id)
  if (deletion.mode === 'replace') return mergeTags(state, id, deletion.withTagId, now)
  const tags = state.tags.filter((t) => t.id !== id)
  const annotations =
    deletion.mode === 'delete-annotations'
      ? state.annotations.filter((a) => !a.tagIds.includes(id))
      : state.annotations.map((a) =>
          a.tagIds.includes(id)
            ? { ...a, tagIds: a.tagIds.filter((t) => t !== id), updatedAt: now }
            : a,
        )
  return { ...state, tags, annotations }
}

/**
 * Add a speaker of the student's own; the same name and role again gives back the existing one.
 * A proposed id is kept as given (changes queued with it may already name it), and one already
 * taken answers with that speaker.
 */
export function createSpeaker(
  state: StoreData,
  draft: StudentSpeakerDraft,
  ctx: ChangeContext,
): { state: StoreData; speaker: StudentSpeaker } {
  const made = draft.id && state.speakers.find((s) => s.id === draft.id)
  if (made) return { state, speaker: made }
  const name = draft.name.trim()
  const role = draft.role.trim()
  if (!name) throw invalid('A speaker needs a name.')
  const existing = !draft.id && state.speakers.find((s) => s.name === name && s.role === role)
  if (existing) return { state, speaker: existing }
  const speaker: StudentSpeaker = {
    id: draft.id ?? (ctx.newId() as StudentSpeakerId),
    name,
    role,
  }
  return { state: { ...state, speakers: [...state.speakers, speaker] }, speaker }
}
