import type { StudentSpeaker, StudentSpeakerId } from '../../../shared/model/annotation'
import { AppError } from '../../../shared/errors'
import type { Tag, TagDeletion, TagDraft, TagId, TagPatch } from '../../../shared/model/tag'
import type { RecordsStore } from './records-store'

/**
 * The codebook (argument tags) and the speakers the student added. Changes go out through the
 * records store's outbox, as annotations do; the few refusals a student can fix (an empty name,
 * a name in use) are checked here first, so they are said beside the field even while the host
 * is away. Main checks them again.
 */
export function createCodebookStore(records: RecordsStore) {
  const state = {
    get tags() {
      return records.records().tags
    },
    get speakers() {
      return records.records().speakers
    },
  }
  const tagById = (id: TagId) => records.records().tags.find((t) => t.id === id)

  // The same checks and words as main's (src/main/workspace/operations.ts, checkTagName).
  function checkTagName(name: string, except: TagId | null) {
    const trimmed = name.trim()
    if (!trimmed) throw new AppError('invalid-argument', 'A tag needs a name.')
    const clash = records
      .records()
      .tags.find(
        (t) => t.id !== except && t.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase(),
      )
    if (clash) {
      throw new AppError('invalid-argument', `There is already a tag called “${clash.name}”.`)
    }
  }

  const createTag = async (draft: TagDraft): Promise<Tag> => {
    checkTagName(draft.name, null)
    const id = records.newId() as TagId
    const saved = await records.submit({ channel: 'tags:create', args: [{ ...draft, id }] })
    return (saved as Tag | null) ?? tagById(id)!
  }

  const updateTag = async (id: TagId, patch: TagPatch): Promise<Tag> => {
    if (patch.name !== undefined) checkTagName(patch.name, id)
    const saved = await records.submit({ channel: 'tags:update', args: [id, patch] })
    return (saved as Tag | null) ?? tagById(id)!
  }

  // Merging and deleting change highlights too: the page shows that at once, and reads them
  // again from main once it has answered.
  const mergeTags = async (fromId: TagId, intoId: TagId): Promise<void> => {
    await records.submit({ channel: 'tags:merge', args: [fromId, intoId] })
  }
  const deleteTag = async (id: TagId, deletion: TagDeletion): Promise<void> => {
    await records.submit({ channel: 'tags:delete', args: [id, deletion] })
  }

  /** Add a speaker; one with the same name and role already there is given back instead. */
  const createSpeaker = async (draft: Omit<StudentSpeaker, 'id'>): Promise<StudentSpeaker> => {
    const name = draft.name.trim()
    const role = draft.role.trim()
    if (!name) throw new AppError('invalid-argument', 'A speaker needs a name.')
    const existing = records.records().speakers.find((s) => s.name === name && s.role === role)
    if (existing) return existing
    const id = records.newId() as StudentSpeakerId
    const saved = await records.submit({ channel: 'speakers:create', args: [{ name, role, id }] })
    return (saved as StudentSpeaker | null) ?? records.records().speakers.find((s) => s.id === id)!
  }

  return {
    state,
    reload: () => records.reload(),
    createTag,
    updateTag,
    mergeTags,
    deleteTag,
    createSpeaker,
    tagById,
  }
}

export type CodebookStore = ReturnType<typeof createCodebookStore>
