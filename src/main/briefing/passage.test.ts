import { beforeAll, describe, expect, it } from 'vitest'
import { describeSpeech } from '../../shared/annotations/speech'
import type { Article } from '../../shared/model/article'
import { passageDisplay, quotePassage, shortenPassage } from './passage'
import { BEHIND_THE_HEADLINES, ROSS_QUITS } from '../../../test-support/briefing/sample-store'
import { loadBundledArticles } from '../../../test-support/articles'

let articles: Article[]
beforeAll(async () => {
  articles = await loadBundledArticles()
})

/** Quote `exact` as found (once) in an article, within its block, as whose words it is. */
function quote(articleId: string, exact: string) {
  const article = articles.find((a) => a.id === articleId)!
  const start = article.text.indexOf(exact)
  expect(start, `"${exact}" is in ${articleId}`).toBeGreaterThanOrEqual(0)
  const end = start + exact.length
  const block = article.blocks.find((b) => b.start <= start && start < b.end)!
  const { kind } = describeSpeech(article, start, end)
  return quotePassage(article.text, start, end, block.start, block.end, kind)
}

describe('quotePassage on the bundled articles', () => {
  it('adds no ellipsis to a whole sentence, and no quotation marks to narration', () => {
    const p = quote(BEHIND_THE_HEADLINES, 'But the council decided to scrap the role.')
    expect(p.kind).toBe('narration')
    expect(passageDisplay(p)).toBe('But the council decided to scrap the role.')
  })

  it('marks a highlight that stops inside a sentence', () => {
    const p = quote(BEHIND_THE_HEADLINES, 'The joint post was created two years ago')
    expect(p.leadingEllipsis).toBe(false)
    expect(p.trailingEllipsis).toBe(true)
    expect(passageDisplay(p)).toBe('The joint post was created two years ago…')
  })

  it('marks a highlight that starts inside a sentence, even inside a word', () => {
    expect(passageDisplay(quote(BEHIND_THE_HEADLINES, 'council decided to scrap the role.'))).toBe(
      '…council decided to scrap the role.',
    )
    expect(quote(BEHIND_THE_HEADLINES, 'ouncil decided to scrap the role.').leadingEllipsis).toBe(
      true,
    )
    expect(
      quote(BEHIND_THE_HEADLINES, 'But the council decided to scrap the ro').trailingEllipsis,
    ).toBe(true)
  })

  it('takes a highlight that stops just before the full stop as the whole sentence', () => {
    expect(
      quote(BEHIND_THE_HEADLINES, 'But the council decided to scrap the role').trailingEllipsis,
    ).toBe(false)
  })

  it('treats a sentence inside a quotation as a sentence', () => {
    const p = quote(BEHIND_THE_HEADLINES, 'Two main lessons can be drawn.')
    expect(passageDisplay(p)).toBe('“Two main lessons can be drawn.”')
  })

  it('adds only the closing mark when the highlight opens a quotation and stops inside it', () => {
    const p = quote(BEHIND_THE_HEADLINES, '“The politics of this decision look murky')
    expect(passageDisplay(p)).toBe('“The politics of this decision look murky…”')
  })

  it('adds only the opening mark when the highlight ends a quotation it did not open', () => {
    const p = quote(
      BEHIND_THE_HEADLINES,
      'Effective partnership working cannot be entirely dependent upon one individual.”',
    )
    expect(passageDisplay(p)).toBe(
      '“Effective partnership working cannot be entirely dependent upon one individual.”',
    )
  })

  it('adds no marks to a passage that is one whole quotation, after "said:"', () => {
    const p = quote(
      ROSS_QUITS,
      '“The PCT wanted a change and the trigger was the zero star rating.”',
    )
    expect(p).toMatchObject({
      open: '',
      close: '',
      leadingEllipsis: false,
      trailingEllipsis: false,
    })
  })

  it('puts reported speech in no quotation marks, keeping the words it quotes in theirs', () => {
    const p = quote(ROSS_QUITS, 'decided to “dismantle” the role')
    expect(p.kind).toBe('mixed')
    expect(passageDisplay(p)).toBe('…decided to “dismantle” the role')
    const regan = quote(ROSS_QUITS, 'the PCT was completely unaware of the council’s decision')
    expect(regan.kind).toBe('reported')
    expect(passageDisplay(regan)).toBe('…the PCT was completely unaware of the council’s decision…')
  })

  it('closes a quotation that narration opens and the highlight cuts, and adds nothing else', () => {
    const p = quote(ROSS_QUITS, 'said: “The PCT wanted a change')
    expect(p.kind).toBe('mixed')
    expect(passageDisplay(p)).toBe('…said: “The PCT wanted a change…”')
  })

  it('nests the marks British style around a direct quotation holding a quotation', () => {
    const text = 'He said: “They called it “a fiasco” at once.”'
    const start = text.indexOf('They')
    const p = quotePassage(text, start, text.length - 1, 0, text.length, 'direct')
    expect(passageDisplay(p)).toBe('‘They called it “a fiasco” at once.’')
  })

  it('does not mark the end of a paragraph the source itself cuts short', () => {
    const p = quote(ROSS_QUITS, 'a recovery plan had been drawn')
    expect(p.trailingEllipsis).toBe(false)
  })

  it('keeps the words exactly, trimming only white space at the edges', () => {
    const article = articles.find((a) => a.id === BEHIND_THE_HEADLINES)!
    const start = article.text.indexOf('Julia Ross is now')
    const p = quotePassage(
      article.text,
      start - 1,
      start + 40,
      0,
      article.blocks[0]!.end,
      'narration',
    )
    expect(p.text).toBe(article.text.slice(start, start + 40).trimEnd())
    expect(article.text).toContain(p.text)
  })
})

describe('shortenPassage', () => {
  it('cuts at a word, adds an ellipsis and closes the quotation', () => {
    const p = shortenPassage(
      {
        text: 'one two three, four five',
        kind: 'direct',
        open: '“',
        close: '”',
        leadingEllipsis: false,
        trailingEllipsis: false,
      },
      3,
    )
    expect(passageDisplay(p)).toBe('“one two three…”')
  })

  it('leaves a short passage alone', () => {
    const p = {
      text: 'one two',
      kind: 'direct' as const,
      open: '“',
      close: '”',
      leadingEllipsis: false,
      trailingEllipsis: false,
    }
    expect(shortenPassage(p, 3)).toBe(p)
  })
})
