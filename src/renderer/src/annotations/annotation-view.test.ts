import { describe, expect, it } from 'vitest'
import { describeSpan } from '../../../shared/anchoring'
import type { Annotation, AnnotationId, StudentSpeakerId } from '../../../shared/model/annotation'
import type { Article, ArticleId, SpeakerId } from '../../../shared/model/article'
import type { Tag, TagId } from '../../../shared/model/tag'
import {
  NO_FILTER,
  countByTag,
  filterViews,
  groupViews,
  keepUnchangedViews,
  viewAnnotations,
} from './annotation-view'

const paragraphs = [
  'Graham Farrant said the trigger was the zero star rating.',
  'The joint post was created two years ago and copied by other councils.',
]
const text = paragraphs.join('\n\n')
const article: Article = {
  id: 'news' as ArticleId,
  title: 'News',
  publication: 'Community Care',
  kind: 'news-report',
  text,
  blocks: [
    { kind: 'paragraph', number: 1, start: 0, end: paragraphs[0]!.length, cutOff: false },
    {
      kind: 'paragraph',
      number: 2,
      start: paragraphs[0]!.length + 2,
      end: text.length,
      cutOff: false,
    },
  ],
  speakers: [
    {
      id: 'graham-farrant' as SpeakerId,
      name: 'Graham Farrant',
      role: 'chief executive',
      kind: 'person',
      roleCutOff: false,
    },
  ],
  attributions: [],
  contentHash: 'a'.repeat(64),
  wordCount: 20,
}
const tags: Tag[] = [
  { id: 'claim' as TagId, name: 'Claim', colour: '#aa0000', description: '', group: 'Role' },
  { id: 'funding' as TagId, name: 'Funding', colour: '#00aa00', description: '', group: 'Theme' },
]

let n = 0
function annotate(words: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(words)
  const { quote, position } = describeSpan(text, start, start + words.length)
  n++
  return {
    id: `a${n}` as AnnotationId,
    target: { articleId: article.id, contentHash: article.contentHash, quote, position },
    colour: 'yellow',
    tagIds: [],
    speaker: null,
    note: '',
    createdAt: `2026-11-23T10:00:0${n}Z`,
    updatedAt: `2026-11-23T10:00:0${n}Z`,
    ...extra,
  }
}

describe('viewAnnotations', () => {
  it('resolves tags, speakers and paragraphs, in reading order, orphans last', () => {
    const later = annotate('copied by other councils', { tagIds: ['claim', 'funding'] as TagId[] })
    const first = annotate('the zero star rating', {
      speaker: { source: 'article', id: 'graham-farrant' as SpeakerId },
    })
    const gone = annotate('two years ago', { note: 'Check the date' })
    gone.target = {
      ...gone.target,
      contentHash: 'b'.repeat(64),
      quote: { ...gone.target.quote, exact: 'a passage that is no longer in the article at all' },
    }
    const mine = annotate('joint post', {
      speaker: { source: 'student', id: 's1' as StudentSpeakerId },
    })
    const views = viewAnnotations([gone, later, first, mine], [article], tags, [
      { id: 's1' as StudentSpeakerId, name: 'My tutor', role: '' },
    ])
    expect(views.map((v) => v.annotation.id)).toEqual([first.id, mine.id, later.id, gone.id])
    expect(views[0]).toMatchObject({
      quote: 'the zero star rating',
      placement: { status: 'anchored', from: 1, to: 1 },
      speaker: { name: 'Graham Farrant', role: 'chief executive' },
    })
    expect(views[1]?.speaker).toEqual({ name: 'My tutor', role: null })
    expect(views[2]?.tags.map((t) => t.name)).toEqual(['Claim', 'Funding'])
    expect(views[3]?.placement.status).toBe('orphaned')
    expect(views[3]?.quote).toBe('a passage that is no longer in the article at all')
  })
})

describe('viewAnnotations across articles', () => {
  it('gives each article its own annotations, placed and cited, in library order', () => {
    const line = 'Ann Lee, chief executive'
    const quote = '“We will not panic.”'
    const roundUpText = `${line}\n\n${quote}`
    const roundUp: Article = {
      ...article,
      id: 'round-up' as ArticleId,
      title: 'Round-up',
      text: roundUpText,
      blocks: [
        { kind: 'speaker-line', number: null, start: 0, end: line.length, cutOff: false },
        {
          kind: 'paragraph',
          number: 1,
          start: line.length + 2,
          end: roundUpText.length,
          cutOff: false,
        },
      ],
      speakers: [],
    }
    const onLine = describeSpan(roundUpText, line.indexOf('chief'), line.length)
    const onRole: Annotation = {
      ...annotate('two years ago'),
      target: { ...onLine, articleId: roundUp.id, contentHash: roundUp.contentHash },
    }
    const onNews = annotate('zero star rating')
    const views = viewAnnotations([onRole, onNews], [article, roundUp], tags, [])
    expect(views.map((v) => [v.article.id, v.quote])).toEqual([
      ['news', 'zero star rating'],
      ['round-up', 'chief executive'],
    ])
    // A highlight that starts on a speaker line cites the quote after it, from its first word too.
    expect(views[1]?.placement).toMatchObject({ status: 'anchored', from: 1 })
    const fromStart: Annotation = {
      ...onRole,
      id: 'from-start' as AnnotationId,
      target: {
        ...describeSpan(roundUpText, 0, 7),
        articleId: roundUp.id,
        contentHash: roundUp.contentHash,
      },
    }
    expect(viewAnnotations([fromStart], [roundUp], tags, [])[0]?.placement).toMatchObject({
      status: 'anchored',
      from: 1,
    })
  })
})

