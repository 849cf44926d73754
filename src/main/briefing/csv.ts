import type { AnnotationRecord } from './briefing-document'

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
  'speaker',
  'speaker_role',
  'tags',
  'colour',
  'note',
  'created',
  'modified',
] as const

/**
 * The included annotations as CSV (RFC 4180): a header row, CRLF line ends, and every field that
 * holds a comma, a quotation mark or a line break in double quotes with its quotes doubled. It
 * starts with a UTF-8 byte order mark, which RFC 4180 allows and Excel needs to read curly quotes
 * and £ correctly. Tags are separated by "; ".
 */
export function annotationsCsv(records: readonly AnnotationRecord[]): string {
  const rows = records.map((r) => [
    r.id,
    r.articleId,
    r.articleTitle,
    r.publication,
    r.status,
    r.paragraphs
      ? r.paragraphs.from === r.paragraphs.to
        ? String(r.paragraphs.from)
        : `${r.paragraphs.from}-${r.paragraphs.to}`
      : '',
    String(r.position.start),
    String(r.position.end),
    r.quote.exact,
    r.speaker?.name ?? '',
    r.speaker?.role ?? '',
    r.tags.map((t) => t.name).join('; '),
    r.colour,
    r.note,
    r.createdAt,
    r.updatedAt,
  ])
  return (
    '\uFEFF' +
    [[...COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') +
    '\r\n'
  )
}

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}
