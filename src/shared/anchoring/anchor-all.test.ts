import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../main/library/split-sentences'
import type { Article } from '../model/article'
import { anchorAll } from './anchor-all'
import { anchorTarget, type AnchorableTarget } from './anchor-target'
import { describeSpan } from './describe-span'
import { NEWS_ID, loadBundledLibrary } from '../../../test-support/articles'

const library = await loadBundledLibrary()
const articles = library.list().map((summary) => library.get(summary.id))
const report = library.get(NEWS_ID)

/** An annotation on every block and every sentence of `text`, made when it had `hash`. */
function annotateAll(article: Pick<Article, 'text' | 'blocks'>, hash: string): AnchorableTarget[] {
  const sentences = article.blocks.flatMap((b) => splitSentences(article.text, b.start, b.end))
  return [...article.blocks, ...sentences].map(({ start, end }) => ({
    contentHash: hash,
    ...describeSpan(article.text, start, end),
  }))
}

describe('anchorAll', () => {
  it('answers nothing for no annotations', () => {
    expect(anchorAll(report.text, report.contentHash, [])).toEqual([])
  })

  it('gives what anchorTarget gives, in order, on unchanged and moved text', () => {
    for (const article of articles) {
      const targets = annotateAll(article, article.contentHash)
      const blocks = article.blocks.map((b) => article.text.slice(b.start, b.end))
      const versions = [
        [article.text, article.contentHash],
        [article.text, 'same text, new hash'],
        [[...blocks].reverse().join('\n\n'), 'reversed'],
        [`A new first paragraph.\n\n${article.text}`, 'inserted'],
      ] as const
      for (const [text, hash] of versions) {
        const one = targets.map((t) => anchorTarget(text, hash, t))
        expect(anchorAll(text, hash, targets)).toEqual(one)
        // Reversing the paragraphs orphans a few short sentences (their context is gone), no more.
        const placed = one.filter((r) => r.status === 'anchored').length
        expect(placed).toBeGreaterThan(targets.length * 0.9)
      }
    }
  })

  it('keeps an edited repeat apart from its intact copy after text was added above both', () => {
    // The report with its third paragraph repeated at the end; annotated on both copies' sentences.
    const third = report.blocks[2]!
    const paragraph = report.text.slice(third.start, third.end)
    const doubledText = `${report.text}\n\n${paragraph}`
    const doubled = {
      text: doubledText,
      blocks: [
        ...report.blocks,
        { ...third, start: report.text.length + 2, end: doubledText.length },
      ],
    }
    const middle = 'unfair given the insufficient funding the PCT had received from the government'
    const second = doubledText.lastIndexOf(middle)
    const trap = {
      contentHash: 'old',
      ...describeSpan(doubledText, second, second + middle.length),
    }
    const landmarks = annotateAll(doubled, 'old')

    // Since then: a paragraph added at the top, and the second copy edited.
    const added =
      'Update: the council has since appointed an interim chief executive for the PCT, pending a review of the joint posts across the borough.\n\n'
    const edited = middle.replace('insufficient', 'inadequate')
    const text =
      added + doubledText.slice(0, second) + edited + doubledText.slice(second + middle.length)
    const expected = {
      status: 'anchored',
      start: second + added.length,
      end: second + added.length + edited.length,
      method: 'fuzzy',
      // "insufficient" to "inadequate" is 9 edits, of the 142 characters remembered.
      score: expect.closeTo(1 - 9 / (middle.length + 64), 6),
    }

    // Alone, the old position is off by the added paragraph: the intact copy, far away, wins.
    expect(anchorTarget(text, 'new', trap)).toMatchObject({
      method: 'exact',
      start: doubledText.indexOf(middle) + added.length,
    })
    // With the other annotations as landmarks, the shift is known and the edited copy is kept.
    const results = anchorAll(text, 'new', [...landmarks, trap])
    expect(results.at(-1)).toEqual(expected)
    expect(results.slice(0, -1).filter((r) => r.status === 'orphaned')).toEqual([])
  })
})
