import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeSpan } from '../../shared/anchoring'
import {
  HIGHLIGHT_COLOURS,
  type Annotation,
  type AnnotationId,
} from '../../shared/model/annotation'
import type { Article, ArticleId } from '../../shared/model/article'
import { buildArticle } from '../library/build-article'
import type { StoreData } from '../../shared/model/store-data'
import type { TagId } from '../../shared/model/tag'
import type { BriefingDocument } from './briefing-document'
import { layoutBriefing } from './layout'
import { passageDisplay } from './passage'
import { normalise, readPack, type PackReading } from '../../../test-support/briefing/read-back'
import { renderBriefing, type RenderResult } from './render'
import {
  BEHIND_THE_HEADLINES,
  SAMPLE_SPECS,
  sampleAnnotation,
  sampleRequest,
  sampleStore,
} from '../../../test-support/briefing/sample-store'
import { loadBundledArticles } from '../../../test-support/articles'

interface Pack {
  doc: BriefingDocument
  bytes: Uint8Array
  file: string
  result: RenderResult
  read: PackReading
  progress: number[]
}

let articles: Article[]
let store: StoreData
let dir: string

async function build(
  name: string,
  overrides: Parameters<typeof sampleRequest>[0] = {},
  data: StoreData = store,
): Promise<Pack> {
  return buildFrom(name, layoutBriefing(sampleRequest(overrides), articles, data))
}

/** Render a laid-out pack, keep it in the test folder, and read it back. */
async function buildFrom(name: string, doc: BriefingDocument): Promise<Pack> {
  const chunks: Buffer[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  const progress: number[] = []
  const result = await renderBriefing(doc, sink, { onProgress: (f) => progress.push(f) })
  const bytes = new Uint8Array(Buffer.concat(chunks))
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, bytes)
  return { doc, bytes, file, result, read: await readPack(bytes), progress }
}

/** Text of the pages from one anchor's page up to (not including) another's. */
function pagesBetween(pack: Pack, from: string, to: string | null): string {
  const start = pack.read.destinations.get(from)!
  const end = to ? pack.read.destinations.get(to)! : pack.read.pages
  return pack.read.text.slice(start, end).join(' ')
}

/** Assert the pieces appear in this order in `text`. */
function expectInOrder(text: string, pieces: readonly string[]): void {
  let cursor = 0
  for (const piece of pieces) {
    const at = text.indexOf(normalise(piece), cursor)
    expect(at, `"${piece.slice(0, 60)}" after offset ${cursor}`).toBeGreaterThanOrEqual(0)
    cursor = at + normalise(piece).length
  }
}

let sample: Pack
let narrow: Pack

