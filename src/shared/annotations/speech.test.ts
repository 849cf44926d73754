import { describe, expect, it } from 'vitest'
import { loadBundledLibrary, NEWS_ID, ROUND_UP_ID } from '../../../test-support/articles'
import type { Article } from '../model/article'
import { describeSpeech, speechKindLabel } from './speech'

const library = await loadBundledLibrary()
const news = library.get(NEWS_ID)
const roundUp = library.get(ROUND_UP_ID)

/** The speech of the first occurrence of `from` through the end of `to` (or of `from` alone). */
function speechOf(article: Article, from: string, to = from) {
  const start = article.text.indexOf(from)
  const end = article.text.indexOf(to, start) + to.length
  expect(start).toBeGreaterThanOrEqual(0)
  const speech = describeSpeech(article, start, end)
  return {
    ...speech,
    runs: speech.parts.map((p) => [
      p.kind,
      p.speakerId,
      p.paragraph,
      article.text.slice(p.start, p.end),
    ]),
  }
}

describe('describeSpeech on the news report', () => {
  it('tells a whole direct quotation from the sentence that frames it', () => {
    const quote = speechOf(news, '“The PCT wanted a change', 'star rating.”')
    expect([quote.kind, quote.speakerId]).toEqual(['direct', 'graham-farrant'])
    const sentence = speechOf(news, 'Graham Farrant, chief executive', 'star rating.”')
    expect(sentence.kind).toBe('mixed')
    expect(sentence.runs).toEqual([
      ['narration', null, 5, 'Graham Farrant, chief executive of the council, said:'],
      [
        'direct',
        'graham-farrant',
        5,
        '“The PCT wanted a change and the trigger was the zero star rating.”',
      ],
    ])
  })

  it('calls the report of what Regan said reported speech, and its framing narration', () => {
    const content = speechOf(news, 'the PCT was completely unaware', 'a press release was issued.')
    expect([content.kind, content.speakerId]).toEqual(['reported', 'carolyn-regan'])
    const whole = speechOf(news, 'Carolyn Regan, chief executive', 'a press release was issued.')
    expect([whole.kind, whole.speakerId]).toEqual(['mixed', 'carolyn-regan'])
    expect(whole.runs.map((r) => r[0])).toEqual(['narration', 'reported'])
  })

  it('keeps one speaker over two of Farrant’s reported sentences and the framing between', () => {
    const p7 = speechOf(news, 'Four other joint posts', 'answerable to the PCT board.')
    expect(p7.speakerId).toBe('graham-farrant')
    expect(p7.speakerIds).toEqual(['graham-farrant'])
    expect(p7.runs.map((r) => r[0])).toEqual([
      'reported',
      'narration',
      'reported',
      'narration',
      'reported',
    ])
  })

  it('finds Ross’s own words inside the report of what she said, the full stop with them', () => {
    const words = speechOf(news, '“may have to be done differently”.')
    expect([words.kind, words.speakerId]).toEqual(['direct', 'julia-ross'])
    expect(words.runs).toEqual([['direct', 'julia-ross', 10, '“may have to be done differently”.']])
    const sentence = speechOf(news, 'She said the council’s timing', 'so soon after')
    expect(sentence.runs.map((r) => [r[0], r[3]])).toEqual([
      ['narration', 'She said'],
      ['reported', 'the council’s timing was'],
      ['direct', '“strange”'],
      ['reported', 'so soon after'],
    ])
  })

  it('calls the scare-quoted opening narration, nobody’s words', () => {
    const p1 = speechOf(news, 'The country’s first joint', 'should be')
    expect([p1.kind, p1.speakerId, p1.speakerIds]).toEqual(['narration', null, []])
  })

  it('splits a passage over two paragraphs at the break, each run citing its own', () => {
    const span = speechOf(news, 'star rating.”', 'He said Ross was given')
    expect(span.runs.map((r) => [r[0], r[2]])).toEqual([
      ['direct', 5],
      ['narration', 6],
      ['reported', 6],
    ])
  })
})

describe('describeSpeech on the round-up', () => {
  it('gives a quote under a byline to the byline’s speaker', () => {
    const quote = speechOf(roundUp, 'partnership working is inherently fragile')
    expect([quote.kind, quote.speakerId, quote.includesLabel]).toEqual([
      'direct',
      'bob-holman',
      false,
    ])
  })

  it('sees a passage run across a byline into another speaker’s quote', () => {
    const across = speechOf(roundUp, 'upon one individual.”', '“Councillors are elected')
    expect(across.includesLabel).toBe(true)
    expect([across.kind, across.speakerId, across.speakerIds]).toEqual([
      'direct',
      null,
      ['bob-holman', 'julia-ross'],
    ])
    // The byline is not among the passage's words.
    expect(across.runs.map((r) => r[3])).toEqual([
      'upon one individual.”',
      '“Councillors are elected',
    ])
  })

  it('calls a byline alone no one’s words at all', () => {
    const label = speechOf(roundUp, 'Julia Ross, social services director', 'Barking and Dagenham')
    expect([label.includesLabel, label.parts]).toEqual([true, []])
  })
})

describe('speechKindLabel', () => {
  it('names what is not a direct quotation, a mix by every kind it holds', () => {
    const of = (from: string, to?: string) => speechKindLabel(speechOf(news, from, to))
    expect(of('“The PCT wanted a change', 'star rating.”')).toBeNull()
    expect(of('the PCT was completely unaware')).toBe('Reported speech')
    expect(of('The disagreement represents a major blow')).toBe('Narration')
    expect(of('Graham Farrant, chief executive', 'star rating.”')).toBe(
      'Narration and direct speech',
    )
    expect(of('She said the council’s timing', 'so soon after')).toBe(
      'Narration, reported and direct speech',
    )
  })
})
