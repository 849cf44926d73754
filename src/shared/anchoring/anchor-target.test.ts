import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../main/library/split-sentences'
import type { Article } from '../model/article'
import { anchorTarget, ORPHAN_REASONS, type AnchorableTarget } from './anchor-target'
import { describeSpan } from './describe-span'
import { NEWS_ID, ROUND_UP_ID, loadBundledLibrary } from '../../../test-support/articles'

const library = await loadBundledLibrary()
/** "Behind the headlines": a news summary, then five people's comments, each under a speaker line. */
const roundUp = library.get(ROUND_UP_ID)
/** "Question mark over integration…": a news report in ten paragraphs. */
const report = library.get(NEWS_ID)
const articles = [roundUp, report]

/** Where `words` occur in `text`, every time. */
function occurrences(text: string, words: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) found.push(at)
  return found
}

/** The start of the one occurrence of `words` in `text`; throws if there is not exactly one. */
function only(text: string, words: string): number {
  const found = occurrences(text, words)
  if (found.length !== 1) throw new Error(`“${words}” occurs ${found.length} times`)
  return found[0]!
}

/** `text` with the one occurrence of `from` replaced by `to`. */
function edit(text: string, from: string, to: string): string {
  const at = only(text, from)
  return text.slice(0, at) + to + text.slice(at + from.length)
}

/** An annotation made on `text` (hash `hash`) highlighting the `nth` occurrence of `words`. */
function annotate(text: string, words: string, nth = 0, hash = 'old hash'): AnchorableTarget {
  const start = occurrences(text, words)[nth]
  if (start === undefined) throw new Error(`“${words}” has no occurrence ${nth}`)
  return { contentHash: hash, ...describeSpan(text, start, start + words.length) }
}

/** The result of anchoring a passage found at `start` with `length` characters. */
const anchored = (start: number, length: number, method: 'position' | 'exact' | 'fuzzy') => ({
  status: 'anchored',
  start,
  end: start + length,
  method,
  score: expect.any(Number),
})

const orphaned = (reason: string) => ({ status: 'orphaned', reason })

/** Every block and every sentence of an article, as spans. */
function passages(article: Article): { start: number; end: number }[] {
  const sentences = article.blocks.flatMap((b) => splitSentences(article.text, b.start, b.end))
  return [...article.blocks, ...sentences]
}

describe('anchorTarget on unchanged text', () => {
  it.each(articles.map((a) => [a.id, a] as const))(
    'places every block and sentence of %s by position alone',
    (_id, article) => {
      for (const span of passages(article)) {
        const target = {
          contentHash: article.contentHash,
          ...describeSpan(article.text, span.start, span.end),
        }
        expect(anchorTarget(article.text, article.contentHash, target)).toEqual({
          status: 'anchored',
          start: span.start,
          end: span.end,
          method: 'position',
          score: 1,
        })
      }
    },
  )

  it('finds every passage again by its words when only the hash differs', () => {
    for (const article of articles) {
      for (const span of passages(article)) {
        const target = {
          contentHash: 'another hash',
          ...describeSpan(article.text, span.start, span.end),
        }
        expect(anchorTarget(article.text, article.contentHash, target)).toEqual({
          status: 'anchored',
          start: span.start,
          end: span.end,
          method: 'exact',
          score: 1,
        })
      }
    }
  })

  it('looks for the words when the hash matches but the position does not hold them', () => {
    const target = annotate(report.text, 'a zero star rating in July', 0, report.contentHash)
    const stale = { ...target, position: { ...target.position, start: 10, end: 36 } }
    expect(anchorTarget(report.text, report.contentHash, stale)).toEqual(
      anchored(only(report.text, 'a zero star rating in July'), 26, 'exact'),
    )
  })
})

