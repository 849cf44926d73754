import { describe, expect, it } from 'vitest'
import type { Article, ArticleId, SpeakerId } from '../../../shared/model/article'
import {
  arrangeArticle,
  type PlacedHighlight,
  type ReaderItem,
  type Segment,
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
    { kind: 'speaker-line', number: null, start: 0, end: line.length, cutOff: false },
    {
      kind: 'paragraph',
      number: 1,
      start: at(quote),
      end: at(quote) + quote.length,
      cutOff: false,
    },
    { kind: 'paragraph', number: 2, start: at(news), end: text.length, cutOff: true },
  ],
  speakers: [
    {
      id: 'ann-lee' as SpeakerId,
      name: 'Ann Lee',
      role: 'chief executive, Somewhere',
      kind: 'person',
      roleCutOff: false,
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
      { id: 'h1', start: from('plan was'), end: from(' It should'), colour: 'green' },
      { id: 'h2', start: from('sound.'), end: from('should'), colour: 'blue' },
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

describe('what each run shows', () => {
  const from = (s: string) => text.indexOf(s)
  const span = (id: string, words: string, colour: PlacedHighlight['colour'] = 'yellow') => ({
    id,
    start: from(words),
    end: from(words) + words.length,
    colour,
  })
  const runsOf = (items: ReaderItem[]): Segment[] =>
    items.flatMap((i) =>
      i.kind === 'paragraph'
        ? i.paragraph.segments
        : [...i.speakerLine.segments, ...(i.paragraph?.segments ?? [])],
    )

  it('takes the colour of the last highlight given; the first run of each is its Tab stop', () => {
    const block = article.blocks[2]!
    const segments = segmentBlock(
      text,
      block,
      [],
      [span('h1', 'the plan was sound', 'green'), span('h2', 'was sound. It', 'blue')],
    )
    expect(segments.map((s) => [s.text, s.colour, s.isTabStop])).toEqual([
      ['Ann Lee said ', null, false],
      ['the plan ', 'green', true],
      ['was sound', 'blue', true],
      ['. It', 'blue', false],
      [' should be', null, false],
    ])
  })

  it('makes a highlight that runs on into the next block a Tab stop once', () => {
    const runs = runsOf(arrangeArticle(article, [span('h1', 'panic.”\n\nAnn Lee')]))
    const marked = runs.filter((s) => s.highlightIds.includes('h1'))
    expect(marked.map((s) => [s.text, s.isTabStop])).toEqual([
      ['panic.”', true],
      ['Ann Lee', false],
    ])
  })

  it('lays a thousand overlapping highlights on the runs each covers, in the order given', () => {
    const block = article.blocks[2]!
    let seed = 7
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const highlights: PlacedHighlight[] = Array.from({ length: 1000 }, (_, i) => {
      const a = block.start + Math.floor(next() * (block.end - block.start))
      const b = block.start + Math.floor(next() * (block.end - block.start))
      return { id: `h${i}`, start: Math.min(a, b), end: Math.max(a, b) + 1, colour: 'pink' }
    })
    const segments = segmentBlock(text, block, article.attributions, highlights)
    expect(segments.map((s) => s.text).join('')).toBe(news)
    for (const s of segments) {
      const covering = highlights.filter(
        (h) => h.start <= s.start && h.end >= s.end && h.end > h.start,
      )
      expect(s.highlightIds).toEqual(covering.map((h) => h.id))
    }
  })

  it('hands back the previous arrangement’s runs where nothing changed', () => {
    const before = arrangeArticle(article, [span('h1', 'We will'), span('h2', 'plan was')])
    const after = arrangeArticle(
      article,
      [span('h1', 'We will'), span('h2', 'plan was', 'purple')],
      before,
    )
    const [was, now] = [runsOf(before), runsOf(after)]
    expect(now.map((s) => s.text)).toEqual(was.map((s) => s.text))
    const kept = now.map((s, i) => s === was[i])
    const changed = now.flatMap((s, i) => (kept[i] ? [] : [s.text]))
    expect(changed).toEqual(['plan was'])
    expect(now.find((s) => s.text === 'plan was')?.colour).toBe('purple')
  })
})
