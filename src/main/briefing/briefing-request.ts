import type { Article } from '../../shared/model/article'

/**
 * The composer's options. The type lives in shared (the renderer and the IPC contract use it too);
 * it is re-exported here so the briefing modules name one place for it.
 */
export type { BriefingGrouping, BriefingRequest } from '../../shared/model/briefing'

// Past this length a title made of article titles reads as a list, not a title.
const MAX_JOINED_TITLE = 70

/**
 * A title to offer in the composer: the article's own title for one article, the two titles for
 * two short ones, otherwise how many articles from which publication. The student edits it.
 */
export function proposeTitle(articles: readonly Pick<Article, 'title' | 'publication'>[]): string {
  const [first, second] = articles
  if (!first) return 'Briefing pack'
  if (!second) return `Briefing: ${first.title}`
  if (articles.length === 2) {
    const joined = `${first.title} and ${second.title}`
    if (joined.length <= MAX_JOINED_TITLE) return `Briefing: ${joined}`
  }
  const publications = new Set(articles.map((a) => a.publication))
  const from = publications.size === 1 ? first.publication : `${publications.size} publications`
  return `Briefing on ${articles.length} articles from ${from}`
}