describe('anchorTarget after edits next to the quote', () => {
  it('keeps a quote whose prefix was reworded, at its shifted offset', () => {
    const target = annotate(report.text, 'a zero star rating in July')
    const text = edit(report.text, 'after it was given a zero', 'once it had been given a zero')
    const result = anchorTarget(text, 'new hash', target)
    expect(result).toEqual(anchored(only(text, 'a zero star rating in July'), 26, 'exact'))
    // 11 of the 90 remembered characters (quote, prefix, suffix) are no longer in place.
    expect(result).toMatchObject({ score: expect.closeTo(1 - 11 / 90, 6) })
  })

  it('keeps a quote whose suffix was reworded', () => {
    const target = annotate(report.text, 'the PCT wanted to dismiss her')
    const text = edit(
      report.text,
      'dismiss her after it was given',
      'dismiss her once it had been given',
    )
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(only(report.text, 'the PCT wanted to dismiss her'), 29, 'exact'),
    )
  })

  it('keeps a long verbatim quote even when both of its neighbouring sentences were rewritten', () => {
    const words = 'Ross will now revert back to being director of social services at the council.'
    const target = annotate(report.text, words)
    let text = edit(
      report.text,
      'decided to “dismantle” the role.',
      'chose to scrap the joint post.',
    )
    text = edit(text, 'The disagreement represents', 'This disagreement is')
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(only(text, words), words.length, 'exact'),
    )
  })

  it('orphans a short quote whose surroundings were all rewritten, rather than trust a few words', () => {
    const target = annotate(report.text, 'pioneering move')
    const text = edit(
      report.text,
      'was regarded as a pioneering move leading the way in closer working',
      'won praise from ministers as a pioneering move that set out how to bring together',
    )
    expect(anchorTarget(text, 'new hash', target)).toEqual(orphaned(ORPHAN_REASONS.changed))
  })
})

describe('anchorTarget after edits inside the quote', () => {
  it('follows a changed word (short quote, searched whole)', () => {
    const target = annotate(report.text, 'the insufficient funding the PCT had received')
    const text = edit(report.text, 'insufficient funding', 'insufficient money')
    const now = 'the insufficient money the PCT had received'
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(only(text, now), now.length, 'fuzzy'),
    )
  })

  it('follows a changed word (long quote, found by its two ends)', () => {
    const words = 'the PCT wanted to dismiss her after it was given a zero star rating in July.'
    expect(words.length).toBeGreaterThan(64)
    const target = annotate(report.text, words)
    const text = edit(report.text, 'a zero star rating in July', 'a one star rating in July')
    const result = anchorTarget(text, 'new hash', target)
    expect(result).toEqual(
      anchored(only(text, 'the PCT wanted to dismiss'), words.length - 1, 'fuzzy'),
    )
    expect(result).toMatchObject({ score: expect.closeTo(0.97, 2) })
  })

  it('follows an inserted word, starting where the quote starts rather than inside "for"', () => {
    // Fitted on the quote alone, "or for new the PCT" matches best as "or new the PCT", taking
    // the "or" from "for": the context puts the start back.
    const target = annotate(report.text, 'or for the PCT. Farrant')
    const text = edit(report.text, 'or for the PCT. Farrant', 'or for new the PCT. Farrant')
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(only(text, 'or for new the PCT. Farrant'), 27, 'fuzzy'),
    )
  })

  it('follows changed punctuation', () => {
    const words = 'The joint post, which was created two years ago, was regarded'
    const target = annotate(report.text, words)
    const text = edit(
      report.text,
      words,
      'The joint post which was created two years ago was regarded',
    )
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(only(text, 'The joint post which'), words.length - 2, 'fuzzy'),
    )
  })

  it('follows a lightly shortened passage to what remains of it', () => {
    const words = 'Ross will now revert back to being director of social services'
    const target = annotate(report.text, words)
    const text = edit(report.text, 'revert back to being', 'revert to being')
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(only(text, 'Ross will now revert to'), words.length - 5, 'fuzzy'),
    )
  })

  it('orphans a passage cut to a fraction of itself rather than highlight the remains', () => {
    const words =
      'He put it down to a greater tendency in the health service to blame individuals for an organisation’s performance shortcomings.'
    const target = annotate(report.text, words)
    const text = edit(report.text, words, 'He blamed the health service.')
    expect(anchorTarget(text, 'new hash', target)).toEqual(orphaned(ORPHAN_REASONS.notFound))
  })

  it('is not misled by a look-alike with fewer errors elsewhere', () => {
    // "of Barking & Dagenham" is 3 edits from the quote; "or Barking and Dagenham" (in "for
    // Barking and Dagenham Council") is only 1, but its context is wrong.
    const target = annotate(roundUp.text, 'of Barking and Dagenham')
    const text = edit(roundUp.text, 'London Borough of Barking and', 'London Borough of Barking &')
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(only(text, 'of Barking & Dagenham'), 21, 'fuzzy'),
    )
  })

  it('keeps the length of a quote whose last word changed at the very end of the text', () => {
    const start = report.blocks.at(-1)!.start
    const target = {
      contentHash: 'old hash',
      ...describeSpan(report.text, start, report.text.length),
    }
    const text = edit(report.text, 'done differently”.', 'done separately”.')
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(start, text.length - start, 'fuzzy'),
    )
  })
})

