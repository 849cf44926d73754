import { createResource } from 'solid-js'
import type { Api } from '../../../shared/contract'
import type { Article } from '../../../shared/model/article'

type ArticlesApi = Pick<Api, 'articles:list' | 'articles:get'>

/**
 * Every article in full, in library order: the list, then each article fetched at once. The
 * overview needs their text to place annotations; there are few articles, so all are loaded.
 */
export async function loadAllArticles(api: ArticlesApi): Promise<Article[]> {
  const summaries = await api['articles:list']()
  return Promise.all(summaries.map((summary) => api['articles:get'](summary.id)))
}

/** Every article, as a resource loaded once; `reload` retries after an error. */
export function createAllArticlesStore(api: ArticlesApi) {
  const [articles, { refetch }] = createResource(() => loadAllArticles(api))
  return { articles, reload: () => void refetch() }
}

export type AllArticlesStore = ReturnType<typeof createAllArticlesStore>
