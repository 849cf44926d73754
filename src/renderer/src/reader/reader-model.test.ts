import { describe, expect, it } from 'vitest'
import type { Article, ArticleId, SpeakerId } from '../../../shared/model/article'
import {
  arrangeArticle,
  isCutOff,
  readingMinutes,
  segmentBlock,
  speakerForSpan,
  splitSpeakerLine,
  trimSpan,
} from './reader-model'

const line = 'Ann Lee, chief executive, Somewhere'
const quote = '“We will not panic.”'
const news = 'Ann Lee said the plan was sound. It should be'
const text = [line, quote, news].join('\n\n')
const at = (s: string) => text.indexOf(s)

const article: Article = {
  id: 'a1' as ArticleId,
  title: 'T',
  publication: 'P',
  kind: 'news-report',
  text,
  blocks: [
    { kind: 'speaker-line', number: null, start: 0, end: line.length },
    { kind: 'paragraph', number: 1, start: at(quote), end: at(quote) + quote.length },
    { kind: 'paragraph', number: 2, start: at(news), end: text.length },
  ],
  speakers: [
    {
      id: 'ann-lee' as SpeakerId,
      name: 'Ann Lee',
      role: 'chief executive, Somewhere',
      kind: 'person',
    },
  ],
  attributions: [
    {
      speakerId: 'ann-lee' as SpeakerId,
      start: at(quote),
      end: at(quote) + quote.length,
      mode: 'direct',
    },
    { speakerId: 'ann-lee' as SpeakerId, start: at(news), end: at(' It should'), mode: 'reported' },
  ],
  contentHash: 'x',
  wordCount: 20,
}

describe('arrangeArticle', () => {
  it('pairs a speaker line with its quote and keeps plain paragraphs apart', () => {
    const items = arrangeArticle(article)
    expect(items.map((i) => i.kind)).toEqual(['comment', 'paragraph'])
    const [comment, paragraph] = items
    if (comment?.kind !== 'comment' || paragraph?.kind !== 'paragraph') throw new Error('shape')
    expect(comment.speakerLine.text).toBe(line)
    expect(comment.speakerLine.speaker?.name).toBe('Ann Lee')
    expect(comment.paragraph?.number).toBe(1)
    expect(comment.paragraph?.isCutOff).toBe(false)
    expect(paragraph.paragraph.number).toBe(2)
    expect(paragraph.paragraph.isCutOff).toBe(true)
    expect(paragraph.paragraph.speakers.map((s) => s.id)).toEqual(['ann-lee'])
  })

  it('shows a speaker line that has no quote after it instead of dropping it', () => {
    const items = arrangeArticle({ ...article, blocks: [article.blocks[0]!], attributions: [] })
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      kind: 'comment',
      paragraph: null,
      speakerLine: { text: line },
    })
  })
})

describe('segmentBlock', () => {
  it('covers the block exactly, attributed runs in place', () => {
    const block = article.blocks[2]!
    const segments = segmentBlock(text, block, article.attributions)
    expect(segments.map((s) => s.text).join('')).toBe(news)
    expect(segments.map((s) => [s.text, s.attribution?.mode ?? null])).toEqual([
      ['Ann Lee said the plan was sound.', 'reported'],
      [' It should be', null],
    ])
  })
})

describe('small helpers', () => {
  it('recognises a paragraph that stops mid-sentence', () => {
    expect(isCutOff('the holder of the post should be')).toBe(true)
    expect(isCutOff('It is a relief the council is to safeguard its staff.”')).toBe(false)
    expect(isCutOff('admitted it “may have to be done differently”.')).toBe(false)
    expect(isCutOff('He said: “Yes”')).toBe(false)
  })

  it('splits a speaker line only where it starts with the name', () => {
    expect(splitSpeakerLine(line, 'Ann Lee')).toEqual(['Ann Lee', ', chief executive, Somewhere'])
    expect(splitSpeakerLine(line, null)).toEqual(['', line])
    expect(splitSpeakerLine(line, 'Bob')).toEqual(['', line])
  })

  it('rounds reading time to whole minutes, at least one', () => {
    expect(readingMinutes(10)).toBe(1)
    expect(readingMinutes(690)).toBe(3)
  })
})

describe('highlights in the text', () => {
  it('splits runs at every highlight edge; overlaps carry both ids, in order', () => {
    const block = article.blocks[2]!
    const from = (s: string) => text.indexOf(s)
    const segments = segmentBlock(text, block, article.attributions, [
      { id: 'h1', start: from('plan was'), end: from(' It should') },
      { id: 'h2', start: from('sound.'), end: from('should') },
    ])
    expect(segments.map((s) => s.text).join('')).toBe(news)
    expect(segments.map((s) => [s.text, s.highlightIds])).toEqual([
      ['Ann Lee said the ', []],
      ['plan was ', ['h1']],
      ['sound.', ['h1', 'h2']],
      [' It ', ['h2']],
      ['should be', []],
    ])
    // Attribution still marks the runs inside it.
    expect(segments.slice(0, 3).every((s) => s.attribution?.mode === 'reported')).toBe(true)
  })

  it('trims a selection to its words and finds the speaker of a span inside a quote', () => {
    // "\n\n“We " → "“We": the gap between blocks and the trailing space fall away.
    expect(trimSpan(text, { start: line.length, end: line.length + 6 })).toEqual({
      start: line.length + 2,
      end: line.length + 5,
    })
    expect(trimSpan(text, { start: line.length, end: line.length + 2 })).toBeNull()
    const q = text.indexOf('not panic')
    expect(speakerForSpan(article, { start: q, end: q + 9 })).toBe('ann-lee')
    expect(speakerForSpan(article, { start: q, end: text.length })).toBeNull()
  })
})
