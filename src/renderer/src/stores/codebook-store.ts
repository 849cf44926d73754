import { createSignal } from 'solid-js'
import type { Api } from '../../../shared/contract'
import type { StudentSpeaker } from '../../../shared/model/annotation'
import type { Tag, TagDeletion, TagDraft, TagId, TagPatch } from '../../../shared/model/tag'
import { keepUnchanged, replaceRecord } from './records'

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
  // Plain records, as in the annotations store (see records.ts).
  const [tags, setTags] = createSignal<readonly Tag[]>([])
  const [speakers, setSpeakers] = createSignal<readonly StudentSpeaker[]>([])
  const state = {
    get tags() {
      return tags()
    },
    get speakers() {
      return speakers()
    },
  }

  const reload = async () => {
    const [freshTags, freshSpeakers] = await Promise.all([
      api['tags:list'](),
      api['speakers:list'](),
    ])
    setTags((held) => keepUnchanged(held, freshTags))
    setSpeakers((held) => keepUnchanged(held, freshSpeakers))
  }

  const createTag = async (draft: TagDraft) => {
    const tag = await api['tags:create'](draft)
    setTags((held) => [...held, tag])
    return tag
  }

  const updateTag = async (id: TagId, patch: TagPatch) => {
    const tag = await api['tags:update'](id, patch)
    setTags((held) => replaceRecord(held, tag))
    return tag
  }

  // Merging and deleting touch annotations too: the caller reloads those.
  const mergeTags = (fromId: TagId, intoId: TagId) => api['tags:merge'](fromId, intoId).then(reload)
  const deleteTag = (id: TagId, deletion: TagDeletion) =>
    api['tags:delete'](id, deletion).then(reload)

  const createSpeaker = async (draft: Omit<StudentSpeaker, 'id'>) => {
    const speaker = await api['speakers:create'](draft)
    setSpeakers((held) => (held.some((s) => s.id === speaker.id) ? held : [...held, speaker]))
    return speaker
  }

  const tagById = (id: TagId) => tags().find((t) => t.id === id)

  return { state, reload, createTag, updateTag, mergeTags, deleteTag, createSpeaker, tagById }
}

export type CodebookStore = ReturnType<typeof createCodebookStore>
