import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute-quotes'
import { expectWellFormed, readable } from '../../../test-support/library/attribution'
import { parseArticle } from './parse-article'
import { BUNDLED_ARTICLES_DIR, NEWS_ID, ROUND_UP_ID } from '../../../test-support/articles'

// What the attributor finds in the bundled articles, pinned speaker by speaker; the rules it
// follows are tested on small inputs in attribute-quotes.test.ts.

const ARTICLES = BUNDLED_ARTICLES_DIR

function attributeBundled(stem: string) {
  const parsed = parseArticle(readFileSync(join(ARTICLES, `${stem}.txt`), 'utf8'))
  return { parsed, result: attributeQuotes(parsed) }
}

describe('attributeQuotes on the round-up (000)', () => {
  const { parsed, result } = attributeBundled(ROUND_UP_ID)

  it('finds the council, a chief executive named by role, and the five commentators', () => {
    expect(result.speakers).toEqual([
      {
        id: 'barking-and-dagenham-council',
        name: 'Barking and Dagenham Council',
        role: null,
        kind: 'organisation',
        roleCutOff: false,
      },
      {
        id: 'the-councils-chief-executive',
        name: null,
        role: 'the council’s chief executive',
        kind: 'person',
        roleCutOff: false,
      },
      {
        id: 'bob-holman',
        name: 'Bob Holman',
        role: 'community worker at a project in Easterhouse, Glasgow',
        kind: 'person',
        roleCutOff: false,
      },
      {
        id: 'julia-ross',
        name: 'Julia Ross',
        role: 'social services director, London Borough of Barking and Dagenham',
        kind: 'person',
        roleCutOff: false,
      },
      {
        id: 'bill-badham',
        name: 'Bill Badham',
        role: 'development officer, National Youth',
        kind: 'person',
        roleCutOff: false,
      },
      {
        id: 'felicity-collier',
        name: 'Felicity Collier',
        role: 'chief executive, Baaf Adoption and',
        kind: 'person',
        roleCutOff: true,
      },
      {
        id: 'martin-green',
        name: 'Martin Green',
        role: 'chief executive, Counsel and Care for the',
        kind: 'person',
        roleCutOff: true,
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
        // What the authority said, without the reporter's "The local authority said".
        words:
          'this was unfair given that the PCT received insufficient ' +
          'funding from the government in an area of high deprivation.',
      },
      {
        speaker: 'the-councils-chief-executive',
        mode: 'reported',
        paragraph: 1,
        words:
          'a greater tendency in the NHS to blame ' +
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
  const { parsed, result } = attributeBundled(NEWS_ID)

  it('finds the council, Farrant, Regan and Ross, with roles as written', () => {
    expect(result.speakers).toEqual([
      {
        id: 'barking-and-dagenham-council',
        name: 'Barking and Dagenham Council',
        role: null,
        kind: 'organisation',
        roleCutOff: false,
      },
      {
        id: 'graham-farrant',
        name: 'Graham Farrant',
        role: 'chief executive of the council',
        kind: 'person',
        roleCutOff: false,
      },
      {
        id: 'carolyn-regan',
        name: 'Carolyn Regan',
        role: 'chief executive of North East London Strategic Health Authority',
        kind: 'person',
        roleCutOff: false,
      },
      {
        // Her job as paragraph 3 states it; paragraph 10's "who retains her role…" clause
        // describes one extra duty, not the post she holds.
        id: 'julia-ross',
        name: 'Julia Ross',
        role: 'director of social services at the council',
        kind: 'person',
        roleCutOff: false,
      },
    ])
  })

  it('attributes what each sentence reports, apart from its framing, and every quotation', () => {
    expect(readable(parsed, result)).toEqual([
      {
        speaker: 'barking-and-dagenham-council',
        mode: 'reported',
        paragraph: 2,
        words:
          'Julia Ross had given up responsibility ' +
          'for running Barking and Dagenham Primary Care Trust because the PCT wanted to ' +
          'dismiss her after it was given a zero star rating in July.',
      },
      {
        speaker: 'barking-and-dagenham-council',
        mode: 'reported',
        paragraph: 3,
        words:
          'this was unfair given the insufficient funding the PCT had ' +
          'received from the government in an area of high deprivation, and decided to',
      },
      // A word the report quotes is the council's own: direct speech inside the report.
      {
        speaker: 'barking-and-dagenham-council',
        mode: 'direct',
        paragraph: 3,
        words: '“dismantle”',
      },
      {
        speaker: 'barking-and-dagenham-council',
        mode: 'reported',
        paragraph: 3,
        words: 'the role.',
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
          'Ross was given a positive appraisal in May, and could not believe the PCT ' +
          'wanted to remove her so soon afterwards.',
      },
      {
        speaker: 'graham-farrant',
        mode: 'reported',
        paragraph: 6,
        words:
          'a greater tendency in the health service to blame individuals ' +
          'for an organisation’s performance shortcomings.',
      },
      {
        speaker: 'graham-farrant',
        mode: 'reported',
        paragraph: 7,
        // Either side of the reporter's ", Farrant said,".
        words: 'Four other joint posts will be changed',
      },
      {
        speaker: 'graham-farrant',
        mode: 'reported',
        paragraph: 7,
        words:
          'so the staff involved will go back to working either for the council or for the PCT.',
      },
      {
        speaker: 'graham-farrant',
        mode: 'reported',
        paragraph: 7,
        words:
          'he did not want any employee of the council to also be answerable to ' +
          'the PCT board.',
      },
      {
        speaker: 'carolyn-regan',
        mode: 'reported',
        paragraph: 8,
        words:
          'the PCT was completely unaware of the council’s decision to withdraw Ross, ' +
          'and only found out when a press release was issued.',
      },
      {
        speaker: 'carolyn-regan',
        mode: 'reported',
        paragraph: 9,
        words: 'the council’s timing was',
      },
      { speaker: 'carolyn-regan', mode: 'direct', paragraph: 9, words: '“strange”' },
      {
        speaker: 'carolyn-regan',
        mode: 'reported',
        paragraph: 9,
        words:
          'so soon after the PCT had been given a zero rating and a recovery plan had been drawn',
      },
      {
        speaker: 'julia-ross',
        mode: 'reported',
        paragraph: 10,
        words:
          'she still believed a joint role across the two organisations was the ' +
          'right policy, but admitted it',
      },
      {
        speaker: 'julia-ross',
        mode: 'direct',
        paragraph: 10,
        words: '“may have to be done differently”',
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
