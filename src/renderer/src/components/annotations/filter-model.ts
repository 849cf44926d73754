import type { AnnotationFilter, AnnotationView } from '../../annotations/annotation-view'
import type { Tag, TagId } from '../../../../shared/model/tag'

/** Whether any part of the filter narrows the list (blank search text does not). */
export function isFiltering(filter: AnnotationFilter): boolean {
  return (
    filter.tagIds.length > 0 ||
    filter.colours.length > 0 ||
    filter.speakers.length > 0 ||
    filter.text.trim() !== ''
  )
}

/** The list with `item` added, or removed if it was there: what a toggle button does. */
export function toggleItem<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}

/** The distinct speaker names in the views, alphabetically, for a speaker select. */
export function speakerNamesOf(views: readonly AnnotationView[]): string[] {
  const names = new Set<string>()
  for (const view of views) if (view.speaker) names.add(view.speaker.name)
  return [...names].sort((a, b) => a.localeCompare(b))
}

/**
 * The filter without tags the codebook no longer has. A tag deleted (or merged away) while it was
 * selected would otherwise hide every highlight behind a toggle that is no longer on screen.
 * Returns the same object when nothing is dropped, so memos downstream do not rerun.
 */
export function pruneFilter(filter: AnnotationFilter, tags: readonly Tag[]): AnnotationFilter {
  const kept = filter.tagIds.filter((id) => tags.some((t) => t.id === id))
  return kept.length === filter.tagIds.length ? filter : { ...filter, tagIds: kept }
}

/** "3 of 12 shown" while a filter is on; empty otherwise (the heading already has the count). */
export function shownSummary(shown: number, total: number, filtering: boolean): string {
  return filtering ? `${shown} of ${total} shown` : ''
}

/** "1 highlight", "12 highlights". */
export function countHighlights(count: number): string {
  return `${count} ${count === 1 ? 'highlight' : 'highlights'}`
}

/**
 * The tags worth offering as filters: those some view carries, plus any already selected (so a
 * selected toggle never vanishes), in codebook order. Offering unused tags would only lead to
 * empty lists.
 */
export function tagsInUse(
  views: readonly AnnotationView[],
  tags: readonly Tag[],
  selected: readonly TagId[],
): Tag[] {
  const used = new Set<TagId>(selected)
  for (const view of views) for (const id of view.annotation.tagIds) used.add(id)
  return tags.filter((t) => used.has(t.id))
}
