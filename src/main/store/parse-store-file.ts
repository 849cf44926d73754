import type { StoreData } from '../../shared/model/store-data'
import { MIGRATIONS, migrateToCurrent, type Migration } from './migrations'
import { isValidatedState, validateStoreData } from './schema'

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
  // The parsed JSON is ours alone: no need to freeze it, only the validated copy.
  const valid = validateStoreData(migrated.raw, { fresh: true })
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
 * size and write time) plus a final newline. A BOM is never written. `encodeStore` gives the same
 * text as UTF-8, faster.
 */
export function serializeStore(data: StoreData): string {
  return JSON.stringify(data) + '\n'
}

/** Each validated record's UTF-8 JSON. Validated records are frozen, so it stays true. */
const recordBytes = new WeakMap<object, Buffer>()

function bytesOf(record: object): Buffer {
  let bytes = recordBytes.get(record)
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(record), 'utf8')
    recordBytes.set(record, bytes)
  }
  return bytes
}

const COMMA = Buffer.from(',')

/**
 * `serializeStore(data)` as UTF-8, the bytes that go on disk. For a state from `validateStoreData`
 * (frozen, made of frozen records) they are assembled from each record's bytes, stringified and
 * encoded once per record, so a save costs the records that are new rather than all 10,000.
 */
export function encodeStore(data: StoreData): Buffer {
  if (!isValidatedState(data)) return Buffer.from(serializeStore(data), 'utf8')
  // JSON.stringify's own walk of a plain object: its keys in order, each record list in order.
  const parts: Buffer[] = []
  let before = '{'
  for (const [key, value] of Object.entries(data)) {
    const name = `${before}${JSON.stringify(key)}:`
    before = ','
    if (!Array.isArray(value)) {
      parts.push(Buffer.from(name + JSON.stringify(value), 'utf8'))
      continue
    }
    parts.push(Buffer.from(`${name}[`, 'utf8'))
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push(COMMA)
      parts.push(bytesOf(value[i] as object))
    }
    parts.push(Buffer.from(']', 'utf8'))
  }
  parts.push(Buffer.from('}\n', 'utf8'))
  return Buffer.concat(parts)
}
