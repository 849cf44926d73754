import { describe, expect, it } from 'vitest'
import type { ArticleId } from '../../../shared/model/article'
import type { TagId } from '../../../shared/model/tag'
import {
  FALLBACK_TITLE,
  countChosenArticles,
  defaultOptions,
  requestFromOptions,
  tagChoiceHint,
  todayIso,
  type RequestContext,
} from './composer-options'

const a = (id: string) => id as ArticleId
const t = (id: string) => id as TagId

const context: RequestContext = {
  libraryIds: [a('one'), a('two'), a('three')],
  tagIds: [t('claim'), t('evidence')],
  proposedTitle: 'Briefing on 3 articles from The Guardian',
  today: '2025-03-14',
}

describe('todayIso', () => {
  it('is the day on the local clock, zero-padded', () => {
    expect(todayIso(new Date(2025, 0, 5, 0, 30))).toBe('2025-01-05')
    expect(todayIso(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31')
  })
})

describe('defaultOptions', () => {
  it('takes every article and highlight, groups by tag and includes everything', () => {
    const options = defaultOptions('2025-03-14')
    expect(options).toMatchObject({
      title: '',
      author: '',
      date: '2025-03-14',
      excludedArticleIds: [],
      tagIds: [],
      groupBy: 'tag',
      includeNotes: true,
      includeAppendix: true,
      includeCodebook: true,
    })
  })
})

describe('requestFromOptions', () => {
  const defaults = defaultOptions('2025-03-14')

  it('asks for every article in library order, every highlight, by default', () => {
    expect(requestFromOptions(defaults, context)).toEqual({
      title: 'Briefing on 3 articles from The Guardian',
      author: '',
      date: '2025-03-14',
      articleIds: ['one', 'two', 'three'],
      tagIds: [],
      groupBy: 'tag',
      includeNotes: true,
      includeAppendix: true,
      includeCodebook: true,
    })
  })

  it('uses the typed title and author, trimmed, over the proposed title', () => {
    const request = requestFromOptions(
      { ...defaults, title: '  Seminar 4: housing  ', author: ' Ada Lovelace ' },
      context,
    )
    expect(request.title).toBe('Seminar 4: housing')
    expect(request.author).toBe('Ada Lovelace')
  })

  it('falls back on a plain title before there is a proposal, and for a blank one', () => {
    expect(
      requestFromOptions({ ...defaults, title: '   ' }, { ...context, proposedTitle: null }),
    ).toMatchObject({ title: FALLBACK_TITLE })
    expect(requestFromOptions(defaults, { ...context, proposedTitle: ' ' }).title).toBe(
      FALLBACK_TITLE,
    )
  })

  it('dates a pack today when the date field was cleared or is not a day', () => {
    expect(requestFromOptions({ ...defaults, date: '' }, context).date).toBe('2025-03-14')
    expect(requestFromOptions({ ...defaults, date: '2025-3-1' }, context).date).toBe('2025-03-14')
    expect(requestFromOptions({ ...defaults, date: '2024-09-30' }, context).date).toBe('2024-09-30')
  })

  it('leaves out excluded articles and keeps library order whatever order they were ticked', () => {
    const request = requestFromOptions(
      { ...defaults, excludedArticleIds: [a('two'), a('gone')] },
      context,
    )
    expect(request.articleIds).toEqual(['one', 'three'])
  })

  it('drops chosen tags the codebook no longer has', () => {
    const request = requestFromOptions(
      { ...defaults, tagIds: [t('evidence'), t('deleted'), t('claim')] },
      context,
    )
    expect(request.tagIds).toEqual(['evidence', 'claim'])
  })

  it('passes the grouping and what to include', () => {
    const request = requestFromOptions(
      {
        ...defaults,
        groupBy: 'speaker',
        includeNotes: false,
        includeAppendix: false,
        includeCodebook: true,
      },
      context,
    )
    expect(request).toMatchObject({
      groupBy: 'speaker',
      includeNotes: false,
      includeAppendix: false,
      includeCodebook: true,
    })
  })
})

describe('countChosenArticles', () => {
  it('counts the library minus what is excluded, ignoring ids no longer in it', () => {
    expect(countChosenArticles([], context.libraryIds)).toBe(3)
    expect(countChosenArticles([a('one'), a('x')], context.libraryIds)).toBe(2)
    expect(countChosenArticles([...context.libraryIds], context.libraryIds)).toBe(0)
  })
})

describe('tagChoiceHint', () => {
  it('says that no tag chosen means every highlight', () => {
    expect(tagChoiceHint(0)).toMatch(/every highlight/)
    expect(tagChoiceHint(1)).toBe('Only highlights with this tag are included.')
    expect(tagChoiceHint(3)).toMatch(/at least one of these 3 tags/)
  })
})
