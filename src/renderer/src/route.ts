import type { ArticleId } from '../../shared/model/article'

/** Where the student is. Kept in the URL's hash so a reload (or the browser host) keeps the place. */
export type Route = { name: 'library' } | { name: 'article'; id: ArticleId }

/** Read a route from `location.hash`; anything unrecognised is the library. */
export function parseRoute(hash: string): Route {
  const match = /^#\/articles\/([A-Za-z0-9_-]{1,64})$/.exec(hash)
  return match?.[1] ? { name: 'article', id: match[1] as ArticleId } : { name: 'library' }
}

/** The hash that leads to a route, for links. */
export function routeHref(route: Route): string {
  return route.name === 'article' ? `#/articles/${route.id}` : '#/'
}