beforeAll(async () => {
  articles = await loadBundledArticles()
  store = sampleStore(articles)
  dir = mkdtempSync(join(tmpdir(), 'briefpack-render-'))
  sample = await build('sample')
  narrow = await build('narrow', {
    articleIds: [BEHIND_THE_HEADLINES],
    tagIds: ['stance-for-integration' as TagId, 'stance-against-or-sceptical' as TagId],
    groupBy: 'speaker',
    includeNotes: false,
    includeCodebook: false,
  })
}, 30_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('a briefing pack read back', () => {
  it('holds every entry, in order: passage, speaker and role, citation, tags, note', () => {
    const { doc } = sample
    const text = pagesBetween(sample, doc.keyArguments.anchor, doc.whoSaidWhat.anchor)
    const pieces: string[] = []
    for (const group of doc.keyArguments.groups) {
      pieces.push(group.title)
      for (const e of group.entries) {
        pieces.push(passageDisplay(e.passage))
        if (e.speaker) pieces.push(e.speaker.name + (e.speaker.role ? `, ${e.speaker.role}` : ''))
        pieces.push(e.citation.label, e.tags.map((t) => t.name).join(' '))
        if (e.note) pieces.push(`Note ${e.note}`)
      }
    }
    expect(pieces.length).toBeGreaterThan(100)
    expectInOrder(text, pieces)
    expect(text).toContain('Behind the headlines, Community Care, ¶ 3')
  })

  it('never leaves an attribution on a different page from the end of its passage', () => {
    for (const group of sample.doc.keyArguments.groups) {
      for (const e of group.entries) {
        const page = sample.read.destinations.get(e.anchor)!
        const lastWords = normalise(passageDisplay(e.passage)).split(' ').slice(-3).join(' ')
        const here = sample.read.text[page]! + ' ' + (sample.read.text[page + 1] ?? '')
        const attributionPage = sample.read.text.findIndex(
          (t, i) => i >= page && t.includes(normalise(e.citation.label)),
        )
        expect(here).toContain(lastWords)
        expect(sample.read.text[attributionPage]).toContain(lastWords)
      }
    }
  })

  it('has a contents page whose page numbers match where each section starts', () => {
    const contents = sample.read.text[sample.read.destinations.get('contents')!]!
    const pieces = sample.doc.contents.map((c) => {
      const page = sample.read.destinations.get(c.anchor)!
      expect(sample.read.text[page]).toContain(normalise(c.title))
      return `${c.title} ${page + 1}`
    })
    expectInOrder(contents, pieces)
    // Each contents line links to its section.
    const links = sample.read.annotations.filter((a) => a.subtype === 'Link' && a.page === 1)
    expect(new Set(links.map((l) => l.dest))).toEqual(
      new Set(sample.doc.contents.map((c) => c.anchor)),
    )
  })

  it('has an outline mirroring the contents, each bookmark on its section’s page', () => {
    const expected = [{ title: 'Contents', items: [] as string[] }]
    for (const c of sample.doc.contents) {
      if (c.level === 1) expected.push({ title: c.title, items: [] })
      else expected.at(-1)!.items.push(c.title)
    }
    expect(
      sample.read.outline.map((o) => ({ title: o.title, items: o.items.map((i) => i.title) })),
    ).toEqual(expected)
    const flat = sample.read.outline.flatMap((o) => [o, ...o.items])
    for (const node of flat) expect(sample.read.text[node.page!]).toContain(node.title)
  })

  it('numbers pages "X of Y" under a running header with the pack’s title, after the cover', () => {
    const { pages, text } = sample.read
    expect(pages).toBe(sample.result.pages)
    expect(pages).toBeGreaterThanOrEqual(15)
    expect(text[0]).not.toContain('Page 1 of')
    for (let p = 1; p < pages; p++) {
      expect(text[p]).toContain(`Page ${p + 1} of ${pages}`)
      expect(text[p]).toContain('Joint posts and the integration agenda')
    }
    const info = execFileSync('pdfinfo', [sample.file], { encoding: 'utf8' })
    expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\n`))
  })

  it('puts a highlight annotation carrying each note on the appendix pages', () => {
    const { doc, read } = sample
    const first = read.destinations.get(doc.appendix!.anchor)!
    const end = read.destinations.get(doc.codebook!.anchor)!
    const highlights = read.annotations.filter((a) => a.subtype === 'Highlight')
    const anchored = doc.records.filter((r) => r.status === 'anchored')
    expect(highlights.length).toBeGreaterThanOrEqual(anchored.length)
    for (const h of highlights) {
      expect(h.page).toBeGreaterThanOrEqual(first)
      expect(h.page).toBeLessThan(end)
    }
    const notes = doc.appendix!.articles.flatMap((a) => a.notes.map((n) => n.text))
    expect(notes).toHaveLength(8)
    for (const note of notes) expect(highlights.map((h) => h.contents)).toContain(note)
    // A highlight without a note still says what it is in the comments panel.
    expect(highlights.map((h) => h.contents)).toContain('Tags: Claim, Accountability, Culture')
    // The notes are printed as footnotes too, and the articles' paragraphs are numbered.
    const appendixText = read.text.slice(first, end).join(' ')
    for (const note of notes) expect(appendixText).toContain(note)
    expect(appendixText).toContain('3 “Councillors are elected by local people')
  })

  it('carries the included annotations as JSON-LD and CSV attachments', () => {
    const { attachments } = sample.read
    expect([...attachments.keys()].sort()).toEqual(['annotations.csv', 'annotations.jsonld'])
    const json = JSON.parse(attachments.get('annotations.jsonld')!)
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(json.first.items).toHaveLength(16)
    const ross = json.first.items.find((i: { id: string }) => i.id.endsWith(':a01'))
    expect(ross.type).toBe('Annotation')
    expect(ross.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ])
    expect(ross.body[0]).toMatchObject({ purpose: 'commenting', value: SAMPLE_SPECS[0]!.note })
    const csv = attachments.get('annotations.csv')!
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(17)
    expect(csv).toContain(
      '"£24m shortfall – check the figure against the PCT’s zero-star rating."'.slice(1, -1),
    )
  })

  it('has metadata, a structure tree and selectable text', () => {
    const { info, marked, roles } = sample.read
    expect(info).toMatchObject({
      Title: 'Joint posts and the integration agenda',
      Author: 'Sam Okafor',
      Creator: 'Briefpack',
    })
    expect(String(info.Subject)).toContain('Behind the headlines')
    expect(String(info.Keywords)).toContain('For integration')
    expect(marked).toBe(true)
    for (const role of [
      'Document',
      'Sect',
      'H1',
      'H2',
      'P',
      'L',
      'LI',
      'BlockQuote',
      'Table',
      'TOC',
    ]) {
      expect(roles).toContain(role)
    }
    // Curly quotes, £, dashes and accented names come back out of the file as they went in.
    const all = sample.read.text.join(' ')
    for (const s of [
      '“Integration will only work',
      '£24m',
      'shortfall – check',
      'Zoë’s seminar point',
    ]) {
      expect(all).toContain(s)
    }
  })

  it('embeds every font, and passes qpdf --check', () => {
    const fonts = execFileSync('pdffonts', [sample.file], { encoding: 'utf8' })
    const rows = fonts.split('\n').slice(2).filter(Boolean)
    expect(rows.length).toBeGreaterThanOrEqual(4)
    // Columns end "emb sub uni object ID": every font embedded, with a Unicode map for copying.
    for (const row of rows) {
      const columns = row.split(/\s+/u)
      expect(columns.at(-5), row).toBe('yes')
      expect(columns.at(-3), row).toBe('yes')
    }
    expect(fonts).toMatch(/Literata-Regular/u)
    expect(fonts).toMatch(/Inter-/u)
    expect(fonts).not.toMatch(/Helvetica|Times/u)
    const check = spawnSync('qpdf', ['--check', sample.file], { encoding: 'utf8' })
    expect(check.status, check.stdout + check.stderr).toBe(0)
  })

  it('reads as laid out with pdftotext -layout', () => {
    const layout = execFileSync('pdftotext', ['-layout', sample.file, '-'], { encoding: 'utf8' })
    expect(layout).toContain(`Page 2 of ${sample.result.pages}`)
    expect(layout).toMatch(/Julia Ross\s+3\s/u)
  })

  it('reports progress up to 1 and no missing glyphs for the sample', () => {
    expect(sample.result.missingGlyphs).toEqual([])
    expect(sample.progress.at(-1)).toBe(1)
    expect(sample.progress).toEqual([...sample.progress].sort((a, b) => a - b))
  })
})

describe('a pack that leaves things out', () => {
  it('holds nothing the request excludes', () => {
    const all = narrow.read.text.join(' ')
    expect(all).not.toContain('Question mark over integration')
    expect(all).not.toContain('Carolyn Regan')
    expect(all).not.toContain('Codebook')
    for (const spec of SAMPLE_SPECS) if (spec.note) expect(all).not.toContain(spec.note)
    const keyArguments = pagesBetween(
      narrow,
      narrow.doc.keyArguments.anchor,
      narrow.doc.whoSaidWhat.anchor,
    )
    const included = new Set(narrow.doc.records.map((r) => r.id))
    SAMPLE_SPECS.forEach((spec, i) => {
      const id = `a${String(i + 1).padStart(2, '0')}`
      if (included.has(id as never)) expect(keyArguments).toContain(normalise(spec.exact))
      else expect(keyArguments).not.toContain(normalise(spec.exact))
    })
    for (const tag of ['Evidence', 'Funding', 'Claim', 'Neutral'])
      expect(keyArguments).not.toContain(tag)
  })

  it('groups by speaker, and carries only included annotations, without notes', () => {
    const groups = narrow.doc.keyArguments.groups.map((g) => g.title)
    expect(groups).toEqual([
      'Bob Holman',
      'Julia Ross',
      'Bill Badham',
      'Felicity Collier',
      'Martin Green',
    ])
    expectInOrder(
      pagesBetween(narrow, narrow.doc.keyArguments.anchor, narrow.doc.whoSaidWhat.anchor),
      groups,
    )
    const highlights = narrow.read.annotations.filter((a) => a.subtype === 'Highlight')
    expect(new Set(highlights.map((h) => h.contents)).size).toBeGreaterThan(1)
    for (const h of highlights) expect(h.contents).toMatch(/^Tags: /u)
    const json = JSON.parse(narrow.read.attachments.get('annotations.jsonld')!)
    expect(json.total).toBe(6)
    expect(JSON.stringify(json)).not.toContain('commenting')
    expect(narrow.read.outline.map((o) => o.title)).toEqual([
      'Contents',
      'Key arguments',
      'Who said what',
      'Annotated articles',
      'Sources',
    ])
  })
})

describe('hard cases', () => {
  it('names the characters of a note the fonts cannot draw', async () => {
    const data = sampleStore(articles, { orphan: false })
    data.annotations[0]!.note = 'Great quote 😀 — see 中文 source; café stays fine'
    const pack = await build('glyphs', {}, data)
    expect(pack.result.missingGlyphs).toEqual(['😀', '中', '文'])
  })

  it('splits a passage longer than a page, keeping its end with the attribution', async () => {
    // One paragraph of narration, about eighty lines: more than a page holds.
    const sentences = Array.from(
      { length: 110 },
      (_, i) => `Sentence ${i + 1} of the report runs on for a while, to fill a line or so.`,
    )
    const long = buildArticle(
      'long-read' as ArticleId,
      { title: 'A long read', publication: 'The Paper', kind: 'news-report' },
      `A long read\n\n${sentences.join(' ')}`,
      () => 'f'.repeat(64),
    )
    const data = {
      ...store,
      annotations: [
        sampleAnnotation(
          long,
          {
            article: long.id,
            exact: long.text,
            tags: ['role-claim'],
          },
          20,
        ),
      ],
    }
    const doc = layoutBriefing(
      sampleRequest({ articleIds: [long.id], groupBy: 'article', includeAppendix: false }),
      [long],
      data,
    )
    const pack = await buildFrom('long', doc)
    const entry = pack.doc.keyArguments.groups[0]!.entries[0]!
    expect(entry.passage.kind).toBe('narration')
    expect(entry.citation.label).toBe('A long read, The Paper, ¶ 1')
    const start = pack.read.destinations.get(entry.anchor)!
    const attribution = pack.read.text.findIndex(
      (t, i) => i > start && t.includes('A long read, The Paper, ¶ 1'),
    )
    expect(attribution).toBeGreaterThan(start)
    expect(pack.read.text[attribution]).toContain('to fill a line or so.')
    // Across the page break, with the running header and page number taken out, it reads on.
    const body = pack.read.text
      .slice(start, attribution + 1)
      .map((t) => t.slice(0, t.lastIndexOf('Joint posts and the integration agenda')).trim())
    expectInOrder(body.join(' '), [passageDisplay(entry.passage)])
  })

  it('makes a valid pack with nothing annotated', async () => {
    const pack = await build('empty', {}, { ...store, annotations: [] })
    expect(pack.read.text.join(' ')).toContain('Nothing is highlighted in the chosen articles yet')
    expect(pack.read.annotations.filter((a) => a.subtype === 'Highlight')).toEqual([])
    expect(spawnSync('qpdf', ['--check', pack.file]).status).toBe(0)
  })

  it('writes to a path through a temporary file, and says clearly when it cannot', async () => {
    const target = join(dir, 'saved.pdf')
    const result = await renderBriefing(sample.doc, target)
    expect(result.pages).toBe(sample.result.pages)
    expect(existsSync(target)).toBe(true)
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([])
    const missing = join(dir, 'no-such-folder', 'pack.pdf')
    await expect(renderBriefing(sample.doc, missing)).rejects.toThrow(
      /Could not write the briefing pack to .*no-such-folder.*pack\.pdf/u,
    )
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([])
  })

  // Speed is measured by `npm run bench`; this checks what a large pack looks like.
  it('renders 500 annotations over 20 articles with a cover that still fits its page', async () => {
    const many = manyArticles(20)
    const data = { ...store, annotations: manyAnnotations(many, 500) }
    const doc = layoutBriefing(sampleRequest({ articleIds: many.map((a) => a.id) }), many, data)
    const file = join(dir, 'many.pdf')
    const result = await renderBriefing(doc, file)
    expect(result.pages).toBeGreaterThan(100)
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], {
      encoding: 'utf8',
    })
    expect(cover).toContain('and 15 more articles, listed under Sources.')
    // Highlights over the very same words are one passage, counted once.
    const spans = data.annotations.map(
      (a) => `${a.target.articleId}:${a.target.position.start}:${a.target.position.end}`,
    )
    const distinct = new Set(spans).size
    expect(distinct).toBeLessThan(500)
    expect(cover).toMatch(new RegExp(`${distinct}\\s[\\s\\S]*quoted passages`, 'u'))
    expect(cover).toContain('Made with Briefpack')
    // Only the five named articles are on the cover; the other fifteen start on later pages.
    expect(cover).not.toContain(many[5]!.title)
  }, 60_000)
})

function manyArticles(n: number): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const base = articles[i % articles.length]!
    return { ...base, id: `${base.id}-${i + 1}` as never, title: `${base.title} (${i + 1})` }
  })
}

/** `n` annotations spread over `many` articles: up to 20 words each, two tags, a note on every third. */
function manyAnnotations(many: readonly Article[], n: number): Annotation[] {
  return Array.from({ length: n }, (_, i) => {
    const article = many[i % many.length]!
    const block = article.blocks[i % article.blocks.length]!
    const words = [...article.text.slice(block.start, block.end).matchAll(/\S+/gu)]
    const from = (i * 7) % words.length
    const first = words[from]!
    const last = words[Math.min(words.length - 1, from + (i % 20))]!
    const start = block.start + first.index
    const { quote, position } = describeSpan(
      article.text,
      start,
      block.start + last.index + last[0].length,
    )
    return {
      id: `n${i}` as AnnotationId,
      target: { articleId: article.id, contentHash: article.contentHash, quote, position },
      colour: HIGHLIGHT_COLOURS[i % HIGHLIGHT_COLOURS.length]!,
      tagIds: [store.tags[i % store.tags.length]!.id, store.tags[(i * 5) % store.tags.length]!.id],
      speaker: null,
      note: i % 3 === 0 ? 'Compare with the council’s statement: who carries the blame here?' : '',
      createdAt: '2025-03-10T09:00:00.000Z',
      updatedAt: '2025-03-10T09:00:00.000Z',
    }
  })
}
