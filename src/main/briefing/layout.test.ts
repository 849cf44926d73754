import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/model/article'
import type { StoreData } from '../../shared/model/store-data'
import type { TagId } from '../../shared/model/tag'
import type { BriefingDocument, Entry } from './briefing-document'
import { layoutBriefing } from './layout'
import { passageDisplay } from './passage'
import {
  BEHIND_THE_HEADLINES,
  ROSS_QUITS,
  SAMPLE_SPECS,
  sampleRequest,
  sampleStore,
} from '../../../test-support/briefing/sample-store'
import { loadBundledArticles } from '../../../test-support/articles'

let articles: Article[]
let store: StoreData
beforeAll(async () => {
  articles = await loadBundledArticles()
  store = sampleStore(articles)
})

const layout = (overrides: Parameters<typeof sampleRequest>[0] = {}) =>
  layoutBriefing(sampleRequest(overrides), articles, store)

const entries = (doc: BriefingDocument): Entry[] =>
  doc.keyArguments.groups.flatMap((g) => g.entries)
const idsOf = (list: readonly Entry[]) => list.map((e) => e.annotationId)
/** A store holding one highlight over `article.text.slice(start, end)`, with the sample's tags. */
function withHighlight(article: Article, start: number, end: number, id: string): StoreData {
  const data = structuredClone(store)
  const highlight = structuredClone(data.annotations[0]!)
  highlight.id = id as never
  highlight.target = {
    articleId: article.id,
    contentHash: article.contentHash,
    quote: {
      type: 'TextQuoteSelector',
      exact: article.text.slice(start, end),
      prefix: '',
      suffix: '',
    },
    position: { type: 'TextPositionSelector', start, end },
  }
  data.annotations = [highlight]
  return data
}

/** Every string the document holds, to check that something excluded appears nowhere. */
const everything = (doc: BriefingDocument) => JSON.stringify(doc)

