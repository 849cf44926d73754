import { STORE_VERSION } from '../../shared/model/store-data'

/** A plain JSON object as read from disk, before it is known to be valid. */
export type RawStore = Record<string, unknown>

/**
 * One step of the schema's history: turns a file of version `from` into version `to` (= from + 1).
 * Pure: it returns new data and never touches its input, the clock or the disk.
 */
export interface Migration {
  from: number
  to: number
  migrate(raw: RawStore): RawStore
}

/**
 * Every migration, oldest first. Version 1 is the first release, so there are none yet; add
 * `{ from: 1, to: 2, migrate }` here with a before/after fixture when StoreData changes.
 */
export const MIGRATIONS: readonly Migration[] = []

/** What a file's version means for this build. */
export type MigrationOutcome =
  | { status: 'current'; raw: RawStore; migratedFrom: number | null }
  | { status: 'newer'; version: number }
  | { status: 'damaged'; reason: string }

function isRecord(value: unknown): value is RawStore {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Bring parsed file contents up to `current`, one numbered step at a time. A file from a newer
 * Briefpack is refused rather than guessed at (and must never be overwritten); a missing or
 * nonsensical version means the file is damaged. The result still needs validating.
 */
export function migrateToCurrent(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = STORE_VERSION,
): MigrationOutcome {
  if (!isRecord(raw)) return { status: 'damaged', reason: 'it does not hold a Briefpack store' }
  const version = raw.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'damaged', reason: 'it has no valid version number' }
  }
  if (version > current) return { status: 'newer', version }
  if (version === current) return { status: 'current', raw, migratedFrom: null }

  // Migrations promise purity; a private copy makes a broken promise harmless to the caller.
  let data: RawStore = structuredClone(raw)
  for (let at = version; at < current; at++) {
    const step = migrations.find((m) => m.from === at)
    // A gap in the list is our bug, not the student's file: fail loudly in tests and in dev.
    if (!step || step.to !== at + 1) {
      throw new Error(`Briefpack: no migration from store version ${at} to ${at + 1}`)
    }
    try {
      data = step.migrate(data)
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      return { status: 'damaged', reason: `it could not be upgraded from version ${at}: ${why}` }
    }
    if (!isRecord(data) || data.version !== step.to) {
      throw new Error(`Briefpack: migration ${at}→${at + 1} did not produce version ${at + 1}`)
    }
  }
  return { status: 'current', raw: data, migratedFrom: version }
}
