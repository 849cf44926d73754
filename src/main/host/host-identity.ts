import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { open, rename, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { isErrno, realFs, syncFolder } from '../store/durable-fs'

/** Where the browser host keeps its link's secret and port, in the data folder. */
export const HOST_IDENTITY_FILE = 'browser-host.json'

/** The largest identity file read: it holds two short fields. */
const MAX_IDENTITY_BYTES = 4096

const SECRET_PATTERN = /^[A-Za-z0-9_-]{32,128}$/

/**
 * What makes a data folder's browser-host link the same across restarts: the secret in its path,
 * and the port (an open tab's origin), so a tab left open reconnects by itself.
 */
export interface HostIdentity {
  secret: string
  /** The port last listened on; null before the first start. */
  port: number | null
}

export interface LoadedIdentity {
  identity: HostIdentity
  /** Said on stderr when a new secret replaced one that could not be kept; null otherwise. */
  notice: string | null
}

/**
 * The identity kept in `dataDir`, or a new one (a fresh secret) when there is none, when
 * `rotate` asks for one (`--new-secret`), or when the file cannot be trusted: a link, not owned
 * by this user, readable or writable by others, or damaged. Only a plain file of this user's,
 * opened without following links, is read. A new identity is not written here: see
 * `saveHostIdentity`, called once the host listens.
 */
export async function loadHostIdentity(
  dataDir: string,
  options: {
    rotate?: boolean
    newSecret: () => string
    /** Whose file it must be: this process's user unless a test says otherwise. */
    userId?: number | undefined
  },
): Promise<LoadedIdentity> {
  const fresh = (notice: string | null): LoadedIdentity => ({
    identity: { secret: options.newSecret(), port: null },
    notice,
  })
  const path = join(dataDir, HOST_IDENTITY_FILE)
  const read = await readOwnFile(path, options.userId ?? process.getuid?.())
  if (read.kind === 'missing') return fresh(null)
  if (read.kind === 'unsafe') {
    return fresh(`${path} ${read.reason}, so Briefpack made a new secret link.`)
  }
  const identity = parseIdentity(read.text)
  if (identity === null) {
    return fresh(`${path} was damaged, so Briefpack made a new secret link.`)
  }
  if (options.rotate)
    return { identity: { secret: options.newSecret(), port: identity.port }, notice: null }
  return { identity, notice: null }
}

/**
 * Keep `identity` in `dataDir` (mode 0600, replaced atomically: a crash leaves the old file or
 * the new, and never a moment where others could read it).
 */
export async function saveHostIdentity(dataDir: string, identity: HostIdentity): Promise<void> {
  const path = join(dataDir, HOST_IDENTITY_FILE)
  // Named like the store's temp files, so a leftover from a crash is swept up at the next start.
  const temp = join(
    dataDir,
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  try {
    const handle = await open(temp, 'wx', 0o600)
    try {
      await handle.writeFile(`${JSON.stringify(identity)}\n`, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    // Renaming replaces a link at `path` itself, never the file it points to.
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => {})
    throw error
  }
  await syncFolder(realFs, dataDir)
}

type OwnFile =
  { kind: 'missing' } | { kind: 'unsafe'; reason: string } | { kind: 'read'; text: string }

async function readOwnFile(path: string, uid: number | undefined): Promise<OwnFile> {
  // O_NOFOLLOW makes opening a symbolic link fail (ELOOP) instead of reading its target.
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(path, flags)
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return { kind: 'missing' }
    if (isErrno(error, 'ELOOP')) return { kind: 'unsafe', reason: 'was a link to another file' }
    return { kind: 'unsafe', reason: `could not be read (${(error as Error).message})` }
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) return { kind: 'unsafe', reason: 'was not a plain file' }
    // Windows has no uid and no group or other bits to check; its folders are per-user.
    if (uid !== undefined && info.uid !== uid) {
      return { kind: 'unsafe', reason: 'belonged to another user' }
    }
    if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
      return { kind: 'unsafe', reason: 'could be read or changed by other users' }
    }
    if (info.size > MAX_IDENTITY_BYTES) return { kind: 'unsafe', reason: 'was far too large' }
    return { kind: 'read', text: await handle.readFile('utf8') }
  } finally {
    await handle.close()
  }
}

function parseIdentity(text: string): HostIdentity | null {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof raw !== 'object' || raw === null) return null
  const { secret, port } = raw as Record<string, unknown>
  if (typeof secret !== 'string' || !SECRET_PATTERN.test(secret)) return null
  const validPort = typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65536
  if (port !== null && !validPort) return null
  return { secret, port: port as number | null }
}
