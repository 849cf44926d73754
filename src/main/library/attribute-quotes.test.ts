import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { attributeQuotes, type AttributedBody } from './attribute-quotes'
import { parseArticle, type ParsedArticle } from './parse-article'

const ARTICLES = join(import.meta.dirname, '../../../resources/articles')

function attributeBundled(stem: string) {
  const parsed = parseArticle(readFileSync(join(ARTICLES, `${stem}.txt`), 'utf8'))
  return { parsed, result: attributeQuotes(parsed) }
}

/** Each attribution as a reader would check it: who, how, which paragraph, which exact words. */
function readable(parsed: ParsedArticle, result: AttributedBody) {
  return result.attributions.map((attribution) => ({
    speaker: attribution.speakerId,
    mode: attribution.mode,
    paragraph: parsed.blocks.find(
      (block) => block.start <= attribution.start && attribution.end <= block.end,
    )?.number,
    words: parsed.text.slice(attribution.start, attribution.end),
  }))
}

/** Sorted, disjoint, trimmed, each inside one block, each speaker known. */
function expectWellFormed(parsed: ParsedArticle, result: AttributedBody) {
  const ids = new Set(result.speakers.map((speaker) => speaker.id))
  expect(ids.size).toBe(result.speakers.length)
  result.attributions.forEach((attribution, index) => {
    const previous = result.attributions[index - 1]
    if (previous) expect(attribution.start).toBeGreaterThanOrEqual(previous.end)
    const words = parsed.text.slice(attribution.start, attribution.end)
    expect(words.length).toBeGreaterThan(0)
    expect(words).toBe(words.trim())
    expect(
      parsed.blocks.some(
        (block) => block.start <= attribution.start && attribution.end <= block.end,
      ),
    ).toBe(true)
    expect(ids.has(attribution.speakerId)).toBe(true)
  })
}

describe('attributeQuotes on the round-up (000)', () => {
  const { parsed, result } = attributeBundled('000_3c475a4ad3004cc5')

  it('finds the council, a chief executive named by role, and the five commentators', () => {
    expect(result.speakers).toEqual([
      {
        id: 'barking-and-dagenham-council',
        name: 'Barking and Dagenham Council',
        role: null,
        kind: 'organisation',
      },
      {
        id: 'the-councils-chief-executive',
        name: null,
        role: 'the council’s chief executive',
        kind: 'person',
      },
      {
        id: 'bob-holman',
        name: 'Bob Holman',
        role: 'community worker at a project in Easterhouse, Glasgow',
        kind: 'person',
      },
      {
        id: 'julia-ross',
        name: 'Julia Ross',
        role: 'social services director, London Borough of Barking and Dagenham',
        kind: 'person',
      },
      {
        id: 'bill-badham',
        name: 'Bill Badham',
        role: 'development officer, National Youth',
        kind: 'person',
      },
      {
        id: 'felicity-collier',
        name: 'Felicity Collier',
        role: 'chief executive, Baaf Adoption and',
        kind: 'person',
      },
      {
        id: 'martin-green',
        name: 'Martin Green',
        role: 'chief executive, Counsel and Care for the',
        kind: 'person',
      },
    ])
  })

  it('attributes the intro’s reported speech and each quote paragraph, and nothing else', () => {
    const quoteParagraphs = parsed.blocks
      .filter((block) => block.number !== null && block.number > 1)
      .map((block) => parsed.text.slice(block.start, block.end))
    expect(readable(parsed, result)).toEqual([
      {
        speaker: 'barking-and-dagenham-council',
        mode: 'reported',
        paragraph: 1,
        // The claimed content only: "Julia Ross is now to work…" is the journalist's, and the
        // full stop belongs to that whole sentence.
        words:
          'Barking and Dagenham Primary Care Trust wanted to dismiss her after the PCT was ' +
          'given a zero star rating in July',
      },
      {
        speaker: 'barking-and-dagenham-council',
        mode: 'reported',
        paragraph: 1,
        words:
          'The local authority said this was unfair given that the PCT received insufficient ' +
          'funding from the government in an area of high deprivation.',
      },
      {
        speaker: 'the-councils-chief-executive',
        mode: 'reported',
        paragraph: 1,
        words:
          'The council’s chief executive highlighted a greater tendency in the NHS to blame ' +
          'individuals for an organisation’s performance.',
      },
      ...['bob-holman', 'julia-ross', 'bill-badham', 'felicity-collier', 'martin-green'].map(
        (speaker, index) => ({
          speaker,
          mode: 'direct',
          paragraph: index + 2,
          words: quoteParagraphs[index],
        }),
      ),
    ])
    expectWellFormed(parsed, result)
  })

  it('spans each whole quote paragraph, quotation marks included', () => {
    const quotes = readable(parsed, result).filter((attribution) => attribution.mode === 'direct')
    expect(quotes.map((quote) => [quote.words.slice(0, 20), quote.words.slice(-16)])).toEqual([
      ['“The politics of thi', 'one individual.”'],
      ['“Councillors are ele', 'improve health.”'],
      ['“Barking and Dagenha', 'across sectors.”'],
      ['“This lack of agreem', 'uard its staff.”'],
      ['“This move fills me ', 'd to do it now.”'],
    ])
  })
})

