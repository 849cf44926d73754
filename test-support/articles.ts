import { fileURLToPath } from 'node:url'
import type { Article, ArticleId } from '../src/shared/model/article'
import { loadLibrary, type Library } from '../src/main/library/load-library'

/** The bundled articles' folder, as the app ships it. */
export const BUNDLED_ARTICLES_DIR = fileURLToPath(new URL('../resources/articles', import.meta.url))

/** "Behind the headlines": the round-up of expert comment (bylines over quotes). */
export const ROUND_UP_ID = '000_3c475a4ad3004cc5' as ArticleId
/** "Question mark over integration…": the news report (direct and reported speech). */
export const NEWS_ID = '003_d19da5c6ad6d0496' as ArticleId

/** The bundled articles, loaded as the app loads them. */
export const loadBundledLibrary = (): Promise<Library> => loadLibrary(BUNDLED_ARTICLES_DIR)

/** The bundled articles, parsed as the app parses them: the real data the tests use. */
export async function loadBundledArticles(): Promise<Article[]> {
  const library = await loadBundledLibrary()
  return library.list().map((summary) => library.get(summary.id))
}
