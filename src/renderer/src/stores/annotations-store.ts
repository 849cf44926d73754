import { createStore, reconcile } from 'solid-js/store'
import type { Api } from '../../../shared/contract'
import type {
  Annotation,
  AnnotationDraft,
  AnnotationId,
  AnnotationPatch,
  HighlightColour,
} from '../../../shared/model/annotation'

type AnnotationsApi = Pick<
  Api,
  | 'annotations:list'
  | 'annotations:create'
  | 'annotations:update'
  | 'annotations:delete'
  | 'preferences:get'
>

/**
 * Every annotation the student has made, across articles (the overview needs them all; 10,000 is
 * under 2 MB). Main stamps ids and times and owns the truth: after each change the store takes
 * main's answer, and `reload` re-reads everything after an undo or redo.
 */
export function createAnnotationsStore(api: AnnotationsApi) {
  const [state, setState] = createStore({
    items: [] as Annotation[],
    loaded: false,
    /** The colour a new highlight takes: the last one used, remembered by main across sessions. */
    lastColour: 'yellow' as HighlightColour,
  })

  const reload = async () => {
    const [items, preferences] = await Promise.all([
      api['annotations:list'](null),
      api['preferences:get'](),
    ])
    setState('items', reconcile(items, { key: 'id' }))
    setState({ loaded: true, lastColour: preferences.lastColour })
  }

  const create = async (draft: AnnotationDraft) => {
    const saved = await api['annotations:create'](draft)
    setState('items', (items) => [...items, saved])
    setState('lastColour', saved.colour)
    return saved
  }

  const update = async (id: AnnotationId, patch: AnnotationPatch) => {
    const saved = await api['annotations:update'](id, patch)
    setState('items', (a) => a.id === id, reconcile(saved))
    if (patch.colour) setState('lastColour', patch.colour)
    return saved
  }

  const remove = async (id: AnnotationId) => {
    await api['annotations:delete'](id)
    setState('items', (items) => items.filter((a) => a.id !== id))
  }

  return { state, reload, create, update, remove }
}

export type AnnotationsStore = ReturnType<typeof createAnnotationsStore>