describe('layoutBriefing on the bundled articles', () => {
  it('groups by tag in codebook order, a passage under each of its tags, untagged last', () => {
    const doc = layout()
    const titles = doc.keyArguments.groups.map((g) => g.title)
    const codebookOrder = store.tags.map((t) => t.name).filter((name) => titles.includes(name))
    expect(titles).toEqual([...codebookOrder, 'No tag'])
    const claim = doc.keyArguments.groups.find((g) => g.title === 'Claim')!
    expect(idsOf(claim.entries)).toEqual(['a02', 'a04', 'a07', 'a14'])
    // a14 carries Claim, Lesson and For integration: it is under all three.
    const under = doc.keyArguments.groups.filter((g) => idsOf(g.entries).includes('a14' as never))
    expect(under.map((g) => g.title)).toEqual(['Claim', 'Lesson', 'For integration'])
    expect(idsOf(doc.keyArguments.groups.at(-1)!.entries)).toEqual(['a15'])
  })

  it('orders entries in reading order: articles as requested, then position', () => {
    const doc = layout({ groupBy: 'article' })
    expect(doc.keyArguments.groups.map((g) => g.title)).toEqual([
      'Behind the headlines',
      'Question mark over integration of senior posts as Ross quits health role',
    ])
    const [first, second] = doc.keyArguments.groups
    const starts = first!.entries.map((e) => SAMPLE_SPECS[Number(e.annotationId.slice(1)) - 1]!)
    const article = articles.find((a) => a.id === BEHIND_THE_HEADLINES)!
    const positions = starts.map((s) => article.text.indexOf(s.exact))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    // The orphan (a99) is listed in its own section, not among the quotations.
    expect(idsOf(second!.entries)).toEqual(['a15', 'a12', 'a13', 'a14'])

    const reversed = layout({ groupBy: 'article', articleIds: [ROSS_QUITS, BEHIND_THE_HEADLINES] })
    expect(reversed.keyArguments.groups[0]!.title).toMatch(/^Question mark/)
  })

  it('groups by speaker in the order they are first quoted, one person across articles', () => {
    const doc = layout({ groupBy: 'speaker' })
    const titles = doc.keyArguments.groups.map((g) => g.title)
    expect(titles.slice(0, 4)).toEqual([
      'Community Care',
      'Barking and Dagenham Council',
      'The council’s chief executive',
      'Bob Holman',
    ])
    expect(titles.at(-1)).toBe('No speaker')
    const ross = doc.keyArguments.groups.find((g) => g.title === 'Julia Ross')!
    expect(idsOf(ross.entries)).toEqual(['a07', 'a01', 'a14'].sort((a, b) => order(a) - order(b)))
    // Her role is as each article gives it.
    expect(new Set(ross.entries.map((e) => e.speaker!.role)).size).toBe(2)
  })

  it('quotes each passage verbatim, with an ellipsis only where it cuts a sentence', () => {
    const doc = layout()
    for (const entry of entries(doc)) {
      const spec = SAMPLE_SPECS.find(
        (_, i) => entry.annotationId === `a${String(i + 1).padStart(2, '0')}`,
      )
      if (!spec) continue
      expect(entry.passage.text).toBe(spec.exact)
      expect(passageDisplay(entry.passage)).toContain(spec.exact)
    }
    const byId = (id: string) => entries(doc).find((e) => e.annotationId === id)!
    expect(passageDisplay(byId('a01').passage)).toBe(
      '“…it takes a lot of listening and constant finessing to bring and keep together two different cultures, especially in an area of London under-funded by £24m”',
    )
    expect(byId('a02').passage).toMatchObject({ leadingEllipsis: false, trailingEllipsis: true })
    expect(byId('a03').passage).toMatchObject({ leadingEllipsis: false, trailingEllipsis: false })
    expect(byId('a11').passage).toMatchObject({ leadingEllipsis: true, trailingEllipsis: false })
  })

  it('cites article, publication and paragraph, and resolves speakers with their roles', () => {
    const doc = layout()
    const byId = (id: string) => entries(doc).find((e) => e.annotationId === id)!
    expect(byId('a01').citation.label).toBe('Behind the headlines, Community Care, ¶ 3')
    expect(byId('a12').citation.label).toBe(
      'Question mark over integration of senior posts as Ross quits health role, Community Care, ¶ 5',
    )
    expect(byId('a01').speaker).toEqual({
      name: 'Julia Ross',
      role: 'social services director, London Borough of Barking and Dagenham',
    })
    // Named by role only: the role is the name, not repeated.
    expect(byId('a04').speaker).toEqual({ name: 'The council’s chief executive', role: null })
    expect(byId('a02').speaker).toEqual({
      name: 'Community Care',
      role: 'the magazine’s own reporting',
    })
    expect(byId('a15').speaker).toBeNull()
    expect(byId('a01').tags.map((t) => t.name)).toEqual([
      'Evidence',
      'For integration',
      'Funding',
      'Culture',
    ])
    expect(byId('a01').note).toBe(
      '£24m shortfall – check the figure against the PCT’s zero-star rating.',
    )
  })

  it('cites a passage over two paragraphs with both numbers', () => {
    const article = articles.find((a) => a.id === ROSS_QUITS)!
    const start = article.text.indexOf('Ross will now revert')
    const end = article.text.indexOf('integration agenda.') + 'integration agenda.'.length
    const spanning = withHighlight(article, start, end, 'span')
    const doc = layoutBriefing(sampleRequest(), articles, spanning)
    const entry = entries(doc)[0]!
    expect(entry.citation.label).toBe(
      'Question mark over integration of senior posts as Ross quits health role, Community Care, ¶¶ 3–4',
    )
    expect(entry.passage.text).toContain('\n\n')
    expect(entry.passage.kind).toBe('narration')
    // The appendix splits the highlight at the paragraph break.
    const appendix = doc.appendix!.articles[1]!
    const parts = appendix.blocks.flatMap((b) =>
      b.highlights.filter((h) => h.annotationId === 'span'),
    )
    expect(parts).toHaveLength(2)
    expect(appendix.highlightCount).toBe(1)
  })

  it('quotes a highlight made over two speakers’ words as two attributed parts, no byline in either', () => {
    const article = articles.find((a) => a.id === BEHIND_THE_HEADLINES)!
    const start = article.text.indexOf('Effective partnership working')
    const end = article.text.indexOf('Councillors are elected') + 'Councillors are elected'.length
    const doc = layoutBriefing(
      sampleRequest(),
      articles,
      withHighlight(article, start, end, 'span'),
    )
    // Under its first tag (it carries four).
    const parts = doc.keyArguments.groups[0]!.entries.filter((e) => e.annotationId === 'span')
    expect(parts.map((e) => [e.part, e.speaker?.name, e.citation.paragraphs?.from])).toEqual([
      [{ index: 1, of: 2 }, 'Bob Holman', 2],
      [{ index: 2, of: 2 }, 'Julia Ross', 3],
    ])
    expect(parts.map((e) => passageDisplay(e.passage))).toEqual([
      '“Effective partnership working cannot be entirely dependent upon one individual.”',
      '“Councillors are elected…”',
    ])
    for (const e of parts) expect(e.passage.text).not.toContain('social services director')
    // One highlight, drawn once in the appendix's count, and its records apart by part.
    expect(doc.appendix!.articles[0]!.highlightCount).toBe(1)
    expect(doc.records.filter((r) => r.id === 'span').map((r) => r.part)).toEqual([
      { index: 1, of: 2 },
      { index: 2, of: 2 },
    ])
  })

  it('leaves out articles, tags and notes the request excludes, everywhere', () => {
    const doc = layout({
      articleIds: [BEHIND_THE_HEADLINES],
      tagIds: ['stance-for-integration' as TagId, 'stance-against-or-sceptical' as TagId],
      includeNotes: false,
    })
    const included = new Set(idsOf(entries(doc)))
    expect([...included].sort()).toEqual(['a01', 'a05', 'a07', 'a08', 'a09', 'a11'])
    const text = everything(doc)
    expect(text).not.toContain('Question mark over integration')
    expect(text).not.toContain('Carolyn Regan')
    // Tags outside the request are not shown, even on included passages.
    expect(text).not.toContain('"Funding"')
    expect(text).not.toContain('Evidence')
    for (const spec of SAMPLE_SPECS) if (spec.note) expect(text).not.toContain(spec.note)
    expect(doc.records.map((r) => r.id).sort()).toEqual([...included].sort())
    expect(doc.records.every((r) => r.note === '')).toBe(true)
    expect(doc.appendix!.articles.flatMap((a) => a.notes)).toEqual([])
    const highlighted = doc.appendix!.articles[0]!.blocks.flatMap((b) =>
      b.highlights.map((h) => h.annotationId),
    )
    expect(new Set(highlighted)).toEqual(included)
  })

  it('leaves out the appendix and the codebook when asked', () => {
    const doc = layout({ includeAppendix: false, includeCodebook: false })
    expect(doc.appendix).toBeNull()
    expect(doc.codebook).toBeNull()
    expect(doc.contents.map((c) => c.title)).not.toContain('Annotated articles')
    expect(doc.contents.map((c) => c.title)).not.toContain('Codebook')
  })

  it('lists an orphaned annotation apart, as saved, never among the quotations', () => {
    const doc = layout()
    expect(entries(doc).some((e) => e.annotationId === 'a99')).toBe(false)
    expect(doc.orphans!.title).toBe('Highlights that lost their place')
    const [orphan] = doc.orphans!.entries
    expect(orphan!.orphaned?.reason).toMatch(/not found/)
    expect(orphan!.citation.paragraphs).toBeNull()
    expect(orphan!.passage).toMatchObject({
      kind: 'unplaced',
      text: 'The minister promised a review of every joint post by the spring.',
      open: '',
      close: '',
    })
    expect(orphan!.speechLabel).toBe('Saved words, no longer found in the article')
    expect(doc.appendix!.articles[1]!.orphanCount).toBe(1)
    expect(doc.cover.orphaned).toBe(1)
    const record = doc.records.find((r) => r.id === 'a99')!
    expect([record.status, record.position, record.speech]).toEqual(['orphaned', null, null])
    expect(doc.contents.find((c) => c.anchor === doc.orphans!.anchor)?.count).toBe(1)
  })

  it('writes the balance note and the speakers-by-stances table', () => {
    const doc = layout()
    expect(doc.whoSaidWhat.balance).toBe(
      'Of 15 quoted passages, 5 are for integration, 3 against or sceptical, 2 neutral, 5 without a stance tag.',
    )
    expect(doc.whoSaidWhat.columnsAre).toBe('stances')
    expect(doc.whoSaidWhat.columns.map((c) => c.name)).toEqual([
      'For integration',
      'Against or sceptical',
      'Neutral',
    ])
    const ross = doc.whoSaidWhat.rows.find((r) => r.speaker.name === 'Julia Ross')!
    expect(ross).toMatchObject({ counts: [3, 0, 0], total: 3 })
    const holman = doc.whoSaidWhat.rows.find((r) => r.speaker.name === 'Bob Holman')!
    expect(holman.firstClaim!.passage.text).toMatch(/^First, that partnership/)
    // The claim links to the first entry of that passage.
    const target = entries(doc).find((e) => e.anchor === holman.firstClaim!.entryAnchor)!
    expect(target.annotationId).toBe('a05')
    expect(doc.whoSaidWhat.rows.map((r) => r.speaker.name)).not.toContain('No speaker')
  })

  it('counts tags used, not the whole codebook, in the codebook and on the cover', () => {
    const doc = layout({ tagIds: ['role-claim' as TagId, 'theme-leadership' as TagId] })
    expect(doc.codebook!.groups).toEqual([
      {
        name: 'Role',
        tags: [expect.objectContaining({ count: 4, description: expect.any(String) })],
      },
      { name: 'Theme', tags: [expect.objectContaining({ count: 1 })] },
    ])
    expect(doc.cover.counts).toEqual({ quotes: 5, speakers: 4, tags: 2 })
  })

  it('proposes a title when the student gave none, and dates the pack as written', () => {
    const doc = layout({ title: '  ', date: '2025-03-04' })
    expect(doc.cover.title).toBe('Briefing on 2 articles from Community Care')
    expect(doc.cover.dateLabel).toBe('4 March 2025')
    expect(doc.meta.title).toBe(doc.cover.title)
  })

  it('describes the passages it shows in the records, as W3C selectors on the current text', () => {
    const doc = layout()
    const article = articles.find((a) => a.id === BEHIND_THE_HEADLINES)!
    const record = doc.records.find((r) => r.id === 'a01')!
    expect(article.text.slice(record.position!.start, record.position!.end)).toBe(
      record.quote.exact,
    )
    expect(record.paragraphs).toEqual({ from: 3, to: 3 })
  })

  it('holds a contents entry, with its count, for every section and group', () => {
    const doc = layout()
    const level1 = doc.contents.filter((c) => c.level === 1).map((c) => c.title)
    expect(level1).toEqual([
      'Key arguments',
      'Who said what',
      'Highlights that lost their place',
      'Annotated articles',
      'Codebook',
      'Sources',
    ])
    const groups = doc.contents
      .filter((c) => c.level === 2)
      .slice(0, doc.keyArguments.groups.length)
    expect(groups.map((g) => [g.title, g.count])).toEqual(
      doc.keyArguments.groups.map((g) => [g.title, g.entries.length]),
    )
    const anchors = doc.contents.map((c) => c.anchor)
    expect(new Set(anchors).size).toBe(anchors.length)
  })

  it('makes an empty pack when nothing is annotated yet', () => {
    const empty = { ...store, annotations: [] }
    const doc = layoutBriefing(sampleRequest(), articles, empty)
    expect(doc.keyArguments.groups).toEqual([])
    expect(doc.whoSaidWhat.balance).toBe('There are no quoted passages in this pack yet.')
    expect(doc.appendix!.articles).toHaveLength(2)
  })

  it('refuses a request naming an article it does not have', () => {
    expect(() => layout({ articleIds: ['nope' as never] })).toThrow(/unknown article "nope"/)
  })
})

