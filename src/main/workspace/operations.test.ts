import { beforeAll, describe, expect, it } from 'vitest'
import type { AnnotationId, AnnotationPatch, StudentSpeakerId } from '../../shared/model/annotation'
import type { Article, ArticleId, SpeakerId } from '../../shared/model/article'
import type { TagId, TagPatch } from '../../shared/model/tag'
import type { Library } from '../library/load-library'
import * as op from './operations'
import { draftFor, loadBundledLibrary, storeWithTags } from '../../../test-support/workspace'
import { NEWS_ID } from '../../../test-support/articles'

let library: Library
let news: Article
let lookup: op.ArticleLookup
let ids = 0
const ctx = (): op.ChangeContext => ({
  now: '2026-11-23T10:00:00.000Z',
  newId: () => `id-${++ids}`,
})

beforeAll(async () => {
  library = await loadBundledLibrary()
  news = library.get(NEWS_ID)
  lookup = (id) => {
    if (id !== news.id) return null
    return {
      text: news.text,
      contentHash: news.contentHash,
      speakerIds: new Set(news.speakers.map((s) => s.id)),
    }
  }
})

describe('createAnnotation', () => {
  it('adds the highlight with an id and time from outside, and remembers the colour', () => {
    const draft = draftFor(news, 'the trigger was the zero star rating', {
      colour: 'green',
      tagIds: ['claim'],
    })
    const { state, annotation } = op.createAnnotation(storeWithTags(), draft, ctx(), lookup)
    expect(annotation).toMatchObject({
      colour: 'green',
      tagIds: ['claim'],
      createdAt: '2026-11-23T10:00:00.000Z',
    })
    expect(annotation.id).toMatch(/^id-\d+$/)
    expect(state.annotations).toEqual([annotation])
    expect(state.preferences.lastColour).toBe('green')
  })

  it('refuses a target whose words are not the article’s', () => {
    const draft = draftFor(news, 'zero star rating')
    draft.target.quote.exact = 'five star rating'
    expect(() => op.createAnnotation(storeWithTags(), draft, ctx(), lookup)).toThrow(/do not match/)
  })

  it('refuses positions outside the article, stale text, unknown articles, tags and speakers', () => {
    const base = () => draftFor(news, 'zero star rating')
    const outside = base()
    outside.target.position = { type: 'TextPositionSelector', start: 10, end: news.text.length + 5 }
    expect(() => op.createAnnotation(storeWithTags(), outside, ctx(), lookup)).toThrow(/outside/)
    const stale = base()
    stale.target.contentHash = 'f'.repeat(64)
    expect(() => op.createAnnotation(storeWithTags(), stale, ctx(), lookup)).toThrow(/changed/)
    const elsewhere = base()
    elsewhere.target.articleId = 'nope' as ArticleId
    expect(() => op.createAnnotation(storeWithTags(), elsewhere, ctx(), lookup)).toThrow(
      /not in the library/,
    )
    const badTag = { ...base(), tagIds: ['missing' as TagId] }
    expect(() => op.createAnnotation(storeWithTags(), badTag, ctx(), lookup)).toThrow(
      /tag no longer exists/,
    )
    const badSpeaker = {
      ...base(),
      speaker: { source: 'article' as const, id: 'bob-holman' as SpeakerId },
    }
    expect(() => op.createAnnotation(storeWithTags(), badSpeaker, ctx(), lookup)).toThrow(
      /not quoted/,
    )
    const ghost = {
      ...base(),
      speaker: { source: 'student' as const, id: 'ghost' as StudentSpeakerId },
    }
    expect(() => op.createAnnotation(storeWithTags(), ghost, ctx(), lookup)).toThrow(
      /speaker no longer exists/,
    )
  })

  it('accepts a speaker the article quotes', () => {
    const draft = {
      ...draftFor(news, 'zero star rating'),
      speaker: { source: 'article' as const, id: 'graham-farrant' as SpeakerId },
    }
    expect(op.createAnnotation(storeWithTags(), draft, ctx(), lookup).annotation.speaker).toEqual(
      draft.speaker,
    )
  })
})

