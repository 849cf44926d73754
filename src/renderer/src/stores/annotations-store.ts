import { createSignal } from 'solid-js'
import type { Api } from '../../../shared/contract'
import type {
  Annotation,
  AnnotationDraft,
  AnnotationId,
  AnnotationPatch,
  HighlightColour,
} from '../../../shared/model/annotation'
import { keepUnchanged, replaceRecord } from './records'

type AnnotationsApi = Pick<
  Api,
  | 'annotations:list'
  | 'annotations:create'
  | 'annotations:update'
  | 'annotations:delete'
  | 'annotations:merge'
  | 'preferences:get'
>

/**
 * Every annotation the student has made, across articles (the overview needs them all; 10,000 is
 * under 2 MB). Main stamps ids and times and owns the truth: after each change the store takes
 * main's answer, and `reload` re-reads everything after an undo or redo.
 */
export function createAnnotationsStore(api: AnnotationsApi) {
  // Plain records, one new object per change (see records.ts), not a deep store: what is drawn
  // from a record is drawn again only when it is another object, and a thousand highlights are
  // read without a proxy in the way.
  const [items, setItems] = createSignal<readonly Annotation[]>([])
  const [loaded, setLoaded] = createSignal(false)
  /** The colour a new highlight takes: the last one used, remembered by main across sessions. */
  const [lastColour, setLastColour] = createSignal<HighlightColour>('yellow')
  const state = {
    get items() {
      return items()
    },
    get loaded() {
      return loaded()
    },
    get lastColour() {
      return lastColour()
    },
  }

  const reload = async () => {
    const [fresh, preferences] = await Promise.all([
      api['annotations:list'](null),
      api['preferences:get'](),
    ])
    setItems((held) => keepUnchanged(held, fresh))
    setLastColour(preferences.lastColour)
    setLoaded(true)
  }

  const create = async (draft: AnnotationDraft) => {
    const saved = await api['annotations:create'](draft)
    setItems((held) => [...held, saved])
    setLastColour(saved.colour)
    return saved
  }

  const update = async (id: AnnotationId, patch: AnnotationPatch) => {
    const saved = await api['annotations:update'](id, patch)
    setItems((held) => replaceRecord(held, saved))
    if (patch.colour) setLastColour(patch.colour)
    return saved
  }

  const remove = async (id: AnnotationId) => {
    await api['annotations:delete'](id)
    setItems((held) => held.filter((a) => a.id !== id))
  }

  /** Merge highlights over the same words into `keepId`; the others are gone. */
  const merge = async (keepId: AnnotationId, otherIds: AnnotationId[]) => {
    const saved = await api['annotations:merge'](keepId, otherIds)
    const gone = new Set<string>(otherIds)
    setItems((held) => replaceRecord(held, saved).filter((a) => !gone.has(a.id)))
    return saved
  }

  return { state, reload, create, update, remove, merge }
}

export type AnnotationsStore = ReturnType<typeof createAnnotationsStore>
