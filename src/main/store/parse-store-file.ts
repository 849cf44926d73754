import type { StoreData } from '../../shared/model/store-data'
import { MIGRATIONS, migrateToCurrent, type Migration } from './migrations'
import { validateStoreData } from './schema'

/** What a store file's bytes turned out to be. */
export type ParsedStoreFile =
  | { status: 'ok'; data: StoreData; migratedFrom: number | null }
  | { status: 'newer'; version: number }
  | { status: 'damaged'; reason: string }

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Read a store file strictly: the exact bytes Briefpack writes and nothing looser. Unlike
 * `JSON.parse` behind lowdb's reader, an empty, truncated, NUL-filled or BOM-prefixed file is
 * reported as damaged with a reason a person can act on, never silently replaced by defaults.
 */
export function parseStoreFile(
  bytes: Uint8Array,
  migrations: readonly Migration[] = MIGRATIONS,
): ParsedStoreFile {
  if (bytes.length === 0) return damaged('the file is empty')
  // A power cut after a metadata-only journal commit can leave a file of the right size full of
  // zeros; a BOM means something other than Briefpack rewrote the file.
  if (bytes.includes(0)) return damaged('the file contains zero bytes where text should be')
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return damaged('the file starts with a byte-order mark, so another program has changed it')
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return damaged('the file is not UTF-8 text')
  }
  if (text.trim() === '') return damaged('the file is empty')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return damaged(
      isCutShort(error, text)
        ? 'the file ends before its data does (it was cut short)'
        : 'the file is not valid JSON',
    )
  }
  const migrated = migrateToCurrent(raw, migrations)
  if (migrated.status === 'newer') return migrated
  if (migrated.status === 'damaged') return damaged(migrated.reason)
  const valid = validateStoreData(migrated.raw)
  if (!valid.ok) return damaged(`its data is not valid (${valid.message})`)
  return { status: 'ok', data: valid.data, migratedFrom: migrated.migratedFrom }
}

/** V8 reports a cut-short document as an unexpected end, or as an error at its very last position. */
function isCutShort(error: unknown, text: string): boolean {
  const message = error instanceof Error ? error.message : ''
  if (/unexpected end/i.test(message)) return true
  const at = /at position (\d+)/.exec(message)
  return at !== null && Number(at[1]) >= text.trimEnd().length
}

function damaged(reason: string): ParsedStoreFile {
  return { status: 'damaged', reason }
}

/**
 * How Briefpack writes a store: compact JSON (indenting would nearly double 10,000 annotations'
 * size and write time) plus a final newline. A BOM is never written.
 */
export function serializeStore(data: StoreData): string {
  return JSON.stringify(data) + '\n'
}
