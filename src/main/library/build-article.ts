import type {
  Article,
  ArticleId,
  ArticleMetadata,
  ArticleSummary,
} from '../../shared/model/article'
import { attributeQuotes } from './attribute-quotes'
import { parseArticle } from './parse-article'

/**
 * Assemble an Article from its source text and metadata. `hashText` is passed in (the loader
 * gives SHA-256) so this stays pure. Throws when the source has no body after its title line.
 */
export function buildArticle(
  id: ArticleId,
  metadata: ArticleMetadata,
  source: string,
  hashText: (text: string) => string,
): Article {
  const parsed = parseArticle(source)
  if (parsed.blocks.length === 0) throw new Error('there is no body text after the title line')
  const { speakers, attributions } = attributeQuotes(parsed)
  for (const hint of metadata.speakerHints ?? []) {
    const speaker = speakers.find((s) => s.name === hint.name)
    if (!speaker) throw new Error(`a speaker hint names "${hint.name}", who is not quoted`)
    if (hint.roleCutOff) speaker.roleCutOff = true
  }
  return {
    id,
    title: metadata.title,
    publication: metadata.publication,
    kind: metadata.kind,
    text: parsed.text,
    blocks: parsed.blocks,
    speakers,
    attributions,
    contentHash: hashText(parsed.text),
    wordCount: parsed.wordCount,
  }
}

/** What the library lists for an article: everything but its text and spans. */
export function summariseArticle(article: Article): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    publication: article.publication,
    kind: article.kind,
    wordCount: article.wordCount,
    paragraphCount: article.blocks.filter((block) => block.kind === 'paragraph').length,
    speakers: article.speakers,
  }
}
