import { join } from 'node:path'
import type { Low } from 'lowdb'
import type { StoreData } from '../../shared/model/store-data'
import { STORE_VERSION } from '../../shared/model/store-data'
import { fileTimestamp, findNewestValidBackup } from './backups'
import { emptyStore } from './default-codebook'
import { UnusableStoreFile, type DurableAdapter } from './durable-adapter'
import type { StoreFs } from './durable-fs'
import type { Migration } from './migrations'
import { describeIoError, StoreOpenError } from './store-errors'

/** What happened at open when `briefpack.json` was damaged: shown to the student. */
export interface Recovery {
  /** Where the damaged file was moved; it is never deleted. */
  damagedFileMovedTo: string
  /** The backup the store was restored from, or null if none was valid (a fresh codebook). */
  restoredFrom: string | null
  /** Why the file counted as damaged: "the file is empty". */
  reason: string
}

/** The state a store opens with, and where it came from. */
export interface LoadedStore {
  data: StoreData
  source: 'file' | 'fresh' | 'recovered'
  recovery: Recovery | null
}

interface LoadContext {
  fs: StoreFs
  dataDir: string
  db: Low<StoreData>
  adapter: DurableAdapter
  now: () => Date
  migrations: readonly Migration[] | undefined
}

/** A name in `dir` like `<stem>-<timestamp>.json` that no file has yet. */
async function freshName(fs: StoreFs, dir: string, stem: string, now: Date): Promise<string> {
  const taken = new Set(await fs.readdir(dir))
  const base = `${stem}-${fileTimestamp(now)}`
  let name = `${base}.json`
  for (let serial = 1; taken.has(name); serial++) name = `${base}-${serial}.json`
  return join(dir, name)
}

/**
 * Read `briefpack.json` through lowdb and decide what the store opens with: the file (migrated and
 * saved if it was older), a fresh codebook if there is no file, or, if the file is damaged, the
 * newest valid backup with the damaged file kept aside. A file from a newer Briefpack is refused
 * and left exactly as it is.
 */
export async function loadStore(ctx: LoadContext): Promise<LoadedStore> {
  const { fs, dataDir, db, adapter, now } = ctx
  const defaults = db.data
  try {
    await db.read()
  } catch (error) {
    if (!(error instanceof UnusableStoreFile)) {
      throw new StoreOpenError(
        'unreadable',
        `Briefpack cannot read your saved work in ${adapter.path}: ${describeIoError(error)}. ` +
          'Check that you may read that file, then open Briefpack again.',
      )
    }
    const { problem } = error
    if (problem.status === 'newer') {
      throw new StoreOpenError(
        'newer',
        `Your saved work in ${adapter.path} was made by a newer version of Briefpack ` +
          `(data version ${problem.version}; this one reads version ${STORE_VERSION}). ` +
          'Update Briefpack to open it. The file has not been changed.',
      )
    }
    return recover(ctx, problem.reason)
  }
  // lowdb keeps its defaults when the adapter finds no file: a first start.
  if (db.data === defaults) return { data: defaults, source: 'fresh', recovery: null }

  if (adapter.migratedFrom !== null) {
    // Keep the original beside the upgraded file: a migration bug must never cost the student work.
    const copy = await freshName(fs, dataDir, `briefpack.v${adapter.migratedFrom}`, now())
    await fs.copyFile(adapter.path, copy)
    await writeAtOpen(db, adapter.path)
  }
  return { data: db.data, source: 'file', recovery: null }
}

async function recover(ctx: LoadContext, reason: string): Promise<LoadedStore> {
  const { fs, dataDir, db, adapter, now } = ctx
  const movedTo = await freshName(fs, dataDir, 'briefpack.damaged', now())
  try {
    await fs.rename(adapter.path, movedTo)
  } catch (error) {
    throw new StoreOpenError(
      'unwritable',
      `Your saved work in ${adapter.path} is damaged (${reason}) and Briefpack cannot move it ` +
        `aside to restore a backup: ${describeIoError(error)}. Nothing has been changed.`,
    )
  }
  const backup = await findNewestValidBackup(fs, dataDir, ctx.migrations)
  db.data = backup?.data ?? emptyStore()
  // Write the restored state now: otherwise the next start would find no file and begin afresh.
  await writeAtOpen(db, adapter.path)
  return {
    data: db.data,
    source: 'recovered',
    recovery: { damagedFileMovedTo: movedTo, restoredFrom: backup?.path ?? null, reason },
  }
}

/** A write during open: its failure means the store cannot be used, so it refuses to open. */
async function writeAtOpen(db: Low<StoreData>, path: string): Promise<void> {
  try {
    await db.write()
  } catch (error) {
    throw new StoreOpenError(
      'unwritable',
      `Briefpack cannot save to ${path}: ${describeIoError(error)}. ` +
        'Check that you may write to that folder and that the disk has space.',
    )
  }
}

/** The recovery in one paragraph the student can read. */
export function describeRecovery(recovery: Recovery): string {
  const restored =
    recovery.restoredFrom === null
      ? 'No usable backup was found, so Briefpack started again with the default codebook.'
      : `Briefpack restored your work from the backup ${recovery.restoredFrom}; ` +
        'changes made after that backup are not included.'
  return (
    `Your saved work could not be read (${recovery.reason}). ${restored} ` +
    `The damaged file was kept as ${recovery.damagedFileMovedTo}.`
  )
}
