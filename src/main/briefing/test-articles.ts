import { fileURLToPath } from 'node:url'
import type { Article } from '../../shared/model/article'
import { loadLibrary } from '../library/load-library'

const ARTICLES_DIR = fileURLToPath(new URL('../../../resources/articles', import.meta.url))

/** The bundled articles, parsed as the app parses them: the real data the briefing tests use. */
export async function loadBundledArticles(): Promise<Article[]> {
  const library = await loadLibrary(ARTICLES_DIR)
  return library.list().map((summary) => library.get(summary.id))
}
