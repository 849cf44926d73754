import type { AnnotationId } from '../../shared/model/annotation'
import type { BriefingWarning } from '../../shared/model/briefing'
import type { AnnotationRecord } from './briefing-document'

/** Two highlights this alike (shared words over the words either covers) are one passage. */
export const NEAR_DUPLICATE_OVERLAP = 0.8

type Duplicate = Extract<BriefingWarning, { kind: 'duplicate' }>

/**
 * Highlights that say the same passage twice: exact duplicates (merged in the pack already, so
 * counted once) and near-duplicates (most of their words shared), each cluster one warning that
 * names the highlights to merge, the first made first. Placed records only: an orphan's words
 * are not in the text to compare.
 */
export function findDuplicates(records: readonly AnnotationRecord[]): Duplicate[] {
  const warnings: Duplicate[] = []
  for (const r of records) {
    if (r.duplicateIds.length > 0) {
      warnings.push({
        kind: 'duplicate',
        exact: true,
        articleId: r.articleId,
        quote: r.quote.exact,
        annotationIds: [r.id, ...r.duplicateIds],
      })
    }
  }
  warnings.push(...nearDuplicates(records))
  return warnings
}

/** Clusters of placed passages, per article, each pair linked when they overlap enough. */
function nearDuplicates(records: readonly AnnotationRecord[]): Duplicate[] {
  const placed = records
    .filter((r) => r.position && r.part === null)
    .sort((a, b) => a.articleId.localeCompare(b.articleId) || a.position!.start - b.position!.start)
  const parent = placed.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  // Sorted by start, so only passages that start before this one ends can overlap it.
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i]!
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j]!
      if (b.articleId !== a.articleId || b.position!.start >= a.position!.end) break
      if (overlap(a, b) >= NEAR_DUPLICATE_OVERLAP) parent[root(j)] = root(i)
    }
  }
  const clusters = new Map<number, AnnotationRecord[]>()
  placed.forEach((r, i) => clusters.set(root(i), [...(clusters.get(root(i)) ?? []), r]))
  return [...clusters.values()]
    .filter((cluster) => cluster.length > 1)
    .map((cluster) => {
      const ordered = [...cluster].sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      )
      return {
        kind: 'duplicate',
        exact: false,
        articleId: ordered[0]!.articleId,
        quote: ordered[0]!.quote.exact,
        annotationIds: ordered.map((r) => r.id) as AnnotationId[],
      }
    })
}

/** The words two passages share, over the words either covers (1 for the same span). */
function overlap(a: AnnotationRecord, b: AnnotationRecord): number {
  const pa = a.position!
  const pb = b.position!
  const shared = Math.min(pa.end, pb.end) - Math.max(pa.start, pb.start)
  const either = Math.max(pa.end, pb.end) - Math.min(pa.start, pb.start)
  return shared <= 0 ? 0 : shared / either
}
