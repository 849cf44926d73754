import type { Annotation } from '../../../../shared/model/annotation'
import type { Tag, TagId } from '../../../../shared/model/tag'

/** A heading of the codebook and its tags. `group` is the stored value ("" for none). */
export interface TagGroup {
  group: string
  label: string
  tags: Tag[]
}

/** What a tag with an empty group is listed under. */
export const UNGROUPED_LABEL = 'Other'

/**
 * Tags under their group headings. Groups keep the order they first appear in the codebook and
 * tags keep codebook order within a group, so the student's own ordering is never reshuffled.
 * Tags without a group come last.
 */
export function groupTags(tags: readonly Tag[]): TagGroup[] {
  const groups = new Map<string, TagGroup>()
  for (const tag of tags) {
    const group = tag.group.trim()
    const entry = groups.get(group) ?? { group, label: group || UNGROUPED_LABEL, tags: [] }
    entry.tags.push(tag)
    groups.set(group, entry)
  }
  const ungrouped = groups.get('')
  groups.delete('')
  return ungrouped ? [...groups.values(), ungrouped] : [...groups.values()]
}

/** The group names in use, in codebook order: suggestions for a group field. */
export function groupNames(tags: readonly Tag[]): string[] {
  return [...new Set(tags.map((t) => t.group.trim()).filter((g) => g !== ''))]
}

/**
 * How many annotations carry each tag, orphaned ones included (deleting a tag touches them too).
 * Every tag of the codebook has an entry, 0 when unused.
 */
export function countTagUse(
  annotations: readonly Annotation[],
  tags: readonly Tag[],
): Map<TagId, number> {
  const counts = new Map<TagId, number>(tags.map((t) => [t.id, 0]))
  for (const annotation of annotations) {
    for (const id of new Set(annotation.tagIds)) {
      const count = counts.get(id)
      if (count !== undefined) counts.set(id, count + 1)
    }
  }
  return counts
}

/**
 * Colours offered to a new tag: mid-tones like the default codebook's, so dark text on a tag label
 * stays readable in both themes. The first eight are hues the default codebook does not use; its
 * own colours follow, for a codebook that has used those up.
 */
export const TAG_PALETTE = [
  '#7e57c2',
  '#8d6e63',
  '#1e88e5',
  '#c0ca33',
  '#f06292',
  '#26a69a',
  '#ffb300',
  '#78909c',
  '#d1495b',
  '#2e86ab',
  '#edae49',
  '#3c9d5d',
  '#8e6cbf',
  '#e4572e',
  '#00897b',
  '#5c6bc0',
  '#ec407a',
  '#26a9c6',
  '#9e9e9e',
  '#f29e4c',
] as const

/** The first palette colour no tag uses yet (case-insensitively), or the first if all are taken. */
export function suggestColour(tags: readonly Tag[]): string {
  const used = new Set(tags.map((t) => t.colour.toLowerCase()))
  return TAG_PALETTE.find((c) => !used.has(c)) ?? TAG_PALETTE[0]
}
