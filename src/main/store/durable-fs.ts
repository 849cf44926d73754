import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * The file-system calls the store makes, so a test can make one of them fail (a full disk) without
 * needing a full disk. Production passes `node:fs/promises` itself.
 */
export type StoreFs = Pick<
  typeof nodeFs,
  'open' | 'readFile' | 'rename' | 'unlink' | 'readdir' | 'mkdir' | 'copyFile' | 'stat' | 'link'
>

/** The real file system. */
export const realFs: StoreFs = nodeFs

/** Temp files are hidden, name their target, and carry the writer's pid plus randomness. */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/

/** Whether a folder entry is a temp file left by `writeFileDurably` in a process that died. */
export function isLeftoverTempFile(name: string): boolean {
  return TEMP_FILE.test(name)
}

/**
 * Replace `path` with `text` (a string is written as UTF-8) so that, whatever happens (a kill, a
 * power cut), the file afterwards holds either the old text or the new, whole. The temp file's
 * name is unique, so two writers (or a writer and a leftover from a crash) never share one; the
 * rename is atomic on POSIX and NTFS; the two fsyncs make the data, then the rename, durable
 * before the promise resolves.
 */
export async function writeFileDurably(
  fs: StoreFs,
  path: string,
  text: string | Uint8Array,
): Promise<void> {
  const dir = dirname(path)
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await fs.open(temp, 'wx')
    try {
      await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text))
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, path)
  } catch (error) {
    await fs.unlink(temp).catch(() => {})
    throw error
  }
  await syncFolder(fs, dir)
}

/**
 * Make a rename in `dir` durable. Windows cannot open a folder for syncing, and NTFS journals the
 * rename itself, so there the failure is expected and ignored.
 */
export async function syncFolder(fs: StoreFs, dir: string): Promise<void> {
  let handle: nodeFs.FileHandle
  try {
    handle = await fs.open(dir, 'r')
  } catch (error) {
    if (process.platform === 'win32') return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    // Some file systems (and all of Windows) refuse fsync on a folder: nothing more can be done.
    if (!isErrno(error, 'EINVAL') && !isErrno(error, 'EPERM') && !isErrno(error, 'EISDIR')) {
      throw error
    }
  } finally {
    await handle.close()
  }
}

/** Whether `error` is a Node system error with this `code` (ENOENT, EEXIST…). */
export function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code
}
