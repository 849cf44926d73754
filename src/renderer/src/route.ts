import type { AnnotationId } from '../../shared/model/annotation'
import type { ArticleId } from '../../shared/model/article'

/** Where the student is. Kept in the URL's hash so a reload (or the browser host) keeps the place. */
export type Route =
  | { name: 'library' }
  | { name: 'overview' }
  | { name: 'codebook' }
  | { name: 'briefing' }
  /** An article; `focus` names an annotation to scroll to and flash. */
  | { name: 'article'; id: ArticleId; focus?: AnnotationId }

const ID = '([A-Za-z0-9_-]{1,100})'
const ARTICLE = new RegExp(`^#/articles/${ID}(?:/annotations/${ID})?$`)

/** Read a route from `location.hash`; anything unrecognised is the library. */
export function parseRoute(hash: string): Route {
  if (hash === '#/overview') return { name: 'overview' }
  if (hash === '#/codebook') return { name: 'codebook' }
  if (hash === '#/briefing') return { name: 'briefing' }
  const match = ARTICLE.exec(hash)
  if (!match?.[1] || match[1].length > 64) return { name: 'library' }
  const article = { name: 'article' as const, id: match[1] as ArticleId }
  return match[2] ? { ...article, focus: match[2] as AnnotationId } : article
}

/** The hash that leads to a route, for links. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'article':
      return route.focus
        ? `#/articles/${route.id}/annotations/${route.focus}`
        : `#/articles/${route.id}`
    case 'overview':
      return '#/overview'
    case 'codebook':
      return '#/codebook'
    case 'briefing':
      return '#/briefing'
    default:
      return '#/'
  }
}