/** Where a sample annotation falls in reading order across both articles. */
function order(id: string): number {
  const spec = SAMPLE_SPECS[Number(id.slice(1)) - 1]!
  const article = articles.find((a) => a.id === spec.article)!
  return (spec.article === ROSS_QUITS ? 1e6 : 0) + article.text.indexOf(spec.exact)
}

describe('what the pack says of each passage is true', () => {
  const entry = (doc: BriefingDocument, id: string) =>
    entries(doc).find((e) => e.annotationId === id)!

  it('quotes only direct speech; says what reported speech and narration are, without quotation marks', () => {
    const doc = layout()
    const cases = ['a12', 'a13', 'a03', 'a02', 'a14'].map((id) => {
      const e = entry(doc, id)
      return [id, e.passage.kind, e.speechLabel, passageDisplay(e.passage).slice(0, 24)]
    })
    expect(cases).toEqual([
      ['a12', 'direct', null, '“The PCT wanted a change'],
      ['a13', 'reported', 'Reported speech', '…the PCT was completely '],
      ['a03', 'mixed', 'Narration and reported speech', 'The local authority said'],
      ['a02', 'narration', 'Narration: the article’s own words', 'The government’s plans f'],
      // Ross's own words inside the report keep their marks; nothing is added around the rest.
      ['a14', 'mixed', 'Reported and direct speech', '…she still believed a jo'],
    ])
    expect(passageDisplay(entry(doc, 'a14').passage)).toMatch(/“may have to be done differently”$/u)
  })

  it('balances every quotation mark it prints', () => {
    for (const e of entries(layout())) {
      const shown = passageDisplay(e.passage)
      const opens = [...shown].filter((c) => c === '“').length
      const closes = [...shown].filter((c) => c === '”').length
      expect([e.annotationId, opens], shown).toEqual([e.annotationId, closes])
    }
  })

  it('marks roles the source cuts off, wherever the pack names the speaker', () => {
    const doc = layout()
    expect(entry(doc, 'a09').speaker).toEqual({
      name: 'Felicity Collier',
      role: 'chief executive, Baaf Adoption and […]',
    })
    expect(entry(doc, 'a08').speaker?.role).toBe('development officer, National Youth […]')
    const row = doc.whoSaidWhat.rows.find((r) => r.speaker.name === 'Martin Green')!
    expect(row.speaker.role).toBe('chief executive, Counsel and Care for the […]')
  })

  it('marks the paragraphs and bylines where the source breaks off in the annotated articles', () => {
    const [roundUp, news] = layout().appendix!.articles
    expect(news!.blocks.filter((b) => b.cutOff).map((b) => b.number)).toEqual([1, 9])
    expect(roundUp!.blocks.filter((b) => b.cutOff).map((b) => b.text.split(',')[0])).toEqual([
      'Bill Badham',
      'Felicity Collier',
      'Martin Green',
    ])
  })

  it('counts and quotes two highlights over the same words once, with all their tags and notes', () => {
    const data = structuredClone(store)
    const twin = { ...structuredClone(data.annotations[4]!), id: 'twin' as never }
    twin.tagIds = ['theme-culture' as TagId]
    twin.note = 'Said again on the same words.'
    data.annotations.push(twin)
    const doc = layoutBriefing(sampleRequest(), articles, data)
    const merged = entries(doc).filter((e) => e.annotationId === 'a05')
    expect(entries(doc).some((e) => e.annotationId === 'twin')).toBe(false)
    expect(merged[0]!.tags.map((t) => t.id)).toEqual([
      'role-lesson',
      'stance-against-or-sceptical',
      'theme-culture',
    ])
    expect(merged[0]!.note).toBe(
      'Fragility — compare Martin Green’s “one structure” argument.\n\nSaid again on the same words.',
    )
    expect(doc.cover.counts.quotes).toBe(layout().cover.counts.quotes)
    expect(doc.records.find((r) => r.id === 'a05')!.duplicateIds).toEqual(['twin'])
    expect(doc.appendix!.articles[0]!.highlightCount).toBe(
      layout().appendix!.articles[0]!.highlightCount,
    )
  })

  it('names a speaker’s first claim only from a tagged passage', () => {
    const data = structuredClone(store)
    for (const a of data.annotations) if (a.speaker?.id === 'bob-holman') a.tagIds = []
    const doc = layoutBriefing(sampleRequest(), articles, data)
    const holman = doc.whoSaidWhat.rows.find((r) => r.speaker.name === 'Bob Holman')!
    expect(holman.total).toBe(2)
    expect(holman.firstClaim).toBeNull()
  })

  it('counts each article’s highlights once, however many paragraphs one covers', () => {
    const doc = layout()
    const [roundUp, news] = doc.appendix!.articles
    expect([roundUp!.highlightCount, news!.highlightCount]).toEqual([11, 4])
    const contents = doc.contents.filter(
      (c) => c.level === 2 && doc.appendix!.articles.some((a) => a.anchor === c.anchor),
    )
    expect(contents.map((c) => c.count)).toEqual([11, 4])
  })
})
