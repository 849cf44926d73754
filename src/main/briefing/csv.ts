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
  'formula_guarded',
] as const

/**
 * What a spreadsheet (Excel, LibreOffice, Google Sheets) runs as a formula at the start of a cell:
 * = + - @, tab and carriage return, the characters OWASP's "CSV Injection" names.
 */
const FORMULA_START = /^[=+\-@\t\r]/u

/**
 * The included annotations as CSV (RFC 4180): a header row, CRLF line ends, and every field that
 * holds a comma, a quotation mark or a line break in double quotes with its quotes doubled. It
 * starts with a UTF-8 byte order mark, which RFC 4180 allows and Excel needs to read curly quotes
 * and £ correctly. Tags are separated by "; ". `speech` says whose words the quote is (direct,
 * reported, narration or mixed; empty for an orphan, whose words are no longer in the text).
 * `start` and `end` count code points of the article's text (as Python and R index a string, and
 * as the JSON-LD's TextPositionSelector does). A passage over several paragraphs cites them with
 * an en dash ("2–3"), which spreadsheets keep as text ("2-3" would become a date).
 *
 * Any field that starts with = + - @, a tab or a carriage return would run as a formula when the
 * file is opened in a spreadsheet; a quote from an imported article or a note can. Such a field
 * gets one leading apostrophe, as OWASP advises, and the row's last column, `formula_guarded`,
 * names the columns guarded so (separated by "; "): the words are never changed silently, and
 * removing that one apostrophe from each named column gives them back exactly.
 */
export function annotationsCsv(records: readonly AnnotationRecord[]): string {
  const rows = records.map((r) => guardRow(fieldsOf(r)))
  return (
    '\uFEFF' +
    [[...COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') +
    '\r\n'
  )
}

/** A record's fields, in COLUMNS order but for the last, before any guard. */
function fieldsOf(r: AnnotationRecord): string[] {
  return [
    r.id,
    r.articleId,
    r.articleTitle,
    r.publication,
    r.status,
    r.paragraphs
      ? r.paragraphs.from === r.paragraphs.to
        ? String(r.paragraphs.from)
        : `${r.paragraphs.from}–${r.paragraphs.to}`
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
  ]
}

/** The fields with a spreadsheet's formula starts guarded, and the guarded columns named last. */
function guardRow(fields: string[]): string[] {
  const guarded = fields.map((value) => (FORMULA_START.test(value) ? `'${value}` : value))
  const named = COLUMNS.filter((_, i) => guarded[i] !== fields[i])
  return [...guarded, named.join('; ')]
}

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}
