import type {
  Annotation,
  AnnotationDraft,
  AnnotationId,
  AnnotationPatch,
} from '../../../shared/model/annotation'
import type { RecordsStore } from './records-store'

/**
 * Every annotation the student has made, across articles (the overview needs them all; 10,000 is
 * under 2 MB). A change shows at once and goes out through the records store's outbox; main owns
 * the truth, and its answer (with its times) replaces the page's record when it arrives.
 */
export function createAnnotationsStore(records: RecordsStore) {
  const state = {
    get items() {
      return records.records().annotations
    },
    get loaded() {
      return records.loaded()
    },
    /** The colour a new highlight takes: the last one used, remembered by main across sessions. */
    get lastColour() {
      return records.records().lastColour
    },
  }
  const shown = (id: AnnotationId) => records.records().annotations.find((a) => a.id === id)

  /**
   * Add a highlight, with an id the page makes up (so it can be changed while the host is away).
   * Resolves with main's record, or with the page's while the change is queued; rejects with the
   * AppError of a host that refuses it (it is then taken back).
   */
  const create = async (draft: AnnotationDraft): Promise<Annotation> => {
    const id = draft.id ?? (records.newId() as AnnotationId)
    const saved = await records.submit({ channel: 'annotations:create', args: [{ ...draft, id }] })
    return (saved as Annotation | null) ?? shown(id)!
  }

  const update = async (id: AnnotationId, patch: AnnotationPatch): Promise<Annotation> => {
    const saved = await records.submit({ channel: 'annotations:update', args: [id, patch] })
    return (saved as Annotation | null) ?? shown(id)!
  }

  const remove = async (id: AnnotationId): Promise<void> => {
    await records.submit({ channel: 'annotations:delete', args: [id] })
  }

  /** Merge highlights over the same words into `keepId`; the others are gone. */
  const merge = async (keepId: AnnotationId, otherIds: AnnotationId[]): Promise<Annotation> => {
    const saved = await records.submit({ channel: 'annotations:merge', args: [keepId, otherIds] })
    return (saved as Annotation | null) ?? shown(keepId)!
  }

  return {
    state,
    reload: () => records.reload(),
    create,
    update,
    remove,
    merge,
    /** Whether a change to this highlight is not on disk yet (for the editor's "Saved"). */
    isUnsaved: (id: AnnotationId) => records.holds(id),
  }
}

export type AnnotationsStore = ReturnType<typeof createAnnotationsStore>