describe('anchorTarget after text moved, added or removed', () => {
  it('finds every paragraph, and every sentence of 32 characters or more, after the paragraphs were reversed', () => {
    for (const article of articles) {
      const blocks = article.blocks.map((b) => article.text.slice(b.start, b.end))
      const reversed = [...blocks].reverse().join('\n\n')
      const spans = passages(article).filter((s) => s.end - s.start >= 32)
      for (const span of spans) {
        const words = article.text.slice(span.start, span.end)
        const target = {
          contentHash: 'old hash',
          ...describeSpan(article.text, span.start, span.end),
        }
        expect(anchorTarget(reversed, 'new hash', target)).toEqual(
          anchored(only(reversed, words), words.length, 'exact'),
        )
      }
    }
  })

  it('finds every passage after a paragraph was inserted at the top', () => {
    const added = 'Editor’s note: this article was updated after publication.\n\n'
    for (const article of articles) {
      const text = added + article.text
      for (const span of passages(article)) {
        const target = {
          contentHash: 'old hash',
          ...describeSpan(article.text, span.start, span.end),
        }
        expect(anchorTarget(text, 'new hash', target)).toEqual(
          anchored(span.start + added.length, span.end - span.start, 'exact'),
        )
      }
    }
  })

  it('orphans a deleted passage, saying it was not found', () => {
    const words =
      'Farrant said he did not want any employee of the council to also be answerable to the PCT board.'
    const target = annotate(report.text, words)
    const text = edit(report.text, ` ${words}`, '')
    expect(anchorTarget(text, 'new hash', target)).toEqual(orphaned(ORPHAN_REASONS.notFound))
  })

  it('orphans a deleted phrase under 8 characters rather than match what is left around it', () => {
    const target = annotate(report.text, 'as a')
    expect(occurrences(report.text, 'as a')).toHaveLength(1)
    const text = edit(report.text, 'regarded as a pioneering', 'regarded pioneering')
    expect(anchorTarget(text, 'new hash', target)).toEqual(orphaned(ORPHAN_REASONS.notFound))
  })

  it('orphans a short quote whose sentence was deleted, rather than move it to another occurrence', () => {
    // "the PCT" occurs seven times in the report; the highlighted one goes with its sentence.
    const pct = occurrences(report.text, 'the PCT')
    expect(pct).toHaveLength(7)
    const target = annotate(
      report.text,
      'the PCT',
      pct.indexOf(only(report.text, 'believe the PCT') + 8),
    )
    const text = edit(
      report.text,
      'He said Ross was given a positive appraisal in May, and could not believe the PCT wanted to remove her so soon afterwards. ',
      '',
    )
    expect(anchorTarget(text, 'new hash', target)).toEqual(orphaned(ORPHAN_REASONS.changed))
  })
})

describe('anchorTarget on a passage that appears twice', () => {
  // The report with its third paragraph repeated at the end, as an editor's paste might leave it.
  const third = report.blocks[2]!
  const paragraph = report.text.slice(third.start, third.end)
  const doubled = `${report.text}\n\n${paragraph}`
  const copyOffset = report.text.length + 2 - third.start
  const middle = 'unfair given the insufficient funding the PCT had received from the government'
  const first = only(report.text, middle)
  const second = first + copyOffset

  it('stays on the copy it was made on when the text changes elsewhere', () => {
    const text = edit(
      doubled,
      'primary care trust chief executive',
      'primary care trust (PCT) chief executive',
    )
    expect(anchorTarget(text, 'new hash', annotate(doubled, middle, 1))).toEqual(
      anchored(second + 6, middle.length, 'exact'),
    )
    expect(anchorTarget(text, 'new hash', annotate(doubled, middle, 0))).toEqual(
      anchored(first + 6, middle.length, 'exact'),
    )
  })

  it('stays on the second copy when that copy was edited and the first was not (the trap)', () => {
    // Prefix and suffix are the same for both copies: only the position tells them apart.
    const target = annotate(doubled, middle, 1)
    const text =
      doubled.slice(0, second) +
      middle.replace('insufficient', 'inadequate') +
      doubled.slice(second + middle.length)
    expect(occurrences(text, middle)).toEqual([first])
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(second, middle.length - 2, 'fuzzy'),
    )
  })

  it('stays on the edited copy when the intact one is the very next paragraph', () => {
    // The copies are a paragraph (262 characters) apart, with the same context: the position
    // must tell them apart at that distance, with a changed word costing 9 of 109 characters.
    const short = 'the insufficient funding the PCT had received'
    const adjacent = `${report.text.slice(0, third.end)}\n\n${paragraph}${report.text.slice(third.end)}`
    const next = only(report.text, short) + third.end + 2 - third.start
    const target = annotate(adjacent, short, 1)
    const text =
      adjacent.slice(0, next) +
      short.replace('insufficient', 'inadequate') +
      adjacent.slice(next + short.length)
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(next, short.length - 2, 'fuzzy'),
    )
  })

  it('stays on the first copy when that copy was edited and the second was not', () => {
    const target = annotate(doubled, middle, 0)
    const text =
      edit(doubled.slice(0, report.text.length), 'insufficient funding', 'inadequate funding') +
      doubled.slice(report.text.length)
    expect(anchorTarget(text, 'new hash', target)).toEqual(
      anchored(first, middle.length - 2, 'fuzzy'),
    )
  })

  it('stays on the edited copy when its context differs from the intact copy’s', () => {
    // A quote opening the paragraph: its prefix is the end of a different paragraph for each copy.
    const opening = 'The local authority said this was unfair'
    const target = annotate(doubled, opening, 1)
    const at = report.text.length + 2
    const text =
      doubled.slice(0, at) +
      doubled.slice(at).replace(opening, 'The local authority said this was unjust')
    expect(anchorTarget(text, 'new hash', target)).toEqual(anchored(at, opening.length, 'fuzzy'))
  })

  it('stays on the untouched copy when the other one was edited', () => {
    const target = annotate(doubled, middle, 0)
    const text =
      doubled.slice(0, second) +
      middle.replace('insufficient', 'inadequate') +
      doubled.slice(second + middle.length)
    expect(anchorTarget(text, 'new hash', target)).toEqual(anchored(first, middle.length, 'exact'))
  })
})

