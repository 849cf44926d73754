import { randomBytes } from 'node:crypto'
import { hostname as osHostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { isErrno, type StoreFs } from './durable-fs'
import { describeIoError, StoreOpenError } from './store-errors'

/** The lock's file name in the data folder. */
export const LOCK_FILE = 'briefpack.lock'
/** A lock that cannot be read yet may be one another process is writing this instant. */
const UNREADABLE_GRACE_MS = 2_000

/** Who holds a data folder, as written in its lock file. */
export interface LockInfo {
  pid: number
  hostname: string
  program: string
  startedAt: string
  /** Distinguishes two opens by one process, and a lock we made from one that replaced it. */
  token: string
}

/** What this process knows about itself, injectable so tests can play another process. */
export interface LockIdentity {
  pid: number
  hostname: string
  program: string
  now: () => Date
  isAlive: (pid: number) => boolean
}

/** A held lock. `release` removes the file only if it is still ours. */
export interface HeldLock {
  path: string
  info: LockInfo
  release(): Promise<void>
}

/** Lock files this process holds: a same-pid lock not in here was left by an earlier run. */
const heldHere = new Set<string>()
const acquiring = new Map<string, Promise<HeldLock>>()

/** Whether a process exists. EPERM means it exists but belongs to another user. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return isErrno(error, 'EPERM')
  }
}

/** This process, as a lock records it. */
export function currentIdentity(now: () => Date): LockIdentity {
  return {
    pid: process.pid,
    hostname: osHostname(),
    program: basename(process.execPath),
    now,
    isAlive: isProcessAlive,
  }
}

/** What the lock file says, as far as it can be read. */
export type LockReading =
  | { readable: true; info: LockInfo; text: string }
  | { readable: false; ageMs: number; text: string }

function parseLock(text: string): LockInfo | null {
  try {
    const info = JSON.parse(text) as Partial<LockInfo>
    if (typeof info.pid !== 'number' || typeof info.hostname !== 'string') return null
    return {
      pid: info.pid,
      hostname: info.hostname,
      program: String(info.program ?? 'unknown'),
      startedAt: String(info.startedAt ?? 'unknown'),
      token: String(info.token ?? ''),
    }
  } catch {
    return null
  }
}

/**
 * Whether an existing lock still guards the folder. Pure. A lock from another computer (a shared
 * network folder) cannot be checked, so it counts as live; an unreadable one counts as live for a
 * moment, because its writer may be between creating it and filling it in.
 */
export function isLockLive(reading: LockReading, me: LockIdentity, path: string): boolean {
  if (!reading.readable) return reading.ageMs < UNREADABLE_GRACE_MS
  const { info } = reading
  if (info.hostname !== me.hostname) return true
  // Same pid: either this very process opened the folder already, or a previous run that had our
  // pid (routine in containers, where the app may always be pid 1) died holding it.
  if (info.pid === me.pid) return heldHere.has(path)
  return me.isAlive(info.pid)
}

async function readLock(fs: StoreFs, path: string, now: Date): Promise<LockReading | null> {
  try {
    const text = await fs.readFile(path, 'utf8')
    const info = parseLock(text)
    if (info) return { readable: true, info, text }
    const { mtimeMs } = await fs.stat(path)
    return { readable: false, ageMs: now.getTime() - mtimeMs, text }
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null // released meanwhile: try again
    throw error
  }
}

async function createExclusive(fs: StoreFs, path: string, text: string): Promise<void> {
  const handle = await fs.open(path, 'wx') // O_CREAT | O_EXCL: exactly one creator wins
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } catch (error) {
    await handle.close()
    await fs.unlink(path).catch(() => {})
    throw error
  }
  await handle.close()
}

/**
 * Move a stale lock aside, checking it is still the one judged stale: another process may have
 * taken it over first, in which case its fresh lock is put back.
 */
async function takeOver(fs: StoreFs, path: string, judged: string): Promise<void> {
  // Named like a temp file, so that if we die right here the next open clears it away.
  const aside = join(
    dirname(path),
    `.${LOCK_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  try {
    await fs.rename(path, aside)
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return
    throw error
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => judged)
  if (moved !== judged) await fs.link(aside, path).catch(() => {})
  await fs.unlink(aside).catch(() => {})
}

function refusal(dataDir: string, path: string, reading: LockReading, me: LockIdentity) {
  if (!reading.readable) {
    return new StoreOpenError(
      'locked',
      `Another Briefpack is opening the data folder ${dataDir} right now. ` +
        'Wait a moment, then try again.',
    )
  }
  const { info } = reading
  const where =
    info.hostname === me.hostname ? `on this computer` : `on another computer (${info.hostname})`
  return new StoreOpenError(
    'locked',
    `The data folder ${dataDir} is already open in another Briefpack window or browser host ` +
      `(${info.program}, process ${info.pid} ${where}, since ${info.startedAt}). ` +
      'Close that one, then try again. If it is not running any more, delete ' +
      `${path} and try again.`,
  )
}

/**
 * Take the data folder's lock, so only one process ever writes it (two lowdb instances on one
 * file silently lose one side's writes). A stale lock, left by a process that died on this
 * computer, is taken over; a live one is refused with a message naming the holder.
 */
export async function acquireLock(
  fs: StoreFs,
  dataDir: string,
  me: LockIdentity,
): Promise<HeldLock> {
  const path = join(dataDir, LOCK_FILE)
  // One attempt at a time per folder within this process: otherwise a second open could read our
  // half-made lock, see our own pid not yet in `heldHere`, and take it over as an earlier run's.
  const previous = acquiring.get(path) ?? Promise.resolve()
  const attempt = previous.catch(() => {}).then(() => acquireOnce(fs, dataDir, path, me))
  acquiring.set(path, attempt)
  try {
    return await attempt
  } finally {
    if (acquiring.get(path) === attempt) acquiring.delete(path)
  }
}

async function acquireOnce(
  fs: StoreFs,
  dataDir: string,
  path: string,
  me: LockIdentity,
): Promise<HeldLock> {
  const info: LockInfo = {
    pid: me.pid,
    hostname: me.hostname,
    program: me.program,
    startedAt: me.now().toISOString(),
    token: randomBytes(8).toString('hex'),
  }
  const text = JSON.stringify(info, null, 2) + '\n'
  let last: LockReading | null = null
  // Each round either wins, refuses, or clears a lock that was released or stale meanwhile.
  for (let round = 0; round < 5; round++) {
    try {
      await createExclusive(fs, path, text)
      heldHere.add(path)
      return { path, info, release: () => release(fs, path, info.token) }
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) {
        throw new StoreOpenError(
          'unwritable',
          `Briefpack cannot save in its data folder ${dataDir}: ${describeIoError(error)}. ` +
            'Check that the folder exists, that you may write to it and that the disk has space.',
        )
      }
    }
    // The real clock, not `me.now`: a lock's age is measured against its file's real mtime.
    last = await readLock(fs, path, new Date())
    if (last === null) continue
    if (isLockLive(last, me, path)) throw refusal(dataDir, path, last, me)
    await takeOver(fs, path, last.text)
  }
  throw refusal(dataDir, path, last ?? { readable: false, ageMs: 0, text: '' }, me)
}

async function release(fs: StoreFs, path: string, token: string): Promise<void> {
  const text = await fs.readFile(path, 'utf8').catch(() => null)
  if (text !== null && parseLock(text)?.token === token) await fs.unlink(path).catch(() => {})
  // Only now: until the file is gone, a second open in this process must still be refused.
  heldHere.delete(path)
}