describe('attributeQuotes on the news report (003)', () => {
  const { parsed, result } = attributeBundled('003_d19da5c6ad6d0496')

  it('finds the council, Farrant, Regan and Ross, with roles as written', () => {
    expect(result.speakers).toEqual([
      {
        id: 'barking-and-dagenham-council',
        name: 'Barking and Dagenham Council',
        role: null,
        kind: 'organisation',
      },
      {
        id: 'graham-farrant',
        name: 'Graham Farrant',
        role: 'chief executive of the council',
        kind: 'person',
      },
      {
        id: 'carolyn-regan',
        name: 'Carolyn Regan',
        role: 'chief executive of North East London Strategic Health Authority',
        kind: 'person',
      },
      {
        // Her job as paragraph 3 states it; paragraph 10's "who retains her role…" clause
        // describes one extra duty, not the post she holds.
        id: 'julia-ross',
        name: 'Julia Ross',
        role: 'director of social services at the council',
        kind: 'person',
      },
    ])
  })

  it('attributes each reporting sentence, and the one direct quotation, and nothing else', () => {
    expect(readable(parsed, result)).toEqual([
      {
        speaker: 'barking-and-dagenham-council',
        mode: 'reported',
        paragraph: 2,
        words:
          'Barking and Dagenham Council announced that Julia Ross had given up responsibility ' +
          'for running Barking and Dagenham Primary Care Trust because the PCT wanted to ' +
          'dismiss her after it was given a zero star rating in July.',
      },
      {
        speaker: 'barking-and-dagenham-council',
        mode: 'reported',
        paragraph: 3,
        words:
          'The local authority said this was unfair given the insufficient funding the PCT had ' +
          'received from the government in an area of high deprivation, and decided to ' +
          '“dismantle” the role.',
      },
      {
        speaker: 'graham-farrant',
        mode: 'direct',
        paragraph: 5,
        words: '“The PCT wanted a change and the trigger was the zero star rating.”',
      },
      {
        speaker: 'graham-farrant',
        mode: 'reported',
        paragraph: 6,
        words:
          'He said Ross was given a positive appraisal in May, and could not believe the PCT ' +
          'wanted to remove her so soon afterwards.',
      },
      {
        speaker: 'graham-farrant',
        mode: 'reported',
        paragraph: 6,
        words:
          'He put it down to a greater tendency in the health service to blame individuals ' +
          'for an organisation’s performance shortcomings.',
      },
      {
        speaker: 'graham-farrant',
        mode: 'reported',
        paragraph: 7,
        words:
          'Four other joint posts will be changed, Farrant said, so the staff involved will go ' +
          'back to working either for the council or for the PCT.',
      },
      {
        speaker: 'graham-farrant',
        mode: 'reported',
        paragraph: 7,
        words:
          'Farrant said he did not want any employee of the council to also be answerable to ' +
          'the PCT board.',
      },
      {
        speaker: 'carolyn-regan',
        mode: 'reported',
        paragraph: 8,
        words:
          'Carolyn Regan, chief executive of North East London Strategic Health Authority, ' +
          'said the PCT was completely unaware of the council’s decision to withdraw Ross, ' +
          'and only found out when a press release was issued.',
      },
      {
        speaker: 'carolyn-regan',
        mode: 'reported',
        paragraph: 9,
        words:
          'She said the council’s timing was “strange” so soon after the PCT had been given a ' +
          'zero rating and a recovery plan had been drawn',
      },
      {
        speaker: 'julia-ross',
        mode: 'reported',
        paragraph: 10,
        words:
          'Ross, who retains her role representing social services on the NHS Modernisation ' +
          'Board, said she still believed a joint role across the two organisations was the ' +
          'right policy, but admitted it “may have to be done differently”.',
      },
    ])
    expectWellFormed(parsed, result)
  })

  it('leaves the scare-quoted first paragraph and the narration unattributed', () => {
    const attributed = new Set(readable(parsed, result).map((attribution) => attribution.paragraph))
    expect([1, 4].filter((paragraph) => attributed.has(paragraph))).toEqual([])
    const p3 = parsed.blocks[2]
    const rossWillRevert = parsed.text.indexOf('Ross will now revert')
    expect(p3 && rossWillRevert > p3.start && rossWillRevert < p3.end).toBe(true)
    expect(
      result.attributions.some((a) => a.start <= rossWillRevert && rossWillRevert < a.end),
    ).toBe(false)
  })
})

