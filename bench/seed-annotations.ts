import { describeSpan } from '../src/shared/anchoring'
import {
  HIGHLIGHT_COLOURS,
  type Annotation,
  type AnnotationDraft,
  type AnnotationId,
} from '../src/shared/model/annotation'
import type { Article } from '../src/shared/model/article'
import type { TagId } from '../src/shared/model/tag'
import { DEFAULT_CODEBOOK } from '../src/main/store/default-codebook'

/** A seeded pseudo-random source (mulberry32): the same seed gives the same store on every machine. */
export type Random = () => number

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!

/** Where each word of `text` starts and ends, between `from` and `to`. */
function wordsIn(text: string, from: number, to: number): { start: number; end: number }[] {
  const words: { start: number; end: number }[] = []
  for (const match of text.slice(from, to).matchAll(/\S+/gu)) {
    words.push({ start: from + match.index, end: from + match.index + match[0].length })
  }
  return words
}

/** A draft for `text.slice(start, end)` as the reader builds one: selectors from describeSpan. */
export function draftForSpan(
  article: Article,
  start: number,
  end: number,
  extras: Partial<Omit<AnnotationDraft, 'target'>> = {},
): AnnotationDraft {
  const { quote, position } = describeSpan(article.text, start, end)
  return {
    target: { articleId: article.id, contentHash: article.contentHash, quote, position },
    colour: extras.colour ?? 'yellow',
    tagIds: extras.tagIds ?? [],
    speaker: extras.speaker ?? null,
    note: extras.note ?? '',
  }
}

/**
 * A draft like a student's: one to twenty whole words inside one block, a colour, up to two tags
 * from the default codebook, sometimes the article's speaker, sometimes a note.
 */
export function randomDraft(article: Article, random: Random): AnnotationDraft {
  const block = pick(random, article.blocks)
  const words = wordsIn(article.text, block.start, block.end)
  const first = Math.floor(random() * words.length)
  const last = Math.min(words.length - 1, first + Math.floor(random() * 20))
  const tagCount = Math.floor(random() * 3)
  const tagIds = [
    ...new Set(Array.from({ length: tagCount }, () => pick(random, DEFAULT_CODEBOOK).id)),
  ]
  const speaker =
    article.speakers.length > 0 && random() < 0.3
      ? { source: 'article' as const, id: pick(random, article.speakers).id }
      : null
  const note =
    random() < 0.25 ? 'Compare with the council’s statement: who carries the blame here?' : ''
  return draftForSpan(article, words[first]!.start, words[last]!.end, {
    colour: pick(random, HIGHLIGHT_COLOURS),
    tagIds: tagIds as TagId[],
    speaker,
    note,
  })
}

/**
 * `count` drafts spread evenly through the article, never overlapping: each covers up to four
 * words from its own share of the text, kept inside one block.
 */
export function evenlySpreadDrafts(article: Article, count: number): AnnotationDraft[] {
  const words = article.blocks.flatMap((block) =>
    wordsIn(article.text, block.start, block.end).map((w) => ({ ...w, block: block.start })),
  )
  if (words.length < count) throw new Error(`${article.id} has fewer than ${count} words.`)
  return Array.from({ length: count }, (_, i) => {
    const first = Math.floor((i * words.length) / count)
    const limit = Math.floor(((i + 1) * words.length) / count) - 1
    let last = first
    while (last < Math.min(limit, first + 3) && words[last + 1]!.block === words[first]!.block) {
      last++
    }
    return draftForSpan(article, words[first]!.start, words[last]!.end, {
      colour: HIGHLIGHT_COLOURS[i % HIGHLIGHT_COLOURS.length]!,
    })
  })
}

/** A UUID-shaped id from the seeded source, so ids weigh what the app's `randomUUID` ids weigh. */
export function randomId(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`
}

/** The annotation main would make of `draft`: an id and the same time for created and updated. */
export function annotationFromDraft(draft: AnnotationDraft, id: string, at: Date): Annotation {
  const time = at.toISOString()
  return { id: id as AnnotationId, ...draft, createdAt: time, updatedAt: time }
}

/**
 * `count` random annotations, dealt in turn to each article, a minute apart from `since`.
 */
export function randomAnnotations(
  articles: readonly Article[],
  count: number,
  random: Random,
  since = new Date(Date.UTC(2025, 8, 1)),
): Annotation[] {
  return Array.from({ length: count }, (_, i) =>
    annotationFromDraft(
      randomDraft(articles[i % articles.length]!, random),
      randomId(random),
      new Date(since.getTime() + i * 60_000),
    ),
  )
}
