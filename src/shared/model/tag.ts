import type { Brand } from './brand'

export type TagId = Brand<string, 'TagId'>

/** An argument tag of the codebook: Claim, Evidence, For integration, Funding… */
export interface Tag {
  id: TagId
  name: string
  /** `#rrggbb`. */
  colour: string
  description: string
  /** The codebook's heading the tag sits under: "Role", "Stance", "Theme", or the student's own. */
  group: string
}

export type TagDraft = Omit<Tag, 'id'>
export type TagPatch = Partial<TagDraft>
/** A tag to add, with the UUID the page proposes for it (see `AnnotationDraft.id`). */
export type NewTag = TagDraft & { id?: TagId }

/** What becomes of the annotations carrying a tag that is deleted. */
export type TagDeletion =
  { mode: 'untag' } | { mode: 'delete-annotations' } | { mode: 'replace'; withTagId: TagId }
