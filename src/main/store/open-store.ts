import { randomUUID } from 'node:crypto'
import { join, resolve } from 'node:path'
import { Low } from 'lowdb'
import { AppError } from '../../shared/errors'
import type { StoreData } from '../../shared/model/store-data'
import { BACKUP_FOLDER, BACKUP_INTERVAL_MS, listBackups, writeBackup } from './backups'
import { emptyStore } from './default-codebook'
import { DurableAdapter } from './durable-adapter'
import { isLeftoverTempFile, realFs, type StoreFs } from './durable-fs'
import { loadStore, type Recovery } from './load-store'
import { acquireLock, currentIdentity } from './lock-file'
import type { Migration } from './migrations'
import { encodeStore } from './parse-store-file'
import { isValidatedState, validateStoreData } from './schema'
import { describeIoError, describeSaveFailure, StoreOpenError } from './store-errors'
import { createWriteQueue, type RetryPolicy, type SaveOutcome } from './write-queue'

export type { SaveOutcome } from './write-queue'
export type { Recovery } from './load-store'

/** The store's file name in the data folder. */
export const STORE_FILE = 'briefpack.json'

/** What the app may ask of the store: the only code that writes the student's data. */
export interface StoreHandle {
  /** The current state, deeply frozen: change it by committing a new state. */
  read(): StoreData
  /**
   * Make `next` the current state and save it. Rejects with an AppError, changing nothing, if
   * `next` is not a valid store. Otherwise resolves after the first write that contains it was
   * tried: `{ saved: true }` once it is on disk, or `{ saved: false, message }` if that write
   * failed; then the change is kept in memory and retried until a write succeeds.
   */
  commit(next: StoreData): Promise<SaveOutcome>
  status(): StoreStatus
  /** Resolves once every change committed so far has been tried at least once. */
  flush(): Promise<void>
  /** Flush, try once more if the newest change is still unsaved, stop retrying, release the lock. */
  close(): Promise<void>
}

export interface StoreStatus {
  dataDir: string
  /** Committed changes not yet on disk (several may go out in one write). */
  pendingWrites: number
  /** When this session last saved (ISO 8601), or null if it has not yet. */
  lastSavedAt: string | null
  /** Why the newest change is not on disk yet, for the student; null when all is saved. */
  lastError: string | null
  /** Set when a damaged file was replaced at open; see `describeRecovery`. */
  recovery: Recovery | null
  /**
   * A new id each time the folder is opened. Whoever was told a change is kept only in memory
   * learns from a different id that the process holding it is gone, and sends the change again.
   */
  storeSession: string
}

export interface OpenStoreOptions {
  now?: () => Date
  /** For tests: a file system that fails on demand. */
  fs?: StoreFs
  /** For tests: fixture migrations instead of the real list. */
  migrations?: readonly Migration[]
  /** For tests: shorter retry delays. */
  retry?: RetryPolicy
  /** For tests: the id this opening is known by (see `StoreStatus.storeSession`). */
  sessionId?: string
}

/** Delete temp files from writes that a crash interrupted: never acknowledged, never needed. */
async function removeLeftoverTempFiles(fs: StoreFs, dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    const names = await fs.readdir(dir).catch(() => [] as string[])
    for (const name of names.filter(isLeftoverTempFile)) {
      await fs.unlink(join(dir, name)).catch(() => {})
    }
  }
}

/**
 * Open the student's store in `dataDir` (created if needed): lock the folder, load and validate
 * `briefpack.json` (migrating, or recovering from a backup if it is damaged), back it up, and
 * return the handle through which every change is saved. Throws a StoreOpenError, with a message
 * for the student, if the folder cannot be written, another process has it open, or the file was
 * made by a newer Briefpack.
 */
