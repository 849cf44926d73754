import { anchorTarget } from '../../shared/anchoring'
import type { Annotation } from '../../shared/model/annotation'
import { speakerLabel, type Article } from '../../shared/model/article'
import type { StoreData } from '../../shared/model/store-data'
import type { Tag } from '../../shared/model/tag'
import type { BriefingRequest } from './briefing-request'

/**
 * An included annotation, placed in its article's current text and with its references resolved.
 * (The renderer's annotation-view does the same for the screen; main cannot import it.)
 */
export interface ResolvedAnnotation {
  annotation: Annotation
  article: Article
  placement:
    | { status: 'anchored'; start: number; end: number; from: number | null; to: number | null }
    | { status: 'orphaned'; reason: string }
  /** The included tags it carries, in codebook order. */
  tags: Tag[]
  speaker: { name: string; role: string | null } | null
}

/**
 * The annotations a request includes, in reading order: articles in the request's order, then
 * position in the text; orphaned annotations last within their article, so they are listed
 * rather than lost. An annotation is included when its article is, and, if the request names
 * tags, when it carries one of them; tags the request leaves out are not shown on it.
 */
export function resolveAnnotations(
  request: BriefingRequest,
  articles: readonly Article[],
  store: StoreData,
): ResolvedAnnotation[] {
  const included = includedTags(request, store.tags)
  const result: ResolvedAnnotation[] = []
  for (const article of requestedArticles(request, articles)) {
    const own: ResolvedAnnotation[] = []
    for (const annotation of store.annotations) {
      if (annotation.target.articleId !== article.id) continue
      const tags = included.filter((tag) => annotation.tagIds.includes(tag.id))
      if (request.tagIds.length > 0 && tags.length === 0) continue
      own.push({
        annotation,
        article,
        placement: place(article, annotation),
        tags,
        speaker: resolveSpeaker(article, annotation, store),
      })
    }
    const position = (r: ResolvedAnnotation) =>
      r.placement.status === 'anchored' ? r.placement.start : Number.MAX_SAFE_INTEGER
    own.sort(
      (a, b) =>
        position(a) - position(b) ||
        a.annotation.createdAt.localeCompare(b.annotation.createdAt) ||
        a.annotation.id.localeCompare(b.annotation.id),
    )
    result.push(...own)
  }
  return result
}

/** The request's articles in its order. An id the library does not hold is a caller's mistake. */
export function requestedArticles(
  request: BriefingRequest,
  articles: readonly Article[],
): Article[] {
  return request.articleIds.map((id) => {
    const article = articles.find((a) => a.id === id)
    if (!article) throw new Error(`The briefing request names an unknown article "${id}".`)
    return article
  })
}

/** The codebook's tags the request includes, in codebook order. */
export function includedTags(request: BriefingRequest, tags: readonly Tag[]): Tag[] {
  return request.tagIds.length === 0 ? [...tags] : tags.filter((t) => request.tagIds.includes(t.id))
}

function place(article: Article, annotation: Annotation): ResolvedAnnotation['placement'] {
  const anchored = anchorTarget(article.text, article.contentHash, annotation.target)
  if (anchored.status === 'orphaned') return anchored
  // Trim white space a selection may have caught, so citations and quotes start on a word.
  let start = anchored.start
  let end = anchored.end
  while (start < end && /\s/u.test(article.text[start] ?? '')) start++
  while (end > start && /\s/u.test(article.text[end - 1] ?? '')) end--
  const numbered = article.blocks.filter((b) => b.number !== null && b.end > start && b.start < end)
  // A highlight on a speaker line alone cites the quote paragraph after it.
  const after = article.blocks.find((b) => b.number !== null && b.start >= start)
  const from = numbered[0]?.number ?? after?.number ?? null
  const to = numbered.at(-1)?.number ?? from
  return { status: 'anchored', start, end, from, to }
}

function resolveSpeaker(
  article: Article,
  annotation: Annotation,
  store: StoreData,
): ResolvedAnnotation['speaker'] {
  const ref = annotation.speaker
  if (!ref) return null
  const found =
    ref.source === 'article'
      ? article.speakers.find((s) => s.id === ref.id)
      : store.speakers.find((s) => s.id === ref.id)
  if (!found) return null
  const name = speakerLabel(found)
  // A speaker named by role only has that role as their name already; do not print it twice.
  const role = found.role && found.name ? found.role : null
  return { name, role }
}
