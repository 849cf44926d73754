import {
  citedParagraph,
  placeAnnotations,
  resolveSpeaker,
  speakerOfAnnotation,
  type Placement,
} from '../../shared/annotations/placement'
import { describeSpeech, type SpeechPart } from '../../shared/annotations/speech'
import type { Annotation, AnnotationId } from '../../shared/model/annotation'
import type { Article } from '../../shared/model/article'
import type { StoreData } from '../../shared/model/store-data'
import type { Tag } from '../../shared/model/tag'
import type { BriefingRequest } from './briefing-request'

/**
 * An included passage, placed in its article's current text and with its references resolved
 * (by the same shared functions the reader uses). Usually one per annotation; see `part`.
 */
export interface ResolvedAnnotation {
  annotation: Annotation
  article: Article
  placement: Placement
  /** The included tags it carries, in codebook order. */
  tags: Tag[]
  speaker: { name: string; role: string | null } | null
  /**
   * Set on each passage of a highlight that held several speakers' words (made before each
   * highlight was kept to one speaker): the pack quotes each speaker's part on its own.
   */
  part: { index: number; of: number } | null
  /** Other highlights over exactly the same words, merged into this one. */
  duplicateIds: AnnotationId[]
}

/**
 * The annotations a request includes, in reading order: articles in the request's order, then
 * position in the text; orphaned annotations last within their article, so they are listed
 * rather than lost. An annotation is included when its article is, and, if the request names
 * tags, when it carries one of them; tags the request leaves out are not shown on it. Two
 * highlights over exactly the same words are one passage: counted and quoted once.
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
    const own = store.annotations.filter((a) => a.target.articleId === article.id)
    const placements = placeAnnotations(article, own)
    const resolved: ResolvedAnnotation[] = []
    for (const annotation of own) {
      const tags = included.filter((tag) => annotation.tagIds.includes(tag.id))
      if (request.tagIds.length > 0 && tags.length === 0) continue
      const placement = placements.get(annotation.id)!
      resolved.push(
        ...splitBySpeaker({
          annotation,
          article,
          placement,
          tags,
          speaker: speakerOfAnnotation(article, annotation, placement, store.speakers),
          part: null,
          duplicateIds: [],
        }),
      )
    }
    const position = (r: ResolvedAnnotation) =>
      r.placement.status === 'anchored' ? r.placement.start : Number.MAX_SAFE_INTEGER
    resolved.sort(
      (a, b) =>
        position(a) - position(b) ||
        a.annotation.createdAt.localeCompare(b.annotation.createdAt) ||
        a.annotation.id.localeCompare(b.annotation.id),
    )
    result.push(...mergeDuplicates(resolved, included))
  }
  return result
}

/**
 * A highlight over several speakers' words, or over a byline, as the passages a pack may quote:
 * one per speaker, each with its own place, speech and speaker, and no byline in any. Any
 * other highlight comes back as it is.
 */
function splitBySpeaker(r: ResolvedAnnotation): ResolvedAnnotation[] {
  const { placement, article } = r
  if (placement.status !== 'anchored') return [r]
  const { speech } = placement
  if (speech.speakerIds.length <= 1 && !speech.includesLabel) return [r]
  const runs: SpeechPart[][] = []
  for (const part of speech.parts) {
    const run = runs.at(-1)
    const runSpeaker = run?.find((p) => p.speakerId)?.speakerId ?? null
    const startsNew =
      !run || (part.speakerId !== null && runSpeaker !== null && part.speakerId !== runSpeaker)
    if (startsNew) runs.push([part])
    else run.push(part)
  }
  // A byline alone holds nobody's words; the highlight still counts, as narration of nothing.
  if (runs.length === 0) return [r]
  return runs.map((run, index) => {
    const start = run[0]!.start
    const end = run.at(-1)!.end
    const from = citedParagraph(article.blocks, start)
    const to = citedParagraph(article.blocks, end - 1) ?? from
    const partSpeech = describeSpeech(article, start, end)
    const speaker =
      runs.length === 1
        ? r.speaker
        : resolveSpeaker(
            article,
            partSpeech.speakerId ? { source: 'article', id: partSpeech.speakerId } : null,
            [],
          )
    return {
      ...r,
      placement: { status: 'anchored', start, end, from, to, speech: partSpeech },
      speaker,
      part: runs.length > 1 ? { index: index + 1, of: runs.length } : null,
    }
  })
}

/**
 * Highlights over exactly the same words, kept as the first made, with every tag any of them
 * carries (in codebook order), the first speaker given, and their notes one after another.
 * `sorted` is one article's passages in reading order, so duplicates are neighbours.
 */
function mergeDuplicates(
  sorted: readonly ResolvedAnnotation[],
  codebook: readonly Tag[],
): ResolvedAnnotation[] {
  const kept: ResolvedAnnotation[] = []
  const bySpan = new Map<string, number>()
  for (const r of sorted) {
    const key =
      r.placement.status === 'anchored' && r.part === null
        ? `${r.placement.start}:${r.placement.end}`
        : null
    const at = key === null ? undefined : bySpan.get(key)
    if (at === undefined) {
      if (key !== null) bySpan.set(key, kept.length)
      kept.push(r)
      continue
    }
    const first = kept[at]!
    const notes = [first.annotation.note.trim(), r.annotation.note.trim()].filter(Boolean)
    kept[at] = {
      ...first,
      annotation: { ...first.annotation, note: [...new Set(notes)].join('\n\n') },
      tags: codebook.filter((t) => first.tags.includes(t) || r.tags.includes(t)),
      speaker: first.speaker ?? r.speaker,
      duplicateIds: [...first.duplicateIds, r.annotation.id],
    }
  }
  return kept
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
