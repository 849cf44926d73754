import { describeSpan } from '../../src/shared/anchoring'
import type {
  Annotation,
  AnnotationId,
  HighlightColour,
  SpeakerRef,
  StudentSpeaker,
  StudentSpeakerId,
} from '../../src/shared/model/annotation'
import type { Article, ArticleId, SpeakerId } from '../../src/shared/model/article'
import type { StoreData } from '../../src/shared/model/store-data'
import type { TagId } from '../../src/shared/model/tag'
import { emptyStore } from '../../src/main/store/default-codebook'
import type { BriefingRequest } from '../../src/main/briefing/briefing-request'
import { NEWS_ID, ROUND_UP_ID } from '../articles'

/** The two bundled articles' ids. */
export const BEHIND_THE_HEADLINES = ROUND_UP_ID
export const ROSS_QUITS = NEWS_ID

export interface SampleSpec {
  article: ArticleId
  /** The words to highlight, found once in the article's text. */
  exact: string
  tags: string[]
  speaker?: string
  colour?: HighlightColour
  note?: string
}

const STUDENT_SPEAKER: StudentSpeaker = {
  id: 'student-community-care' as StudentSpeakerId,
  name: 'Community Care',
  role: 'the magazine’s own reporting',
}

/**
 * What a student might have made of the two bundled articles: fifteen highlights with tags from
 * the default codebook, speakers, and notes using curly quotes, £, dashes and an accented name.
 * Order here is not reading order, so that tests see the pack put them in order.
 */
export const SAMPLE_SPECS: readonly SampleSpec[] = [
  {
    article: BEHIND_THE_HEADLINES,
    exact:
      'it takes a lot of listening and constant finessing to bring and keep together two different cultures, especially in an area of London under-funded by £24m',
    tags: ['role-evidence', 'stance-for-integration', 'theme-culture', 'theme-funding'],
    speaker: 'julia-ross',
    colour: 'green',
    note: '£24m shortfall – check the figure against the PCT’s zero-star rating.',
  },
  {
    article: BEHIND_THE_HEADLINES,
    exact:
      'The government’s plans for more integrated working between health and social care have been dealt a blow',
    tags: ['role-claim', 'stance-neutral'],
    speaker: 'student:community-care',
    note: 'The framing: integration as government policy under threat.',
  },
  {
    article: BEHIND_THE_HEADLINES,
    exact:
      'The local authority said this was unfair given that the PCT received insufficient funding from the government in an area of high deprivation.',
    tags: ['role-evidence', 'theme-funding'],
    speaker: 'barking-and-dagenham-council',
    colour: 'blue',
    note: 'Council blames under-funding, not the director.',
  },
  {
    article: BEHIND_THE_HEADLINES,
    exact:
      'The council’s chief executive highlighted a greater tendency in the NHS to blame individuals for an organisation’s performance.',
    tags: ['role-claim', 'theme-culture', 'theme-accountability'],
    speaker: 'the-councils-chief-executive',
  },
  {
    article: BEHIND_THE_HEADLINES,
    exact:
      'First, that partnership working is inherently fragile, and needs roots that are strong enough to survive such crises.',
    tags: ['role-lesson', 'stance-against-or-sceptical'],
    speaker: 'bob-holman',
    colour: 'pink',
    note: 'Fragility — compare Martin Green’s “one structure” argument.',
  },
  {
    article: BEHIND_THE_HEADLINES,
    exact: 'Effective partnership working cannot be entirely dependent upon one individual.”',
    tags: ['role-lesson', 'theme-leadership'],
    speaker: 'bob-holman',
    colour: 'pink',
  },
  {
    article: BEHIND_THE_HEADLINES,
    exact:
      'Integration will only work when we bring together cultures better and don’t panic when things go wrong.',
    tags: ['role-claim', 'stance-for-integration'],
    speaker: 'julia-ross',
    colour: 'green',
  },
  {
    article: BEHIND_THE_HEADLINES,
    exact:
      'Locally stated commitments to joint working will sound hollow when the decision was made with no evidence of consultation or thorough review.',
    tags: ['role-counter-argument', 'stance-against-or-sceptical', 'theme-communication'],
    speaker: 'bill-badham',
    colour: 'purple',
  },
  {
    article: BEHIND_THE_HEADLINES,
    exact:
      'Agreed protocols should have been in place, with arbitration if required, before any joint appointments were made.',
    tags: ['role-recommendation', 'stance-for-integration', 'theme-accountability'],
    speaker: 'felicity-collier',
    colour: 'blue',
    note: 'Zoë’s seminar point: protocols first, appointments second.',
  },
  {
    article: BEHIND_THE_HEADLINES,
    exact: 'And where is the communication strategy that will inspire public confidence?',
    tags: ['role-counter-argument', 'theme-communication'],
    speaker: 'felicity-collier',
    colour: 'blue',
  },
  {
    article: BEHIND_THE_HEADLINES,
    exact:
      'they need to be within one structure that is accountable to one single governing authority',
    tags: ['role-recommendation', 'stance-for-integration', 'theme-accountability'],
    speaker: 'martin-green',
    note: 'The strongest structural argument in either article.',
  },
  {
    article: ROSS_QUITS,
    exact: '“The PCT wanted a change and the trigger was the zero star rating.”',
    tags: ['role-evidence', 'stance-neutral', 'theme-accountability'],
    speaker: 'graham-farrant',
    colour: 'pink',
  },
  {
    article: ROSS_QUITS,
    exact:
      'the PCT was completely unaware of the council’s decision to withdraw Ross, and only found out when a press release was issued',
    tags: ['role-evidence', 'stance-against-or-sceptical', 'theme-communication'],
    speaker: 'carolyn-regan',
    colour: 'purple',
    note: 'A communication failure on both sides?',
  },
  {
    article: ROSS_QUITS,
    exact:
      'she still believed a joint role across the two organisations was the right policy, but admitted it “may have to be done differently”',
    tags: ['role-claim', 'stance-for-integration', 'role-lesson'],
    speaker: 'julia-ross',
    colour: 'green',
    note: 'Ross still backs joint roles: a useful counterweight in the essay.',
  },
  {
    article: ROSS_QUITS,
    exact: 'The disagreement represents a major blow to the government’s integration agenda.',
    tags: [],
  },
]