export async function openStore(
  dataDir: string,
  options: OpenStoreOptions = {},
): Promise<StoreHandle> {
  const dir = resolve(dataDir)
  const fs = options.fs ?? realFs
  const now = options.now ?? (() => new Date())
  try {
    await fs.mkdir(dir, { recursive: true })
  } catch (error) {
    throw new StoreOpenError(
      'unwritable',
      `Briefpack cannot create its data folder ${dir}: ${describeIoError(error)}. ` +
        'Check that you may write to the folder above it, then open Briefpack again.',
    )
  }
  const lock = await acquireLock(fs, dir, currentIdentity(now))
  try {
    await removeLeftoverTempFiles(fs, [dir, join(dir, BACKUP_FOLDER)])
    const adapter = new DurableAdapter(join(dir, STORE_FILE), fs, options.migrations)
    const db = new Low<StoreData>(adapter, emptyStore())
    const loaded = await loadStore({
      fs,
      dataDir: dir,
      db,
      adapter,
      now,
      migrations: options.migrations,
    })
    // The file exactly as read, if the store opens with what it holds (not migrated): the open-time
    // backup copies those bytes, which parsed and validated, instead of encoding the state again.
    const fileBytes = adapter.takeBytesRead()
    let lastBackupAt: number | null = null
    if (loaded.source === 'file') {
      const bytes =
        fileBytes !== null && adapter.migratedFrom === null ? fileBytes : encodeStore(loaded.data)
      await backUpUnlessUnchanged(fs, dir, bytes, now())
      lastBackupAt = now().getTime()
    }

    const queue = createWriteQueue<StoreData>({
      async write(state) {
        db.data = state
        await db.write()
      },
      async afterSave(state) {
        const at = now()
        if (lastBackupAt !== null && at.getTime() - lastBackupAt < BACKUP_INTERVAL_MS) return
        await writeBackup(fs, dir, encodeStore(state), at)
        lastBackupAt = at.getTime()
      },
      describeFailure: (error) => describeSaveFailure(adapter.path, error),
      now,
      retry: options.retry,
    })
    return createHandle({
      dataDir: dir,
      initial: frozenState(loaded.data),
      recovery: loaded.recovery,
      queue,
      releaseLock: lock.release,
      storeSession: options.sessionId ?? randomUUID(),
    })
  } catch (error) {
    await lock.release()
    if (error instanceof AppError) throw error
    // Anything unforeseen (a folder that vanished, a disk error) still reaches the student whole.
    throw new StoreOpenError(
      'unreadable',
      `Briefpack could not open your saved work in ${dir}: ${describeIoError(error)}.`,
    )
  }
}

/**
 * The loaded state as `read` hands it out: frozen, like every committed state. A state read from a
 * file already is; a fresh codebook or a restored backup is checked here (it always passes).
 */
function frozenState(data: StoreData): StoreData {
  if (isValidatedState(data)) return data
  const valid = validateStoreData(data)
  if (!valid.ok) {
    throw new AppError('internal', `The store Briefpack opened is not valid: ${valid.message}.`)
  }
  return valid.data
}

/** The open-time backup, skipped when the newest backup already holds exactly these bytes. */
async function backUpUnlessUnchanged(fs: StoreFs, dir: string, bytes: Uint8Array, at: Date) {
  try {
    const [newest] = await listBackups(fs, dir)
    if (newest !== undefined) {
      const previous = await fs.readFile(join(dir, BACKUP_FOLDER, newest)).catch(() => null)
      if (previous !== null && previous.equals(bytes)) return
    }
    await writeBackup(fs, dir, bytes, at)
  } catch {
    // A backup that cannot be written must not stop the student working; the next save retries.
  }
}

function createHandle(opened: {
  dataDir: string
  initial: StoreData
  recovery: Recovery | null
  queue: ReturnType<typeof createWriteQueue<StoreData>>
  releaseLock: () => Promise<void>
  storeSession: string
}): StoreHandle {
  const { dataDir, recovery, queue, releaseLock, storeSession } = opened
  let current = opened.initial
  let closing: Promise<void> | null = null
  return {
    read: () => current,
    async commit(next) {
      if (closing !== null) {
        throw new AppError('internal', 'Briefpack is closing, so this change was not saved.')
      }
      const valid = validateStoreData(next)
      if (!valid.ok) {
        throw new AppError(
          'internal',
          `Briefpack refused a change that would have damaged your saved work (${valid.message}). ` +
            'Nothing was changed.',
        )
      }
      // A new frozen state of frozen, validated records (the records of `next` are frozen too),
      // so nothing a caller does afterwards can alter what is kept and saved.
      current = valid.data
      return queue.submit(current)
    },
    status: () => ({
      dataDir,
      pendingWrites: queue.unsavedCount(),
      lastSavedAt: queue.lastSavedAt(),
      lastError: queue.lastError(),
      recovery,
      storeSession,
    }),
    flush: () => queue.flush(),
    close() {
      closing ??= queue.stop().finally(releaseLock)
      return closing
    },
  }
}