describe('updating and deleting annotations', () => {
  it('changes only what the patch names and stamps the time', () => {
    const { state, annotation } = op.createAnnotation(
      storeWithTags(),
      draftFor(news, 'zero star rating'),
      ctx(),
      lookup,
    )
    const later = { now: '2026-11-23T11:00:00.000Z', newId: () => 'unused' }
    const updated = op.updateAnnotation(
      state,
      annotation.id,
      { note: 'Line one\nLine two', tagIds: ['evidence', 'evidence'] as TagId[] },
      later,
      lookup,
    )
    expect(updated.annotation).toMatchObject({
      note: 'Line one\nLine two',
      tagIds: ['evidence'],
      colour: 'yellow',
      updatedAt: later.now,
      createdAt: annotation.createdAt,
    })
    expect(op.deleteAnnotation(updated.state, annotation.id).annotations).toEqual([])
    expect(() => op.deleteAnnotation(updated.state, 'gone' as AnnotationId)).toThrow(
      /no longer exists/,
    )
  })
  it('takes a patch field that is there but undefined as not there', () => {
    const draft = { ...draftFor(news, 'zero star rating'), note: 'Kept' }
    const { state, annotation } = op.createAnnotation(storeWithTags(), draft, ctx(), lookup)
    // What a compromised renderer could send; the types (exactOptionalPropertyTypes) refuse it.
    const patch = { colour: undefined, tagIds: undefined, speaker: undefined, note: undefined }
    const updated = op.updateAnnotation(
      state,
      annotation.id,
      patch as unknown as AnnotationPatch,
      ctx(),
      lookup,
    )
    expect(updated.annotation).toStrictEqual(annotation)
  })
})

describe('mergeAnnotations', () => {
  const make = (state: ReturnType<typeof storeWithTags>, words: string, extra: object) =>
    op.createAnnotation(state, { ...draftFor(news, words), ...extra }, ctx(), lookup)

  it('keeps the first one’s words and gains every tag and note of the others, which go', () => {
    let state = storeWithTags()
    const first = make(state, 'the trigger was the zero star rating', {
      tagIds: ['claim'],
      note: 'Farrant blames the rating.',
    })
    state = first.state
    const second = make(state, 'the trigger was the zero star rating', {
      tagIds: ['evidence', 'claim'],
      note: 'Farrant blames the rating.',
      speaker: { source: 'article', id: 'graham-farrant' },
    })
    state = second.state
    const third = make(state, 'trigger was the zero star rating', { note: 'Check the date.' })
    state = third.state
    const merged = op.mergeAnnotations(
      state,
      first.annotation.id,
      [second.annotation.id, third.annotation.id],
      ctx(),
    )
    expect(merged.state.annotations).toEqual([merged.annotation])
    expect(merged.annotation).toMatchObject({
      id: first.annotation.id,
      target: first.annotation.target,
      tagIds: ['claim', 'evidence'],
      note: 'Farrant blames the rating.\n\nCheck the date.',
      speaker: { source: 'article', id: 'graham-farrant' },
    })
  })

  it('refuses highlights that are gone, of another article, or notes too long together', () => {
    const first = make(storeWithTags(), 'zero star rating', { note: 'x'.repeat(60_000) })
    const second = make(first.state, 'zero star rating', { note: 'y'.repeat(60_000) })
    expect(() =>
      op.mergeAnnotations(second.state, first.annotation.id, ['gone' as AnnotationId], ctx()),
    ).toThrow(/no longer exists/)
    expect(() =>
      op.mergeAnnotations(second.state, first.annotation.id, [second.annotation.id], ctx()),
    ).toThrow(/longer than one note/)
    const elsewhere = structuredClone(second.state)
    elsewhere.annotations[1]!.target.articleId = 'other' as ArticleId
    expect(() =>
      op.mergeAnnotations(elsewhere, first.annotation.id, [second.annotation.id], ctx()),
    ).toThrow(/same article/)
  })
})