describe('filtering and grouping', () => {
  const views = viewAnnotations(
    [
      annotate('the zero star rating', {
        colour: 'green',
        tagIds: ['claim'] as TagId[],
        speaker: { source: 'article', id: 'graham-farrant' as SpeakerId },
      }),
      annotate('copied by other councils', {
        tagIds: ['claim', 'funding'] as TagId[],
        note: 'Spread',
      }),
      annotate('two years ago'),
    ],
    [article],
    tags,
    [],
  )

  it('narrows by colour, tag, speaker and text', () => {
    expect(filterViews(views, NO_FILTER)).toHaveLength(3)
    expect(filterViews(views, { ...NO_FILTER, colours: ['green'] })).toHaveLength(1)
    expect(filterViews(views, { ...NO_FILTER, tagIds: ['funding' as TagId] })).toHaveLength(1)
    expect(filterViews(views, { ...NO_FILTER, speakers: ['Graham Farrant'] })).toHaveLength(1)
    expect(filterViews(views, { ...NO_FILTER, text: 'SPREAD' })).toHaveLength(1)
    expect(filterViews(views, { ...NO_FILTER, text: 'funding' })).toHaveLength(1) // a tag's name
  })

  it('groups by tag in codebook order, an annotation under each of its tags, untagged last', () => {
    const groups = groupViews(views, 'tag', tags)
    expect(groups.map((g) => [g.label, g.views.length])).toEqual([
      ['Claim', 2],
      ['Funding', 1],
      ['No tag', 1],
    ])
    expect(groupViews(views, 'speaker', tags).map((g) => g.label)).toEqual([
      'Graham Farrant',
      'No speaker',
    ])
    expect(groupViews(views, 'article', tags).map((g) => g.views.length)).toEqual([3])
    expect(countByTag(views, tags).map((c) => c.count)).toEqual([2, 1])
  })
})

describe('keepUnchangedViews', () => {
  const records = () => [
    annotate('the zero star rating', { tagIds: ['claim'] as TagId[] }),
    annotate('copied by other councils'),
    annotate('joint post', { speaker: { source: 'student', id: 's1' as StudentSpeakerId } }),
  ]
  const speakers = [{ id: 's1' as StudentSpeakerId, name: 'My tutor', role: '' }]
  const view = (annotations: Annotation[], withTags = tags, withSpeakers = speakers) =>
    viewAnnotations(annotations, [article], withTags, withSpeakers)

  it('keeps every view when the views are made again from the same records', () => {
    const annotations = records()
    const before = view(annotations)
    const after = keepUnchangedViews(before, view(annotations))
    after.forEach((v, i) => expect(v).toBe(before[i]))
  })

  it('replaces only the view of the annotation that changed, and adds a new one', () => {
    const annotations = records()
    const before = view(annotations)
    const edited = { ...annotations[1]!, note: 'Worth quoting' }
    const added = annotate('Graham Farrant said')
    const after = keepUnchangedViews(
      before,
      view([annotations[0]!, edited, annotations[2]!, added]),
    )
    expect(after.map((v) => v.annotation.id)).toEqual([
      added.id,
      annotations[0]!.id,
      annotations[2]!.id,
      edited.id,
    ])
    expect(after[1]).toBe(before.find((v) => v.annotation === annotations[0]))
    expect(after[2]).toBe(before.find((v) => v.annotation === annotations[2]))
    expect(after[3]!.annotation).toBe(edited)
    expect(before).not.toContain(after[0])
  })

  it('replaces the views showing a tag or a speaker that changed, and only those', () => {
    const annotations = records()
    const before = view(annotations)
    const renamed = tags.map((t) => (t.id === 'claim' ? { ...t, name: 'Assertion' } : t))
    const afterTag = keepUnchangedViews(before, view(annotations, renamed))
    const tagged = (vs: typeof before) => vs.find((v) => v.annotation === annotations[0])
    expect(tagged(afterTag)).not.toBe(tagged(before))
    expect(tagged(afterTag)!.tags[0]!.name).toBe('Assertion')
    expect(afterTag.filter((v) => before.includes(v))).toHaveLength(2)

    const afterSpeaker = keepUnchangedViews(
      before,
      view(annotations, tags, [{ ...speakers[0]!, name: 'Dr Okafor' }]),
    )
    const spoken = (vs: typeof before) => vs.find((v) => v.annotation === annotations[2])
    expect(spoken(afterSpeaker)).not.toBe(spoken(before))
    expect(afterSpeaker.filter((v) => before.includes(v))).toHaveLength(2)
  })

  it('replaces a view whose place in the text moved when the article changed', () => {
    const annotations = records()
    const before = view(annotations)
    const edited = { ...article, text: `New opening. ${text}`, contentHash: 'c'.repeat(64) }
    const shifted = edited.text.length - text.length
    edited.blocks = article.blocks.map((b) => ({
      ...b,
      start: b.start + shifted,
      end: b.end + shifted,
    }))
    const after = keepUnchangedViews(before, viewAnnotations(annotations, [edited], tags, speakers))
    for (const v of after) expect(before).not.toContain(v)
  })
})
