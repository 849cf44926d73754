import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleKind, ArticleMetadata } from '../src/shared/model/article'

/** An article as the library reads it from disk: `<id>.txt` (title line, then body) and `<id>.json`. */
export interface ArticleFiles {
  id: string
  text: string
  metadata: ArticleMetadata
}

/** The body of a bundled article: everything after its title line. */
async function bodyOf(articlesDir: string, id: string): Promise<string> {
  const source = await readFile(join(articlesDir, `${id}.txt`), 'utf8')
  return source.slice(source.indexOf('\n') + 1).trim()
}

/**
 * A long read made of real article text: the bodies of `sourceIds` in turn, repeated until the
 * body holds at least `minWords` words. Real prose keeps what the reader meets realistic (speaker
 * lines, quotations, attributed spans, curly quotes), which lorem ipsum would not.
 */
export async function makeLongArticle(
  articlesDir: string,
  sourceIds: readonly string[],
  options: { id: string; title: string; minWords: number; kind?: ArticleKind },
): Promise<ArticleFiles> {
  const bodies = await Promise.all(sourceIds.map((id) => bodyOf(articlesDir, id)))
  const parts: string[] = []
  let words = 0
  for (let i = 0; words < options.minWords; i++) {
    const body = bodies[i % bodies.length]!
    parts.push(body)
    words += body.split(/\s+/u).filter(Boolean).length
  }
  return {
    id: options.id,
    text: `${options.title}\n\n${parts.join('\n\n')}\n`,
    metadata: {
      title: options.title,
      publication: 'Community Care, repeated to make a long read',
      kind: options.kind ?? 'expert-comment',
    },
  }
}

/** A bundled article under another id: the same text, so a twin with no highlights is a baseline. */
export async function copyArticle(
  articlesDir: string,
  id: string,
  newId: string,
): Promise<ArticleFiles> {
  const [text, metadata] = await Promise.all([
    readFile(join(articlesDir, `${id}.txt`), 'utf8'),
    readFile(join(articlesDir, `${id}.json`), 'utf8'),
  ])
  return { id: newId, text, metadata: JSON.parse(metadata) as ArticleMetadata }
}
