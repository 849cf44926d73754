import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import type { Article, ArticleId, ArticleSummary } from '../../shared/model/article'
import { ArticleIdSchema } from '../../shared/contract-validation'
import { AppError } from '../../shared/errors'
import { parseArticleMetadata } from './article-metadata'
import { buildArticle, summariseArticle } from './build-article'

/** The articles main serves, parsed and attributed once at start-up. */
export interface Library {
  /** Every article's summary, sorted by id. */
  list(): ArticleSummary[]
  /** One article; throws AppError('not-found') for an id the library does not hold. */
  get(id: ArticleId): Article
}

/** Articles larger than this are refused: nothing a student reads is this long, so it is a mistake. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024

// Metadata is three short fields; anything near this size is not metadata.
const MAX_METADATA_BYTES = 64 * 1024

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Load every `<id>.txt` in `dir` with its `<id>.json` metadata. Any problem with any article
 * rejects the whole load with an Error naming the file: bundled articles are part of the app,
 * so a bad one is a build mistake to fix, not something to skip quietly.
 */
export async function loadLibrary(dir: string): Promise<Library> {
  const names = await readdir(dir).catch((error: Error) => {
    throw new Error(`Cannot read the article folder ${dir}: ${error.message}`, { cause: error })
  })
  const stems = (extension: string) =>
    names.filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length))
  const ids = stems('.txt').sort()
  for (const orphan of stems('.json').filter((stem) => !ids.includes(stem))) {
    throw new Error(`${join(dir, `${orphan}.json`)} has no article text beside it (${orphan}.txt)`)
  }

  const articles = new Map<string, Article>()
  for (const id of ids) articles.set(id, deepFreeze(await loadArticle(dir, id)))
  const summaries = Object.freeze([...articles.values()].map(summariseArticle))

  return {
    list: () => [...summaries],
    get(id) {
      const article = articles.get(id)
      if (!article) throw new AppError('not-found', `No article with id "${id}".`)
      return article
    },
  }
}

async function loadArticle(dir: string, stem: string): Promise<Article> {
  const textPath = join(dir, `${stem}.txt`)
  const metadataPath = join(dir, `${stem}.json`)
  const id = v.safeParse(ArticleIdSchema, stem)
  if (!id.success) {
    throw new Error(`${textPath}: the file name must be an article id (letters, digits, _ or -)`)
  }
  const metadataJson = await readUtf8(metadataPath, 'metadata', MAX_METADATA_BYTES)
  const metadata = parseArticleMetadata(metadataJson, metadataPath)
  const source = await readUtf8(textPath, 'article text', MAX_ARTICLE_BYTES)
  try {
    return buildArticle(id.output, metadata, source, sha256Hex)
  } catch (error) {
    throw new Error(`${textPath}: ${(error as Error).message}`, { cause: error })
  }
}

/** Read a file as strict UTF-8; every failure names the file and says what is wrong. */
async function readUtf8(path: string, what: string, maxBytes: number): Promise<string> {
  let bytes: Uint8Array
  try {
    // Check the size before reading, so an enormous file is never pulled into memory.
    const { size } = await stat(path)
    if (size > maxBytes) throw tooLarge(path, what, size, maxBytes)
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof TooLargeError) throw error
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : 'cannot be read'
    throw new Error(`${path}: the ${what} file ${reason} (${(error as Error).message})`, {
      cause: error,
    })
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw tooLarge(path, what, bytes.byteLength, maxBytes)
  try {
    return strictUtf8.decode(bytes)
  } catch (error) {
    throw new Error(`${path}: the ${what} file is not valid UTF-8 text`, { cause: error })
  }
}

class TooLargeError extends Error {}

function tooLarge(path: string, what: string, size: number, maxBytes: number): TooLargeError {
  return new TooLargeError(
    `${path}: the ${what} file is ${size} bytes, over the limit of ${maxBytes} bytes (${maxBytes / 1024} KB), so it is refused`,
  )
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** Articles are shared by every caller of `get`; freezing them keeps one caller from editing another's. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