describe('anchorTarget on damaged or empty targets', () => {
  const target = annotate(report.text, 'a zero star rating in July', 0, report.contentHash)
  const start = only(report.text, 'a zero star rating in July')

  it('orphans an annotation with no words to look for', () => {
    for (const exact of ['', ' ', '\n\n']) {
      const empty = { ...target, quote: { ...target.quote, exact } }
      expect(anchorTarget(report.text, report.contentHash, empty)).toEqual(
        orphaned(ORPHAN_REASONS.noWords),
      )
    }
  })

  it('finds the words when the stored position is reversed, negative, fractional or missing', () => {
    const positions = [
      { start: start + 26, end: start },
      { start: -5, end: 21 },
      { start: start + 0.5, end: start + 26.5 },
      { start: Number.NaN, end: Number.NaN },
    ]
    for (const damaged of positions) {
      const broken = { ...target, position: { ...target.position, ...damaged } }
      expect(anchorTarget(report.text, report.contentHash, broken)).toEqual(
        anchored(start, 26, 'exact'),
      )
    }
  })

  it('finds the words when the stored position lies beyond the end of the text', () => {
    const beyond = { ...target, position: { ...target.position, start: 9000, end: 9026 } }
    expect(anchorTarget(report.text, report.contentHash, beyond)).toEqual(
      anchored(start, 26, 'exact'),
    )
  })
})

describe('anchorTarget over every sentence of both articles', () => {
  const sentences = articles.flatMap((article) =>
    article.blocks
      .flatMap((b) => splitSentences(article.text, b.start, b.end))
      .map((span) => ({ article, ...span, words: article.text.slice(span.start, span.end) })),
  )

  it('follows each sentence with one middle word changed', () => {
    let checked = 0
    for (const { article, start, end, words } of sentences) {
      const tokens = [...words.matchAll(/\S+/gu)]
      const word = tokens[Math.floor(tokens.length / 2)]!
      // The same letters backwards: a change of the same length, within a quarter of the quote.
      const changed = [...word[0]].reverse().join('')
      if (tokens.length < 4 || changed === word[0] || word[0].length > words.length / 5) continue
      const text =
        article.text.slice(0, start + word.index!) +
        changed +
        article.text.slice(start + word.index! + word[0].length)
      const target = { contentHash: 'old hash', ...describeSpan(article.text, start, end) }
      expect(anchorTarget(text, 'new hash', target)).toEqual(anchored(start, end - start, 'fuzzy'))
      checked++
    }
    expect(checked).toBeGreaterThan(25)
  })

  it('orphans each sentence once it is deleted', () => {
    for (const { article, start, end } of sentences) {
      const text = article.text.slice(0, start) + article.text.slice(end)
      const target = { contentHash: 'old hash', ...describeSpan(article.text, start, end) }
      expect(anchorTarget(text, 'new hash', target)).toEqual(orphaned(ORPHAN_REASONS.notFound))
    }
  })
})
