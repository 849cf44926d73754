import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute-quotes'
import { attributeParagraphs } from '../../../test-support/library/attribution'
import { parseArticle } from './parse-article'

describe('attributeQuotes rules', () => {
  it('attributes nothing nobody is reported as saying, scare quotes included', () => {
    const { speakers, spans } = attributeParagraphs(
      'The plan was “dismantled” last week. Jane Smith left the council.',
      'The report said it was “late”.',
    )
    expect(speakers).toEqual([])
    expect(spans).toEqual([])
  })

  it('leaves He, a surname or "the council" unattributed when nobody fits', () => {
    const { spans } = attributeParagraphs(
      'He said it was late.',
      'Smith said it was late.',
      'The council said it was late.',
    )
    expect(spans).toEqual([])
  })

  it('resolves He to the most recently named person, not an earlier speaker', () => {
    const { spans } = attributeParagraphs(
      'Jane Smith, a lawyer, said the ruling was wrong.',
      'The case was brought by Tom Jones last year. He said he would appeal.',
    )
    expect(spans.map((span) => [span.speaker, span.words])).toEqual([
      ['jane-smith', 'the ruling was wrong.'],
      ['tom-jones', 'he would appeal.'],
    ])
  })

  it('counts a speaker named by surname or by role as the person last named', () => {
    const { spans } = attributeParagraphs(
      'Jane Smith said it was late. Tom Jones was there. Smith said it was wrong. He said no.',
      'The chief executive said it was fine. She said so twice.',
    )
    expect(spans.map((span) => [span.speaker, span.words])).toEqual([
      ['jane-smith', 'it was late.'],
      ['jane-smith', 'it was wrong.'],
      ['jane-smith', 'no.'],
      ['the-chief-executive', 'it was fine.'],
      ['the-chief-executive', 'so twice.'],
    ])
  })

  it('takes direct speech around a parenthetical clause as two quotations', () => {
    const { speakers, spans } = attributeParagraphs(
      'Jane Smith spoke to us.',
      '“It is late,” Smith said, “and it is wrong.”',
    )
    expect(speakers.map((speaker) => speaker.id)).toEqual(['jane-smith'])
    expect(spans.map((span) => [span.mode, span.words])).toEqual([
      ['direct', '“It is late,”'],
      ['direct', '“and it is wrong.”'],
    ])
  })

  it('takes an inverted "said Name" clause and keeps each speaker’s role from an appositive', () => {
    const { speakers, spans } = attributeParagraphs(
      'Tom Jones, leader of Anytown Council, said: “We are ready.”',
      'The cuts are deep, said Jones.',
    )
    expect(speakers).toEqual([
      {
        id: 'tom-jones',
        name: 'Tom Jones',
        role: 'leader of Anytown Council',
        kind: 'person',
        roleCutOff: false,
      },
    ])
    expect(spans.map((span) => [span.mode, span.words])).toEqual([
      ['direct', '“We are ready.”'],
      ['reported', 'The cuts are deep'],
    ])
  })

  it('resolves "the local authority" to the latest organisation named "… Council"', () => {
    const { speakers, spans } = attributeParagraphs(
      'Anytown Council and Anytown Primary Care Trust disagree.',
      'The local authority said the trust was wrong.',
    )
    expect(speakers).toEqual([
      {
        id: 'anytown-council',
        name: 'Anytown Council',
        role: null,
        kind: 'organisation',
        roleCutOff: false,
      },
    ])
    expect(spans.map((span) => span.words)).toEqual(['the trust was wrong.'])
  })

  it('gives the speaker what is reported, and leaves the reporter’s framing as narration', () => {
    const { spans } = attributeParagraphs(
      'Jane Smith, a lawyer, said that the ruling was wrong.',
      'The ruling was wrong, Smith said, and would be appealed.',
      'She told the court: the judge erred.',
    )
    expect(spans.map((span) => [span.mode, span.words])).toEqual([
      ['reported', 'the ruling was wrong.'],
      ['reported', 'The ruling was wrong'],
      ['reported', 'and would be appealed.'],
      ['reported', 'the judge erred.'],
    ])
  })

  it('sets the words a report quotes apart as the speaker’s direct speech', () => {
    const { spans } = attributeParagraphs(
      'Jane Smith said the timing was “strange” and the plan “may have to change”.',
    )
    expect(spans.map((span) => [span.mode, span.words])).toEqual([
      ['reported', 'the timing was'],
      ['direct', '“strange”'],
      ['reported', 'and the plan'],
      ['direct', '“may have to change”'],
    ])
  })

  it('gives a person introduced without a role the role the narration states, or none', () => {
    const { speakers } = attributeParagraphs(
      'Jane Smith will stay on as head of policy, the charity said.',
      'Smith, who joined in May, said she was pleased.',
      'Tom Jones said he was not.',
    )
    expect(speakers.map((speaker) => [speaker.name, speaker.role])).toEqual([
      ['Jane Smith', 'head of policy'],
      ['Tom Jones', null],
    ])
  })
})

describe('attributeQuotes on long inputs', () => {
  // Each of these once made a regex or a lookup quadratic: minutes for 2 MB, not milliseconds.
  const letters = (n: number) =>
    n.toString(26).replace(/./gu, (d) => 'abcdefghijklmnopqrstuvwxyz'[parseInt(d, 26)] ?? '')
  const inputs = {
    'a run of capitalised words and connectors': 'Aa and '.repeat(280_000),
    'a run of "The the"': 'The the '.repeat(250_000),
    'sixty thousand distinct speakers': Array.from(
      { length: 60_000 },
      (_, i) => `X${letters(i)} Smith said x. He said y. `,
    ).join(''),
  }

  // Not a timing assertion (speed is for `npm run bench`): the generous timeout only stops a
  // quadratic regression from hanging the suite, and the results must still be right.
  it.each(Object.entries(inputs))('handles 2 MB of %s', { timeout: 60_000 }, (name, body) => {
    const { speakers, attributions } = attributeQuotes(parseArticle(`Title\n\n${body}`))
    if (name.startsWith('sixty')) {
      expect(speakers).toHaveLength(60_000)
      expect(attributions).toHaveLength(120_000)
    } else {
      expect(attributions).toEqual([])
    }
  })
})