/** Attribute a made-up body: one paragraph per "\n\n"-separated chunk. */
function attributeParagraphs(...paragraphs: string[]) {
  const parsed = parseArticle(['Title', ...paragraphs].join('\n\n'))
  const result = attributeQuotes(parsed)
  expectWellFormed(parsed, result)
  return { speakers: result.speakers, spans: readable(parsed, result) }
}

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
      ['jane-smith', 'Jane Smith, a lawyer, said the ruling was wrong.'],
      ['tom-jones', 'He said he would appeal.'],
    ])
  })

  it('counts a speaker named by surname or by role as the person last named', () => {
    const { spans } = attributeParagraphs(
      'Jane Smith said it was late. Tom Jones was there. Smith said it was wrong. He said no.',
      'The chief executive said it was fine. She said so twice.',
    )
    expect(spans.map((span) => [span.speaker, span.words])).toEqual([
      ['jane-smith', 'Jane Smith said it was late.'],
      ['jane-smith', 'Smith said it was wrong.'],
      ['jane-smith', 'He said no.'],
      ['the-chief-executive', 'The chief executive said it was fine.'],
      ['the-chief-executive', 'She said so twice.'],
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
      { id: 'tom-jones', name: 'Tom Jones', role: 'leader of Anytown Council', kind: 'person' },
    ])
    expect(spans.map((span) => [span.mode, span.words])).toEqual([
      ['direct', '“We are ready.”'],
      ['reported', 'The cuts are deep, said Jones.'],
    ])
  })

  it('resolves "the local authority" to the latest organisation named "… Council"', () => {
    const { speakers, spans } = attributeParagraphs(
      'Anytown Council and Anytown Primary Care Trust disagree.',
      'The local authority said the trust was wrong.',
    )
    expect(speakers).toEqual([
      { id: 'anytown-council', name: 'Anytown Council', role: null, kind: 'organisation' },
    ])
    expect(spans.map((span) => span.words)).toEqual([
      'The local authority said the trust was wrong.',
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
