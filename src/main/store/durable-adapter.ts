import type { Adapter } from 'lowdb'
import type { StoreData } from '../../shared/model/store-data'
import { isErrno, writeFileDurably, type StoreFs } from './durable-fs'
import type { Migration } from './migrations'
import { encodeStore, parseStoreFile, type ParsedStoreFile } from './parse-store-file'

/** Thrown by `DurableAdapter.read` when the file exists but cannot be used as it is. */
export class UnusableStoreFile extends Error {
  constructor(readonly problem: Exclude<ParsedStoreFile, { status: 'ok' }>) {
    super(
      problem.status === 'newer'
        ? `store file is version ${problem.version}`
        : `store file is damaged: ${problem.reason}`,
    )
    this.name = 'UnusableStoreFile'
  }
}

/**
 * lowdb's storage for `briefpack.json`, replacing its JSONFile adapter (steno): reads strictly and
 * writes durably. `read` resolves null only when the file does not exist (lowdb then keeps its
 * defaults: a fresh store); a damaged or newer file throws `UnusableStoreFile`, so it can never be
 * mistaken for an empty store. The caller validates before `write`.
 */
export class DurableAdapter implements Adapter<StoreData> {
  /** Set by `read`: the version the file was migrated from, or null if it was already current. */
  migratedFrom: number | null = null
  /** The bytes the last successful `read` parsed, until `takeBytesRead` hands them over. */
  private bytesRead: Uint8Array | null = null

  constructor(
    readonly path: string,
    private readonly fs: StoreFs,
    private readonly migrations?: readonly Migration[],
  ) {}

  async read(): Promise<StoreData | null> {
    let bytes: Uint8Array
    try {
      bytes = await this.fs.readFile(this.path)
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null
      throw error
    }
    const parsed = parseStoreFile(bytes, this.migrations)
    if (parsed.status !== 'ok') throw new UnusableStoreFile(parsed)
    this.migratedFrom = parsed.migratedFrom
    this.bytesRead = bytes
    return parsed.data
  }

  /** The file's bytes as the last `read` found them (once: they are not kept afterwards). */
  takeBytesRead(): Uint8Array | null {
    const bytes = this.bytesRead
    this.bytesRead = null
    return bytes
  }

  async write(data: StoreData): Promise<void> {
    await writeFileDurably(this.fs, this.path, encodeStore(data))
  }
}
