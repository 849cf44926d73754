import { createHash } from 'node:crypto'
import { describeSpan } from '../../src/shared/anchoring'
import type { Annotation, AnnotationId } from '../../src/shared/model/annotation'
import type { Article, ArticleId } from '../../src/shared/model/article'
import type { StoreData } from '../../src/shared/model/store-data'
import type { TagId } from '../../src/shared/model/tag'
import { buildArticle } from '../../src/main/library/build-article'
import type { BriefingRequest } from '../../src/main/briefing/briefing-request'
import { layoutBriefing } from '../../src/main/briefing/layout'
import type { BriefingDocument } from '../../src/main/briefing/briefing-document'
import { BEHIND_THE_HEADLINES, sampleRequest, sampleStore } from './sample-store'

/** An imported article whose text has astral characters (emoji) before the passages quoted. */
export const EMOJI_ARTICLE_ID = 'union-survey' as ArticleId
const EMOJI_SOURCE = [
  'Students 🎓 answer the union’s survey on joint services',
  'The union’s survey 📊 drew 1,200 replies 🙌🏽 in a week, most of them about waiting times.',
  'Maya Chen, the union’s president, said: “Integration only works when students are asked first.”',
  'A 𝑛 of 1,200 is small 𝑏𝑢𝑡 telling, said one lecturer.',
].join('\n\n')

/** The emoji article, built as the library builds an imported one. */
export function emojiArticle(): Article {
  return buildArticle(
    EMOJI_ARTICLE_ID,
    { title: 'Students answer the union’s survey', publication: 'Union News', kind: 'news-report' },
    EMOJI_SOURCE,
    (text) => createHash('sha256').update(text).digest('hex'),
  )
}

/** A highlight over the first `exact` in `article`, as the reader saves one (UTF-16 offsets). */
export function highlight(article: Article, exact: string, id: string, note = ''): Annotation {
  const start = article.text.indexOf(exact)
  if (start < 0) throw new Error(`“${exact}” is not in ${article.id}`)
  return {
    id: id as AnnotationId,
    target: {
      articleId: article.id,
      contentHash: article.contentHash,
      ...describeSpan(article.text, start, start + exact.length),
    },
    colour: 'blue',
    tagIds: ['role-evidence' as TagId],
    speaker: null,
    note,
    createdAt: '2025-03-11T08:00:00.000Z',
    updatedAt: '2025-03-11T08:30:00.000Z',
  }
}

/** A named pack made from a realistic store: what the data attachments are tested on. */
export interface ConformanceCase {
  name: string
  articles: Article[]
  store: StoreData
  request: BriefingRequest
}

/**
 * Packs covering what the attachments must carry: the sample store (direct and reported speech,
 * narration, mixed passages, an orphan with no position, empty notes, an untagged passage), a
 * highlight over two speakers quoted in two parts, merged exact duplicates, notes in emoji and
 * CJK with an orphan that has nothing on it, notes left out with no author, and an article with
 * astral characters before its passages.
 */
export function conformanceCases(bundled: readonly Article[]): ConformanceCase[] {
  const articles = [...bundled]
  const roundUp = articles.find((a) => a.id === BEHIND_THE_HEADLINES)!
  const base = sampleStore(articles)
  const withAnnotations = (annotations: Annotation[]): StoreData => ({
    ...structuredClone(base),
    annotations: structuredClone(annotations),
  })

  const text = roundUp.text
  const spanStart = text.indexOf('Effective partnership working')
  const spanEnd = text.indexOf('Councillors are elected') + 'Councillors are elected'.length
  const twoSpeakers = highlight(roundUp, text.slice(spanStart, spanEnd), 'two-speakers')

  const twin = { ...structuredClone(base.annotations[4]!), id: 'twin' as AnnotationId }
  twin.note = 'Said again on the same words.'

  const multilingual = structuredClone(base.annotations)
  multilingual[0]!.note = '👩🏽‍🎓 学生の意見：统合は難しい ✔︎ 🇬🇧 — “joint” posts'
  multilingual[1]!.note = ''
  multilingual[2]!.tagIds = []
  // The orphan with nothing on it: no note, tag or speaker, and no speech kind (an empty body).
  const orphan = multilingual.find((a) => a.id === 'a99')!
  orphan.note = ''
  orphan.tagIds = []

  const emoji = emojiArticle()
  const emojiStore = withAnnotations([
    highlight(emoji, 'drew 1,200 replies', 'e1', 'After 📊 in the text.'),
    highlight(emoji, 'Integration only works when students are asked first.', 'e2'),
    highlight(emoji, 'small 𝑏𝑢𝑡 telling', 'e3'),
  ])

  return [
    { name: 'the sample store', articles, store: base, request: sampleRequest() },
    {
      name: 'a highlight over two speakers',
      articles,
      store: withAnnotations([...base.annotations, twoSpeakers]),
      request: sampleRequest(),
    },
    {
      name: 'merged exact duplicates',
      articles,
      store: withAnnotations([...base.annotations, twin]),
      request: sampleRequest(),
    },
    {
      name: 'notes in emoji and CJK, an empty note, no tags, a bare orphan',
      articles,
      store: withAnnotations(multilingual),
      request: sampleRequest(),
    },
    {
      name: 'notes left out, no author',
      articles,
      store: base,
      request: sampleRequest({ includeNotes: false, author: '' }),
    },
    {
      name: 'an article with emoji before its passages',
      articles: [...articles, emoji],
      store: emojiStore,
      request: sampleRequest({ articleIds: [EMOJI_ARTICLE_ID] }),
    },
  ]
}

/** The pack's document for a case, as the export lays it out. */
export const layoutCase = (c: ConformanceCase): BriefingDocument =>
  layoutBriefing(c.request, c.articles, c.store)
