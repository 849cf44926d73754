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
] as const

/**
 * The included annotations as CSV (RFC 4180): a header row, CRLF line ends, and every field that
 * holds a comma, a quotation mark or a line break in double quotes with its quotes doubled. It
 * starts with a UTF-8 byte order mark, which RFC 4180 allows and Excel needs to read curly quotes
 * and £ correctly. Tags are separated by "; ". `speech` says whose words the quote is (direct,
 * reported, narration or mixed; empty for an orphan, whose words are no longer in the text).
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
    // An orphan's old offsets would point at other words: left empty, as its status says.
    r.position ? String(r.position.start) : '',
    r.position ? String(r.position.end) : '',
    r.quote.exact,
    r.speech ?? '',
    r.speaker?.name ?? '',
    r.speaker?.role ?? '',
    r.tags.map((t) => t.name).join('; '),
    r.colour,
    r.note,
    r.createdAt,
    r.updatedAt,
    r.part ? `${r.part.index} of ${r.part.of}` : '',
    r.duplicateIds.join('; '),
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
