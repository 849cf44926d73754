import type { HistoryStep, StoreStatus } from '../../shared/contract'
import type {
  Annotation,
  AnnotationDraft,
  AnnotationId,
  AnnotationPatch,
  StudentSpeaker,
  StudentSpeakerDraft,
} from '../../shared/model/annotation'
import type { ArticleId } from '../../shared/model/article'
import type { StoreData } from '../../shared/model/store-data'
import type { NewTag, Tag, TagDeletion, TagId, TagPatch } from '../../shared/model/tag'
import type { Library } from '../library/load-library'
import type { StoreHandle } from '../store/open-store'
import { Committed, reportOutcome, reportStatus } from './committed'
import { emptyHistory, recordChange, redo, undo, type History } from './history'
import * as op from './operations'

/**
 * The student's work as the contract sees it: every change goes through a pure operation, is
 * recorded for undo, and is handed to the store, which alone writes. A change resolves once the
 * store has tried to put it on disk, as a `Committed` answer that says how that went: on disk,
 * or kept in memory and retried (with the reason).
 */
export function createWorkspace(deps: {
  store: StoreHandle
  library: Library
  now?: () => Date
  newId?: () => string
}) {
  const { store, library } = deps
  const now = () => (deps.now ?? (() => new Date()))().toISOString()
  const newId = deps.newId ?? (() => crypto.randomUUID())
  let history: History = emptyHistory

  const lookup: op.ArticleLookup = (id) => {
    try {
      const article = library.get(id)
      const speakerIds = new Set<string>(article.speakers.map((s) => s.id))
      return { text: article.text, contentHash: article.contentHash, speakerIds }
    } catch {
      return null
    }
  }

  async function change<T>(
    description: string,
    apply: (state: StoreData, ctx: op.ChangeContext) => { state: StoreData; result: T },
    coalesceKey: string | null = null,
  ): Promise<Committed<T>> {
    const before = store.read()
    const { state, result } = apply(before, { now: now(), newId })
    if (state === before) return new Committed(result, await reportUnchanged())
    const saved = await commitRecorded(
      state,
      recordChange(history, before, description, coalesceKey),
    )
    return new Committed(result, saved)
  }

  async function move(direction: 'undo' | 'redo'): Promise<Committed<HistoryStep>> {
    const step = (direction === 'undo' ? undo : redo)(history, store.read())
    if (!step) return new Committed({ changed: false, description: null }, await reportUnchanged())
    const saved = await commitRecorded(step.state, step.history)
    return new Committed({ changed: true, description: step.description }, saved)
  }

  // History moves with the state at once (not after the write), so changes made while a write is
  // in flight still undo in order; a state the store refuses takes its history entry with it.
  async function commitRecorded(state: StoreData, nextHistory: History) {
    const previous = history
    history = nextHistory
    try {
      return reportOutcome(await store.commit(state), store.status().storeSession)
    } catch (error) {
      history = previous
      throw error
    }
  }

  // A call that changed nothing (a create sent again with the id it already has) is as saved as
  // the state that holds its change: once that state's write has been tried, say how it went.
  async function reportUnchanged() {
    await store.flush()
    return reportStatus(store.status())
  }

  return {
    listAnnotations: (articleId: ArticleId | null): Annotation[] =>
      store
        .read()
        .annotations.filter((a) => articleId === null || a.target.articleId === articleId),

    createAnnotation: (draft: AnnotationDraft) =>
      change('highlight', (state, ctx) => {
        const { state: next, annotation } = op.createAnnotation(state, draft, ctx, lookup)
        return { state: next, result: annotation }
      }),

    updateAnnotation: (id: AnnotationId, patch: AnnotationPatch) =>
      change(
        describePatch(patch),
        (state, ctx) => {
          const { state: next, annotation } = op.updateAnnotation(state, id, patch, ctx, lookup)
          return { state: next, result: annotation }
        },
        // Typing a note saves many times; undo takes the whole edit back at once.
        Object.keys(patch).join() === 'note' ? `note:${id}` : null,
      ),

    deleteAnnotation: (id: AnnotationId) =>
      change('delete highlight', (state) => ({
        state: op.deleteAnnotation(state, id),
        result: null,
      })),

    mergeAnnotations: (keepId: AnnotationId, otherIds: AnnotationId[]) =>
      change('merge highlights', (state, ctx) => {
        const { state: next, annotation } = op.mergeAnnotations(state, keepId, otherIds, ctx)
        return { state: next, result: annotation }
      }),

    listTags: (): Tag[] => store.read().tags,

    createTag: (draft: NewTag) =>
      change(`new tag “${draft.name.trim()}”`, (state, ctx) => {
        const { state: next, tag } = op.createTag(state, draft, ctx)
        return { state: next, result: tag }
      }),

    updateTag: (id: TagId, patch: TagPatch) =>
      change('edit tag', (state) => {
        const { state: next, tag } = op.updateTag(state, id, patch)
        return { state: next, result: tag }
      }),

    mergeTags: (fromId: TagId, intoId: TagId) =>
      change('merge tags', (state, ctx) => ({
        state: op.mergeTags(state, fromId, intoId, ctx.now),
        result: null,
      })),

    deleteTag: (id: TagId, deletion: TagDeletion) =>
      change('delete tag', (state, ctx) => ({
        state: op.deleteTag(state, id, deletion, ctx.now),
        result: null,
      })),

    listSpeakers: (): StudentSpeaker[] => store.read().speakers,

    createSpeaker: (draft: StudentSpeakerDraft) =>
      change('new speaker', (state, ctx) => {
        const { state: next, speaker } = op.createSpeaker(state, draft, ctx)
        return { state: next, result: speaker }
      }),

    preferences: () => store.read().preferences,

    undo: () => move('undo'),
    redo: () => move('redo'),

    status: (): StoreStatus => ({
      ...store.status(),
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
    }),
  }
}

export type Workspace = ReturnType<typeof createWorkspace>

function describePatch(patch: AnnotationPatch): string {
  const fields = Object.keys(patch)
  if (fields.length !== 1) return 'edit highlight'
  return (
    {
      colour: 'change colour',
      tagIds: 'change tags',
      speaker: 'change speaker',
      note: 'edit note',
    }[fields[0] as keyof AnnotationPatch] ?? 'edit highlight'
  )
}
