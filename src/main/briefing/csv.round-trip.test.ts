import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AnnotationRecord } from './briefing-document'
import { annotationsCsv } from './csv'
import { loadBundledArticles } from '../../../test-support/articles'
import {
  conformanceCases,
  layoutCase,
  type ConformanceCase,
} from '../../../test-support/briefing/conformance-stores'

const COLUMNS = [
  'id',
  'article_id',
  'article_title',
  'publication',
  'status',
  'paragraph',
  'start',
  'end',
  'quote',
  'speech',
  'speaker',
  'speaker_role',
  'tags',
  'colour',
  'note',
  'created',
  'modified',
  'part',
  'duplicates',
  'formula_guarded',
]

/**
 * The pack's CSV read back by csv-parse with nothing relaxed: RFC 4180 quoting, CRLF record ends,
 * every row as wide as the header, no trimming, no empty line skipped. Then each column that
 * `formula_guarded` names loses the one apostrophe the guard added.
 */
function readBack(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const [header, ...rows] = parse(csv, {
    bom: true,
    record_delimiter: '\r\n',
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    skip_records_with_error: false,
    trim: false,
  })
  expect(header).toEqual(COLUMNS)
  return rows.map((row) => {
    // What a spreadsheet sees: no cell may start as a formula does.
    for (const cell of row) expect(cell, row[0]).not.toMatch(/^[=+\-@\t\r]/u)
    const fields = Object.fromEntries(COLUMNS.map((name, i) => [name, row[i]!]))
    const guarded = fields.formula_guarded ? fields.formula_guarded.split('; ') : []
    for (const name of guarded) {
      expect(fields[name]!.startsWith("'"), name).toBe(true)
      fields[name] = fields[name]!.slice(1)
    }
    delete fields.formula_guarded
    return fields
  })
}

/** What each column must hold for a record, from the record itself. */
const expected = (r: AnnotationRecord): Record<string, string> => ({
  id: r.id,
  article_id: r.articleId,
  article_title: r.articleTitle,
  publication: r.publication,
  status: r.status,
  paragraph: !r.paragraphs
    ? ''
    : r.paragraphs.from === r.paragraphs.to
      ? `${r.paragraphs.from}`
      : `${r.paragraphs.from}–${r.paragraphs.to}`,
  start: r.position ? `${r.position.start}` : '',
  end: r.position ? `${r.position.end}` : '',
  quote: r.quote.exact,
  speech: r.speech ?? '',
  speaker: r.speaker?.name ?? '',
  speaker_role: r.speaker?.role ?? '',
  tags: r.tags.map((t) => t.name).join('; '),
  colour: r.colour,
  note: r.note,
  created: r.createdAt,
  modified: r.updatedAt,
  part: r.part ? `${r.part.index} of ${r.part.of}` : '',
  duplicates: r.duplicateIds.join('; '),
})

let cases: ConformanceCase[]
beforeAll(async () => {
  cases = conformanceCases(await loadBundledArticles())
})

describe('the pack’s CSV read back by a strict parser', () => {
  it('gives back every field of every record of the realistic packs', () => {
    expect(cases.length).toBeGreaterThan(0)
    for (const c of cases) {
      const { records } = layoutCase(c)
      expect(readBack(annotationsCsv(records)), c.name).toEqual(records.map(expected))
    }
  })

  it('gives back quotes, commas, line breaks, curly quotes, £, emoji and formula starts exactly', () => {
    const [base] = layoutCase(cases[0]!).records
    const texts = [
      'Line one\r\nline "two", and a lone\rreturn and\nfeed',
      '“Curly”, ‘single’ — £24m 👩🏽‍🎓 学生 🇬🇧',
      '=HYPERLINK("http://example.com/x","Click")',
      '+44 20 7946 0000',
      '-the council said',
      '@julia_ross',
      '\tTabbed in',
      '\rCarriage first',
      '"',
      ',',
      '  padded  ',
      '',
      "'already an apostrophe",
    ]
    const records = texts.map((text, i): AnnotationRecord => ({
      ...base!,
      id: `r${i}` as never,
      articleTitle: text,
      publication: texts[(i + 1) % texts.length]!,
      quote: { ...base!.quote, exact: texts[(i + 2) % texts.length]! },
      speaker: { name: texts[(i + 3) % texts.length]!, role: texts[(i + 4) % texts.length]! },
      tags: [{ id: 't' as never, name: texts[(i + 5) % texts.length]!, group: 'Role' }],
      note: texts[(i + 6) % texts.length]!,
    }))
    expect(readBack(annotationsCsv(records))).toEqual(records.map(expected))
  })
})
