import {
  placeAnnotations,
  resolveSpeaker,
  type Placement,
} from '../../shared/annotations/placement'
import type { Annotation } from '../../shared/model/annotation'
import type { Article } from '../../shared/model/article'
import type { StoreData } from '../../shared/model/store-data'
import type { Tag } from '../../shared/model/tag'
import type { BriefingRequest } from './briefing-request'

/**
 * An included annotation, placed in its article's current text and with its references resolved
 * (by the same shared functions the reader uses).
 */
export interface ResolvedAnnotation {
  annotation: Annotation
  article: Article
  placement: Placement
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
    // Placed with all of the article's annotations, as the reader places them, so the pack cites
    // the same paragraphs the student saw.
    const placements = placeAnnotations(
      article,
      store.annotations.filter((a) => a.target.articleId === article.id),
    )
    const own: ResolvedAnnotation[] = []
    for (const annotation of store.annotations) {
      if (annotation.target.articleId !== article.id) continue
      const tags = included.filter((tag) => annotation.tagIds.includes(tag.id))
      if (request.tagIds.length > 0 && tags.length === 0) continue
      own.push({
        annotation,
        article,
        placement: placements.get(annotation.id)!,
        tags,
        speaker: resolveSpeaker(article, annotation.speaker, store.speakers),
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