/** Make one annotation from a spec, anchored to the real article text. */
export function sampleAnnotation(article: Article, spec: SampleSpec, index: number): Annotation {
  const start = article.text.indexOf(spec.exact)
  if (start < 0 || article.text.indexOf(spec.exact, start + 1) >= 0) {
    throw new Error(`"${spec.exact.slice(0, 40)}…" is not found exactly once in ${article.id}`)
  }
  const { quote, position } = describeSpan(article.text, start, start + spec.exact.length)
  const time = new Date(Date.UTC(2025, 2, 10, 9, index)).toISOString()
  let speaker: SpeakerRef | null = null
  if (spec.speaker?.startsWith('student:')) speaker = { source: 'student', id: STUDENT_SPEAKER.id }
  else if (spec.speaker) speaker = { source: 'article', id: spec.speaker as SpeakerId }
  return {
    id: `a${String(index + 1).padStart(2, '0')}` as AnnotationId,
    target: { articleId: article.id, contentHash: article.contentHash, quote, position },
    colour: spec.colour ?? 'yellow',
    tagIds: spec.tags as TagId[],
    speaker,
    note: spec.note ?? '',
    createdAt: time,
    updatedAt: time,
  }
}

/**
 * An annotation whose passage is no longer in the article (its text was edited since): the pack
 * must list it, flagged, rather than drop it.
 */
export function orphanAnnotation(article: Article): Annotation {
  const exact = 'The minister promised a review of every joint post by the spring.'
  return {
    id: 'a99' as AnnotationId,
    target: {
      articleId: article.id,
      contentHash: '0'.repeat(64),
      quote: { type: 'TextQuoteSelector', exact, prefix: 'agenda. ', suffix: ' Farrant said' },
      position: { type: 'TextPositionSelector', start: 700, end: 700 + exact.length },
    },
    colour: 'yellow',
    tagIds: ['role-evidence' as TagId],
    speaker: null,
    note: 'Where did I read this? Not in the current text.',
    createdAt: '2025-03-10T10:00:00.000Z',
    updatedAt: '2025-03-10T10:00:00.000Z',
  }
}

/** The default codebook with the sample annotations (and, if asked, one orphan) on `articles`. */
export function sampleStore(articles: readonly Article[], options = { orphan: true }): StoreData {
  const byId = new Map(articles.map((a) => [a.id, a]))
  const get = (id: ArticleId) => {
    const article = byId.get(id)
    if (!article) throw new Error(`The sample needs article ${id}`)
    return article
  }
  const store = emptyStore()
  store.speakers = [STUDENT_SPEAKER]
  store.annotations = SAMPLE_SPECS.map((spec, i) => sampleAnnotation(get(spec.article), spec, i))
  if (options.orphan) store.annotations.push(orphanAnnotation(get(ROSS_QUITS)))
  return store
}

/** A request for every sample article, grouped by tag, with everything included. */
export function sampleRequest(overrides: Partial<BriefingRequest> = {}): BriefingRequest {
  return {
    title: 'Joint posts and the integration agenda',
    author: 'Sam Okafor',
    date: '2025-03-14',
    articleIds: [BEHIND_THE_HEADLINES, ROSS_QUITS],
    tagIds: [],
    groupBy: 'tag',
    includeNotes: true,
    includeAppendix: true,
    includeCodebook: true,
    ...overrides,
  }
}
