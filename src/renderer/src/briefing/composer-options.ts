import type { ArticleId } from '../../../shared/model/article'
import type { BriefingGrouping, BriefingRequest } from '../../../shared/model/briefing'
import type { TagId } from '../../../shared/model/tag'

/**
 * The composer's options as the student sets them. Articles are held as the ones left out, so
 * "every article" stays true when the library changes; tags as the ones chosen, none meaning
 * every highlight. `title` is what the student typed: empty means the proposed title.
 */
export interface ComposerOptions {
  title: string
  author: string
  /** An ISO day (YYYY-MM-DD), or '' if the student cleared the field. */
  date: string
  excludedArticleIds: ArticleId[]
  tagIds: TagId[]
  groupBy: BriefingGrouping
  includeNotes: boolean
  includeAppendix: boolean
  includeCodebook: boolean
}

/** What the pack falls back on when it proposes nothing better. */
export const FALLBACK_TITLE = 'Briefing pack'

const pad = (n: number) => String(n).padStart(2, '0')

/** The day `now` falls on by the local clock (not UTC: a pack made at 00:30 is dated today). */
export function todayIso(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A fresh composer: every article, every highlight, grouped by tag, everything included. */
export function defaultOptions(today: string): ComposerOptions {
  return {
    title: '',
    author: '',
    date: today,
    excludedArticleIds: [],
    tagIds: [],
    groupBy: 'tag',
    includeNotes: true,
    includeAppendix: true,
    includeCodebook: true,
  }
}

/** What the request needs besides the options: the library and codebook as they are now. */
export interface RequestContext {
  /** Every article's id, in library order (the order the pack presents them). */
  libraryIds: readonly ArticleId[]
  /** Every tag's id in the codebook: a chosen tag deleted since is dropped. */
  tagIds: readonly TagId[]
  /** The preview's proposed title, once there is one. */
  proposedTitle: string | null
  today: string
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The request main receives. A blank title becomes the proposed one, a cleared date today, and
 * articles follow library order whatever order they were ticked in.
 */
export function requestFromOptions(
  options: ComposerOptions,
  context: RequestContext,
): BriefingRequest {
  const excluded = new Set(options.excludedArticleIds)
  const known = new Set(context.tagIds)
  return {
    title: options.title.trim() || context.proposedTitle?.trim() || FALLBACK_TITLE,
    author: options.author.trim(),
    date: ISO_DAY.test(options.date) ? options.date : context.today,
    articleIds: context.libraryIds.filter((id) => !excluded.has(id)),
    tagIds: options.tagIds.filter((id) => known.has(id)),
    groupBy: options.groupBy,
    includeNotes: options.includeNotes,
    includeAppendix: options.includeAppendix,
    includeCodebook: options.includeCodebook,
  }
}

/** How many of the library's articles the options include. */
export function countChosenArticles(
  excludedIds: readonly ArticleId[],
  libraryIds: readonly ArticleId[],
): number {
  const excluded = new Set(excludedIds)
  return libraryIds.filter((id) => !excluded.has(id)).length
}

/** The hint under the tag choices: what the current choice includes. */
export function tagChoiceHint(chosen: number): string {
  if (chosen === 0) return 'None chosen: every highlight of the chosen articles is included.'
  return chosen === 1
    ? 'Only highlights with this tag are included.'
    : `Only highlights with at least one of these ${chosen} tags are included.`
}
