import { ARTICLE_KIND_LABELS, type Article } from '../../shared/model/article'
import type {
  AppendixArticle,
  AppendixBlock,
  AppendixHighlight,
  AppendixNote,
} from './briefing-document'
import type { AnchorMaker } from './layout-entries'
import type { ResolvedAnnotation } from './resolve-annotations'

/**
 * One included article as the appendix prints it: every block of its text with the highlights
 * falling in it (a highlight over two paragraphs is cut at the break), the notes numbered in
 * the order their highlights end, and how many of its highlights lost their place (listed in
 * the pack's own section for them).
 */
export function layoutAppendixArticle(
  article: Article,
  resolved: readonly ResolvedAnnotation[],
  includeNotes: boolean,
  anchor: AnchorMaker,
): AppendixArticle {
  const own = resolved.filter((r) => r.article.id === article.id)
  const notes: AppendixNote[] = []
  const noteOf = new Map<string, number>()
  // Numbered in the order their markers appear, where each highlight ends, so footnotes at the
  // foot of a page always run in order.
  const endOf = (r: ResolvedAnnotation) => (r.placement.status === 'anchored' ? r.placement.end : 0)
  // A highlight quoted in parts (one per speaker) carries its note where its last part ends.
  const endsHighlight = (r: ResolvedAnnotation) => r.part === null || r.part.index === r.part.of
  for (const r of [...own].sort((a, b) => endOf(a) - endOf(b))) {
    const text = r.annotation.note.trim()
    if (!includeNotes || !text || r.placement.status !== 'anchored' || !endsHighlight(r)) continue
    const number = notes.length + 1
    notes.push({ number, annotationId: r.annotation.id, text })
    noteOf.set(r.annotation.id, number)
  }

  const blocks = article.blocks.map((block): AppendixBlock => {
    const highlights: AppendixHighlight[] = []
    for (const r of own) {
      const p = r.placement
      if (p.status !== 'anchored' || p.end <= block.start || p.start >= block.end) continue
      const endsHere = p.end <= block.end && endsHighlight(r)
      const note = includeNotes ? r.annotation.note.trim() : ''
      const tags = r.tags.map((t) => t.name)
      highlights.push({
        annotationId: r.annotation.id,
        start: Math.max(p.start, block.start) - block.start,
        end: Math.min(p.end, block.end) - block.start,
        colour: r.annotation.colour,
        noteNumber: endsHere ? (noteOf.get(r.annotation.id) ?? null) : null,
        comment: note || (tags.length ? `Tags: ${tags.join(', ')}` : 'Highlight'),
        tags,
        updatedAt: r.annotation.updatedAt,
      })
    }
    highlights.sort((a, b) => a.start - b.start || a.end - b.end)
    return {
      kind: block.kind,
      number: block.number,
      text: article.text.slice(block.start, block.end),
      // A byline is marked where its role breaks off, as the reader marks it.
      cutOff: block.kind === 'speaker-line' ? bylineCutOff(article, block) : block.cutOff,
      highlights,
    }
  })
  const drawn = new Set(blocks.flatMap((b) => b.highlights.map((h) => h.annotationId)))

  return {
    anchor: anchor('article'),
    articleId: article.id,
    title: article.title,
    publication: article.publication,
    kindLabel: ARTICLE_KIND_LABELS[article.kind],
    blocks,
    notes,
    highlightCount: drawn.size,
    orphanCount: own.filter((r) => r.placement.status === 'orphaned').length,
  }
}

/** Whether the byline names a speaker whose role the source cuts off. */
function bylineCutOff(article: Article, block: Article['blocks'][number]): boolean {
  const line = article.text.slice(block.start, block.end)
  return article.speakers.some(
    (s) => s.roleCutOff && s.name !== null && line.startsWith(`${s.name},`),
  )
}
