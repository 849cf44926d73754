import { describe, expect, it } from 'vitest'
import type { AnnotationRecord } from './briefing-document'
import { annotationsCsv, csvField } from './csv'

const record: AnnotationRecord = {
  id: 'a01' as never,
  articleId: '000_x' as never,
  articleTitle: 'Behind the headlines',
  publication: 'Community Care',
  status: 'anchored',
  quote: { exact: 'the “politics”, murky', prefix: '', suffix: '' },
  position: { start: 10, end: 31 },
  paragraphs: { from: 2, to: 3 },
  speaker: { name: 'Bob Holman', role: 'community worker' },
  tags: [
    { id: 't1' as never, name: 'Claim', group: 'Role' },
    { id: 't2' as never, name: 'Culture', group: 'Theme' },
  ],
  colour: 'green',
  note: 'Line one\nline "two"',
  createdAt: '2025-03-10T09:00:00.000Z',
  updatedAt: '2025-03-10T09:05:00.000Z',
  speech: 'direct',
  duplicateIds: [],
  part: null,
}

describe('csv', () => {
  it('quotes only the fields that need it, doubling quotation marks', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('curly “quotes” are fine')).toBe('curly “quotes” are fine')
  })

  it('writes a header and one CRLF-ended row per annotation, after a byte order mark', () => {
    expect(annotationsCsv([]).split('\r\n')[0]!.split(',').at(-1)).toBe('formula_guarded')
    const csv = annotationsCsv([record])
    expect(csv.startsWith('\uFEFFid,article_id,article_title,')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    // The header, the row (its note's own line break is LF, inside quotes), and after the last CRLF.
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('')
    expect(csv).toContain(
      'a01,000_x,Behind the headlines,Community Care,anchored,2–3,10,31,"the “politics”, murky",direct,Bob Holman,community worker,Claim; Culture,green,"Line one\nline ""two""",2025-03-10T09:00:00.000Z,2025-03-10T09:05:00.000Z,,,\r\n',
    )
  })

  it('leaves an orphan’s place and speech empty, and names a passage’s part and duplicates', () => {
    const orphan = {
      ...record,
      status: 'orphaned' as const,
      position: null,
      paragraphs: null,
      speech: null,
    }
    const part = { ...record, part: { index: 2, of: 2 }, duplicateIds: ['a02', 'a03'] as never[] }
    const [, orphanRow, partRow] = annotationsCsv([orphan, part]).slice(1).split('\r\n')
    expect(orphanRow).toContain(',orphaned,,,,"the “politics”, murky",,Bob Holman,')
    expect(partRow).toMatch(/,2 of 2,a02; a03,$/u)
  })

  it('guards a field a spreadsheet would run as a formula, and names the columns it guarded', () => {
    const risky = {
      ...record,
      quote: { exact: '-the council said, @ once', prefix: '', suffix: '' },
      note: '=HYPERLINK("http://example.com","click")',
      tags: [{ id: 't1' as never, name: '+Claim', group: 'Role' }],
      speaker: { name: '\tTabbed', role: '\rreturned' },
    }
    const [, row] = annotationsCsv([risky]).slice(1).split('\r\n')
    expect(row).toContain(',"\'-the council said, @ once",')
    expect(row).toContain(',"\'=HYPERLINK(""http://example.com"",""click"")",')
    expect(row).toContain(",'\tTabbed,\"'\rreturned\",'+Claim,")
    expect(row).toMatch(/,quote; speaker; speaker_role; tags; note$/u)
  })

  it('leaves words alone that only hold those characters later on, and cites paragraphs with a dash', () => {
    const safe = { ...record, note: 'a = b + c - d @ e', quote: { ...record.quote, exact: '‘-’' } }
    const [, row] = annotationsCsv([safe]).slice(1).split('\r\n')
    expect(row).toContain(',a = b + c - d @ e,')
    expect(row).toContain(',‘-’,')
    expect(row).toContain(',2–3,')
    expect(row!.endsWith(',')).toBe(true)
  })
})