describe('tags', () => {
  const tagged = () => {
    let state = storeWithTags()
    for (const [words, tagIds] of [
      ['zero star rating', ['claim']],
      ['positive appraisal', ['claim', 'evidence']],
      ['press release', ['evidence']],
    ] as const) {
      state = op.createAnnotation(
        state,
        draftFor(news, words, { tagIds: [...tagIds] }),
        ctx(),
        lookup,
      ).state
    }
    return state
  }
  const tagsOf = (state: ReturnType<typeof tagged>) => state.annotations.map((a) => a.tagIds)

  it('creates and renames with unique names, whatever the case', () => {
    const { state, tag } = op.createTag(
      storeWithTags(),
      { name: '  Funding ', colour: '#aa5500', description: '', group: 'Theme' },
      ctx(),
    )
    expect(tag.name).toBe('Funding')
    const again = { colour: tag.colour, description: tag.description, group: tag.group }
    expect(() => op.createTag(state, { ...again, name: 'funding' }, ctx())).toThrow(
      /already a tag called “Funding”/,
    )
    expect(() => op.updateTag(state, tag.id, { name: 'CLAIM' })).toThrow(/already/)
    expect(op.updateTag(state, tag.id, { name: 'Money' }).tag.name).toBe('Money')
    expect(() => op.createTag(state, { ...again, name: '   ' }, ctx())).toThrow(/needs a name/)
  })

  it('takes a tag patch field that is there but undefined as not there', () => {
    const { state, tag } = op.createTag(
      storeWithTags(),
      { name: 'Funding', colour: '#aa5500', description: 'Money', group: 'Theme' },
      ctx(),
    )
    const patch = { name: undefined, colour: undefined, description: undefined, group: undefined }
    expect(op.updateTag(state, tag.id, patch as unknown as TagPatch).tag).toStrictEqual(tag)
  })

  it('merges one tag into another everywhere, without duplicates', () => {
    const merged = op.mergeTags(tagged(), 'claim' as TagId, 'evidence' as TagId, 'now')
    expect(tagsOf(merged)).toEqual([['evidence'], ['evidence'], ['evidence']])
    expect(merged.tags.map((t) => t.id)).toEqual(['evidence'])
    expect(() => op.mergeTags(tagged(), 'claim' as TagId, 'claim' as TagId, 'now')).toThrow(
      /itself/,
    )
  })

  it('deletes a tag as the student chose: untag, delete its highlights, or replace it', () => {
    expect(tagsOf(op.deleteTag(tagged(), 'claim' as TagId, { mode: 'untag' }, 'now'))).toEqual([
      [],
      ['evidence'],
      ['evidence'],
    ])
    const dropped = op.deleteTag(tagged(), 'claim' as TagId, { mode: 'delete-annotations' }, 'now')
    expect(dropped.annotations.map((a) => a.target.quote.exact)).toEqual(['press release'])
    const replaced = op.deleteTag(
      tagged(),
      'evidence' as TagId,
      { mode: 'replace', withTagId: 'claim' as TagId },
      'now',
    )
    expect(tagsOf(replaced)).toEqual([['claim'], ['claim'], ['claim']])
  })
})

describe('student speakers', () => {
  it('adds a speaker once per name and role', () => {
    const first = op.createSpeaker(storeWithTags(), { name: ' Jane Doe ', role: 'tutor' }, ctx())
    expect(first.speaker).toMatchObject({ name: 'Jane Doe', role: 'tutor' })
    const again = op.createSpeaker(first.state, { name: 'Jane Doe', role: 'tutor' }, ctx())
    expect(again.state).toBe(first.state)
    expect(() => op.createSpeaker(first.state, { name: '', role: 'x' }, ctx())).toThrow(
      /needs a name/,
    )
  })
})

describe('records with an id the page proposed', () => {
  const uuid = () => crypto.randomUUID()

  it('keep that id, and a create sent again changes nothing and answers with the record', () => {
    const annotationId = uuid() as AnnotationId
    const draft = { ...draftFor(news, 'zero star rating'), id: annotationId }
    const made = op.createAnnotation(storeWithTags(), draft, ctx(), lookup)
    expect(made.annotation.id).toBe(annotationId)
    const noted = op.updateAnnotation(made.state, annotationId, { note: 'Later' }, ctx(), lookup)
    const again = op.createAnnotation(noted.state, draft, ctx(), lookup)
    expect(again.state).toBe(noted.state)
    expect(again.annotation.note).toBe('Later')

    const tagId = uuid() as TagId
    const tagDraft = { id: tagId, name: 'Staffing', colour: '#aa5500', description: '', group: '' }
    const tagged = op.createTag(again.state, tagDraft, ctx())
    expect(tagged.tag.id).toBe(tagId)
    // Renamed meanwhile: the repeat is still the same tag, not a clash with its old name.
    const renamed = op.updateTag(tagged.state, tagId, { name: 'Staff' })
    expect(op.createTag(renamed.state, tagDraft, ctx())).toEqual({
      state: renamed.state,
      tag: renamed.tag,
    })
  })

  it('give a speaker the proposed id even when one of that name exists', () => {
    const first = op.createSpeaker(storeWithTags(), { name: 'Jane Doe', role: 'tutor' }, ctx())
    const id = uuid() as StudentSpeakerId
    const proposed = op.createSpeaker(first.state, { id, name: 'Jane Doe', role: 'tutor' }, ctx())
    expect(proposed.speaker.id).toBe(id)
    const again = op.createSpeaker(proposed.state, { id, name: 'Jane Doe', role: 'tutor' }, ctx())
    expect(again.state).toBe(proposed.state)
  })
})
