import {
  placeAnnotations,
  speakerOfAnnotation,
  type Placement,
} from '../../../shared/annotations/placement'
import type { Annotation, HighlightColour, StudentSpeaker } from '../../../shared/model/annotation'
import type { Article, ArticleId } from '../../../shared/model/article'
import type { Tag, TagId } from '../../../shared/model/tag'

export type { Placement }

/** An annotation with everything a list needs to show it, resolved once. */
export interface AnnotationView {
  annotation: Annotation
  article: Pick<Article, 'id' | 'title' | 'publication'>
  placement: Placement
  /** The words as they stand in the article now (the stored quote if orphaned). */
  quote: string
  tags: Tag[]
  speaker: { name: string; role: string | null } | null
}

/**
 * Resolve annotations for display, in reading order: articles in library order, then position;
 * orphaned annotations last within their article so they are seen, never silently dropped.
 */
export function viewAnnotations(
  annotations: readonly Annotation[],
  articles: readonly Article[],
  tags: readonly Tag[],
  studentSpeakers: readonly StudentSpeaker[],
): AnnotationView[] {
  // One pass over the annotations, however many articles: the overview shows them all.
  const byArticle = new Map<ArticleId, Annotation[]>(articles.map((a) => [a.id, []]))
  for (const annotation of annotations) byArticle.get(annotation.target.articleId)?.push(annotation)
  return articles.flatMap((article) => {
    const own = byArticle.get(article.id)!
    return viewArticleAnnotations(
      article,
      own,
      placeAnnotations(article, own),
      tags,
      studentSpeakers,
    )
  })
}

/**
 * `viewAnnotations` for one article's own annotations, already placed (shared `placeAnnotations`), so a
 * caller that keeps the placements can resolve tags and speakers again without anchoring again.
 */
export function viewArticleAnnotations(
  article: Article,
  own: readonly Annotation[],
  placements: ReadonlyMap<string, Placement>,
  tags: readonly Tag[],
  studentSpeakers: readonly StudentSpeaker[],
): AnnotationView[] {
  const tagById = new Map(tags.map((t) => [t.id, t]))
  const summary = { id: article.id, title: article.title, publication: article.publication }
  const placed = own.map((annotation) => {
    const placement = placements.get(annotation.id)!
    const view: AnnotationView = {
      annotation,
      article: summary,
      placement,
      quote:
        placement.status === 'anchored'
          ? article.text.slice(placement.start, placement.end)
          : annotation.target.quote.exact,
      tags: annotation.tagIds.flatMap((id) => tagById.get(id) ?? []),
      speaker: speakerOfAnnotation(article, annotation, placement, studentSpeakers),
    }
    // The sort keys, read once each rather than at every comparison.
    const position = placement.status === 'anchored' ? placement.start : Number.MAX_SAFE_INTEGER
    return { view, position, createdAt: annotation.createdAt }
  })
  placed.sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt))
  return placed.map((p) => p.view)
}

/**
 * `next`, with each view that shows the same as the one in `previous` for its annotation replaced
 * by that one. Views are made afresh from the records whenever one changes; a list or a
 * description keyed by view then redraws only the views that changed, not a thousand.
 */
export function keepUnchangedViews(
  previous: readonly AnnotationView[],
  next: readonly AnnotationView[],
): AnnotationView[] {
  const held = new Map(previous.map((view) => [view.annotation.id, view]))
  return next.map((view) => {
    const before = held.get(view.annotation.id)
    return before !== undefined && showsTheSame(before, view) ? before : view
  })
}

// Records (annotations, tags) are compared as objects: one that changed is a new object (see
// stores/records.ts). What is resolved per view (place, speaker, article) is compared by value.
function showsTheSame(a: AnnotationView, b: AnnotationView): boolean {
  return (
    a.annotation === b.annotation &&
    a.quote === b.quote &&
    samePlacement(a.placement, b.placement) &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i]) &&
    a.speaker?.name === b.speaker?.name &&
    a.speaker?.role === b.speaker?.role &&
    a.article.id === b.article.id &&
    a.article.title === b.article.title &&
    a.article.publication === b.article.publication
  )
}

const samePlacement = (a: Placement, b: Placement) =>
  a.status === 'anchored' && b.status === 'anchored'
    ? a.start === b.start && a.end === b.end && a.from === b.from && a.to === b.to
    : a.status === 'orphaned' && b.status === 'orphaned' && a.reason === b.reason

/** What the panel and the overview can narrow a list by. Empty lists mean "any". */
export interface AnnotationFilter {
  tagIds: TagId[]
  colours: HighlightColour[]
  /** Speaker names, as shown (the same person quoted in two articles is one speaker). */
  speakers: string[]
  text: string
}

export const NO_FILTER: AnnotationFilter = { tagIds: [], colours: [], speakers: [], text: '' }

/** The views that pass every part of the filter; text matches quote, note, tags and speaker. */
export function filterViews(
  views: readonly AnnotationView[],
  filter: AnnotationFilter,
): AnnotationView[] {
  const needle = filter.text.trim().toLocaleLowerCase()
  return views.filter((v) => {
    if (filter.tagIds.length && !v.annotation.tagIds.some((t) => filter.tagIds.includes(t))) {
      return false
    }
    if (filter.colours.length && !filter.colours.includes(v.annotation.colour)) return false
    if (filter.speakers.length && !(v.speaker && filter.speakers.includes(v.speaker.name))) {
      return false
    }
    if (!needle) return true
    const haystack = [
      v.quote,
      v.annotation.note,
      v.speaker?.name ?? '',
      ...v.tags.map((t) => t.name),
    ]
    return haystack.some((s) => s.toLocaleLowerCase().includes(needle))
  })
}

export type Grouping = 'tag' | 'speaker' | 'article'

export interface ViewGroup {
  key: string
  label: string
  views: AnnotationView[]
}

/**
 * Group views for the overview. An annotation with two tags appears under both; annotations with
 * no tag (or no speaker) are gathered last under "No tag" ("No speaker"), so none goes missing.
 */
export function groupViews(
  views: readonly AnnotationView[],
  by: Grouping,
  tags: readonly Tag[],
): ViewGroup[] {
  const groups = new Map<string, ViewGroup>()
  const add = (key: string, label: string, view: AnnotationView) => {
    const group = groups.get(key) ?? { key, label, views: [] }
    group.views.push(view)
    groups.set(key, group)
  }
  for (const view of views) {
    if (by === 'article') add(view.article.id, view.article.title, view)
    else if (by === 'speaker') {
      if (view.speaker) add(`speaker:${view.speaker.name}`, view.speaker.name, view)
      else add('none', 'No speaker', view)
    } else if (view.tags.length === 0) add('none', 'No tag', view)
    else for (const tag of view.tags) add(tag.id, tag.name, view)
  }
  const order = (g: ViewGroup) => {
    if (g.key === 'none') return Number.MAX_SAFE_INTEGER
    if (by === 'tag') return tags.findIndex((t) => t.id === g.key)
    return 0 // articles and speakers keep first-seen (reading) order
  }
  return [...groups.values()].sort((a, b) => order(a) - order(b))
}

/** How many of the views carry each tag, in codebook order (tags used by none count 0). */
export function countByTag(
  views: readonly AnnotationView[],
  tags: readonly Tag[],
): { tag: Tag; count: number }[] {
  return tags.map((tag) => ({
    tag,
    count: views.filter((v) => v.annotation.tagIds.includes(tag.id)).length,
  }))
}

/** Articles by id, for lookups in components. */
export type ArticlesById = ReadonlyMap<ArticleId, Article>
