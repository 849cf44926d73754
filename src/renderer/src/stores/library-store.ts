import { createResource } from 'solid-js'
import type { Api } from '../../../shared/contract'
import type { ArticleId } from '../../../shared/model/article'

/** The library's article summaries, loaded once; `reload` retries after an error. */
export function createLibraryStore(api: Pick<Api, 'articles:list'>) {
  const [summaries, { refetch }] = createResource(() => api['articles:list']())
  return { summaries, reload: () => void refetch() }
}

/** The article open in the reader, loaded whenever the id changes. */
export function createArticleStore(api: Pick<Api, 'articles:get'>, id: () => ArticleId | null) {
  const [article, { refetch }] = createResource(id, (articleId) => api['articles:get'](articleId))
  return { article, reload: () => void refetch() }
}
