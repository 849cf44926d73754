import { createStore, reconcile } from 'solid-js/store'
import type { Api } from '../../../shared/contract'
import type { StudentSpeaker } from '../../../shared/model/annotation'
import type { Tag, TagDeletion, TagDraft, TagId, TagPatch } from '../../../shared/model/tag'

type CodebookApi = Pick<
  Api,
  | 'tags:list'
  | 'tags:create'
  | 'tags:update'
  | 'tags:merge'
  | 'tags:delete'
  | 'speakers:list'
  | 'speakers:create'
>

/** The codebook (argument tags) and the speakers the student added. */
export function createCodebookStore(api: CodebookApi) {
  const [state, setState] = createStore({ tags: [] as Tag[], speakers: [] as StudentSpeaker[] })

  const reload = async () => {
    const [tags, speakers] = await Promise.all([api['tags:list'](), api['speakers:list']()])
    setState('tags', reconcile(tags, { key: 'id' }))
    setState('speakers', reconcile(speakers, { key: 'id' }))
  }

  const createTag = async (draft: TagDraft) => {
    const tag = await api['tags:create'](draft)
    setState('tags', (tags) => [...tags, tag])
    return tag
  }

  const updateTag = async (id: TagId, patch: TagPatch) => {
    const tag = await api['tags:update'](id, patch)
    setState('tags', (t) => t.id === id, reconcile(tag))
    return tag
  }

  // Merging and deleting touch annotations too: the caller reloads those.
  const mergeTags = (fromId: TagId, intoId: TagId) => api['tags:merge'](fromId, intoId).then(reload)
  const deleteTag = (id: TagId, deletion: TagDeletion) =>
    api['tags:delete'](id, deletion).then(reload)

  const createSpeaker = async (draft: Omit<StudentSpeaker, 'id'>) => {
    const speaker = await api['speakers:create'](draft)
    if (!state.speakers.some((s) => s.id === speaker.id)) {
      setState('speakers', (speakers) => [...speakers, speaker])
    }
    return speaker
  }

  const tagById = (id: TagId) => state.tags.find((t) => t.id === id)

  return { state, reload, createTag, updateTag, mergeTags, deleteTag, createSpeaker, tagById }
}

export type CodebookStore = ReturnType<typeof createCodebookStore>
