import type { Article, ArticleId } from '../src/shared/model/article'
import type { StoreData } from '../src/shared/model/store-data'
import type { BriefingRequest } from '../src/main/briefing/briefing-request'
import { loadLibrary } from '../src/main/library/load-library'
import { emptyStore } from '../src/main/store/default-codebook'
import { createRandom, randomAnnotations } from './seed-annotations'

/** The size of the pack issue 4 §6 budgets for. */
export const PACK_ARTICLES = 20
export const PACK_ANNOTATIONS = 500
const SEED = 20_260_406

/** Everything `layoutBriefing` takes: what the composer would hand it for the pack. */
export interface PackInput {
  request: BriefingRequest
  articles: Article[]
  store: StoreData
}

/**
 * A term's pack: `PACK_ARTICLES` articles made from the bundled ones (copies under new ids and
 * titles; the text, and so the content hash annotations anchor to, is unchanged), with
 * `PACK_ANNOTATIONS` annotations dealt in turn to each: 1–20 words of a real span, up to two tags
 * of the default codebook, some with the article's speaker, some with a note. The request takes
 * every article and every highlight, grouped by tag, with notes, the annotated articles and the codebook.
 * Seeded, so the bench's parent and its child processes build the same pack.
 */
export async function makePackInput(articlesDir: string): Promise<PackInput> {
  const library = await loadLibrary(articlesDir)
  const bundled = library.list().map((summary) => library.get(summary.id))
  const articles = Array.from({ length: PACK_ARTICLES }, (_, i): Article => {
    const base = bundled[i % bundled.length]!
    const n = String(i + 1).padStart(2, '0')
    return { ...base, id: `bench-pack-${n}-${base.id}` as ArticleId, title: `${base.title} (${n})` }
  })
  const store: StoreData = {
    ...emptyStore(),
    annotations: randomAnnotations(articles, PACK_ANNOTATIONS, createRandom(SEED)),
  }
  const request: BriefingRequest = {
    title: 'Joint posts and the integration agenda: a term’s reading',
    author: 'Sam Okafor',
    date: '2026-04-06',
    articleIds: articles.map((a) => a.id),
    // Empty: every highlight of the chosen articles, whatever its tags (untagged ones too).
    tagIds: [],
    groupBy: 'tag',
    includeNotes: true,
    includeAppendix: true,
    includeCodebook: true,
  }
  return { request, articles, store }
}
