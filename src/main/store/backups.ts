import { join } from 'node:path'
import type { StoreData } from '../../shared/model/store-data'
import { isErrno, writeFileDurably, type StoreFs } from './durable-fs'
import type { Migration } from './migrations'
import { parseStoreFile } from './parse-store-file'

/** The folder, inside the data folder, that holds backups. */
export const BACKUP_FOLDER = 'backups'
/** How often, at most, a backup is taken while the student works. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000

const DAY_MS = 24 * 60 * 60 * 1000
/** `briefpack-2025-03-01T09-15-00-000Z.json`, or `…Z-2.json` if two were taken in one millisecond. */
const BACKUP_NAME = /^briefpack-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-(\d+))?\.json$/

/** A moment as it appears in file names: ISO 8601 with `:` and `.` made safe for Windows. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/** When a backup was taken, from its name; null for any file that is not one of our backups. */
export function parseBackupName(name: string): { time: number; serial: number } | null {
  const match = BACKUP_NAME.exec(name)
  if (!match) return null
  const [date, time] = match[1]!.split('T') as [string, string]
  const [h, m, s, ms] = time.slice(0, -1).split('-')
  const parsed = Date.parse(`${date}T${h}:${m}:${s}.${ms}Z`)
  return Number.isNaN(parsed) ? null : { time: parsed, serial: Number(match[2] ?? 0) }
}

/** Backup names, newest first; other files are left out. */
export function sortBackupsNewestFirst(names: readonly string[]): string[] {
  return names
    .map((name) => ({ name, when: parseBackupName(name) }))
    .filter((b): b is { name: string; when: { time: number; serial: number } } => b.when !== null)
    .sort((a, b) => b.when.time - a.when.time || b.when.serial - a.when.serial)
    .map((b) => b.name)
}

/**
 * Which backups rotation keeps: the newest `newest` (10), plus the newest of each of the last
 * `days` (7) days, counted back from `now` in 24-hour steps so the answer does not depend on the
 * time zone. Files that are not our backups are always kept: we never delete what we did not make.
 */
export function chooseBackupsToKeep(
  names: readonly string[],
  now: Date,
  policy: { newest: number; days: number } = { newest: 10, days: 7 },
): Set<string> {
  const keep = new Set(names.filter((name) => parseBackupName(name) === null))
  const sorted = sortBackupsNewestFirst(names)
  for (const name of sorted.slice(0, policy.newest)) keep.add(name)
  for (let day = 0; day < policy.days; day++) {
    const to = now.getTime() - day * DAY_MS
    const from = to - DAY_MS
    const newestThatDay = sorted.find((name) => {
      const { time } = parseBackupName(name)!
      return time > from && time <= to
    })
    if (newestThatDay !== undefined) keep.add(newestThatDay)
  }
  return keep
}

/** Our backups in `dataDir/backups`, newest first; none if the folder does not exist yet. */
export async function listBackups(fs: StoreFs, dataDir: string): Promise<string[]> {
  try {
    return sortBackupsNewestFirst(await fs.readdir(join(dataDir, BACKUP_FOLDER)))
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return []
    throw error
  }
}

/**
 * Write `text` (a validated, serialized state, or its UTF-8 bytes) as a new backup, then delete the backups rotation
 * no longer keeps. Returns the new backup's path.
 */
export async function writeBackup(
  fs: StoreFs,
  dataDir: string,
  text: string | Uint8Array,
  now: Date,
): Promise<string> {
  const folder = join(dataDir, BACKUP_FOLDER)
  await fs.mkdir(folder, { recursive: true })
  const existing = new Set(await fs.readdir(folder))
  const stamp = fileTimestamp(now)
  let name = `briefpack-${stamp}.json`
  for (let serial = 1; existing.has(name); serial++) name = `briefpack-${stamp}-${serial}.json`
  await writeFileDurably(fs, join(folder, name), text)

  const names = [...existing, name]
  const keep = chooseBackupsToKeep(names, now)
  for (const old of names) {
    if (!keep.has(old)) await fs.unlink(join(folder, old)).catch(() => {})
  }
  return join(folder, name)
}

/** The newest backup holding a valid store (migrated if older), or null if none does. */
export async function findNewestValidBackup(
  fs: StoreFs,
  dataDir: string,
  migrations?: readonly Migration[],
): Promise<{ path: string; data: StoreData } | null> {
  for (const name of await listBackups(fs, dataDir)) {
    const path = join(dataDir, BACKUP_FOLDER, name)
    const bytes = await fs.readFile(path).catch(() => null)
    if (bytes === null) continue
    const parsed = parseStoreFile(bytes, migrations)
    if (parsed.status === 'ok') return { path, data: parsed.data }
  }
  return null
}
