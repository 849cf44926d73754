import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

/** What `node out/main/serve.js` was asked to do. */
export interface ServeOptions {
  /** 0 picks a free port; undefined means the one this data folder's host used last, if free. */
  port: number | undefined
  /** Absolute; undefined means the same folder the Electron app uses. */
  dataDir: string | undefined
  /** Make a new secret link, so the old one stops working. */
  newSecret: boolean
  help: boolean
}

export const SERVE_USAGE = `Usage: npm run serve -- [--port N] [--data DIR] [--new-secret]

Runs Briefpack in your browser: prints a link to open, then serves it until Ctrl+C. The link
stays the same each time you start it on the same data folder, so a page left open reconnects.

  --port N       listen on port N of 127.0.0.1 (default: the port used last time, if it is
                 free, otherwise any free port; 0: any free port)
  --data DIR     keep your work in DIR (default: the Briefpack app's own data folder)
  --new-secret   make a new secret link; the old link (and any page open on it) stops working
  --help         show this help`

/**
 * Read the command line. Every mistake becomes a message saying what was wrong, never a stack
 * trace, because students run this from a terminal.
 */
export function parseServeArgs(
  argv: readonly string[],
  cwd: string = process.cwd(),
): { ok: true; options: ServeOptions } | { ok: false; message: string } {
  let values: { port?: string; data?: string; 'new-secret'?: boolean; help?: boolean }
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', short: 'p' },
        data: { type: 'string', short: 'd' },
        'new-secret': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }

  let port: number | undefined
  if (values.port !== undefined) {
    const text = values.port.trim()
    const given = /^\d{1,5}$/.test(text) ? Number(text) : NaN
    if (!(given >= 0 && given <= 65535)) {
      return {
        ok: false,
        message: `--port must be a whole number from 0 to 65535 (0 picks a free port), not "${values.port}".`,
      }
    }
    port = given
  }
  if (values.data !== undefined && values.data.trim() === '') {
    return { ok: false, message: '--data needs a folder, for example --data ./briefpack-data.' }
  }
  const dataDir = values.data === undefined ? undefined : resolve(cwd, values.data)
  return {
    ok: true,
    options: {
      port,
      dataDir,
      newSecret: values['new-secret'] ?? false,
      help: values.help ?? false,
    },
  }
}

/**
 * Create the data folder if needed and prove it can be written to, by writing and removing a
 * probe file: permission bits say little (root ignores them; a read-only disk ignores them).
 */
export async function ensureDataDir(
  dir: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const probe = join(dir, `.briefpack-write-test-${process.pid}`)
  try {
    await makeDirectory(dir)
    await writeFile(probe, '', { flag: 'wx' })
    await rm(probe, { force: true })
    return { ok: true }
  } catch (error) {
    return {
      ok: false,
      message: `Briefpack cannot save your work in ${dir}: ${describeFsError(error)}. Choose another folder with --data DIR.`,
    }
  }
}

/**
 * `mkdir -p`, one level at a time. Not `mkdir(dir, { recursive: true })`: Node's loops forever
 * when a parent exists but cannot hold the child (a path under /proc, a dangling symlink).
 */
async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = []
  for (let current = resolve(dir); ; current = dirname(current)) {
    try {
      if ((await stat(current)).isDirectory()) break
      throw Object.assign(new Error(`${current} is not a folder`), { code: 'ENOTDIR' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(current) === current) {
        throw error
      }
      missing.push(current)
    }
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      // Made meanwhile by someone else, or a dangling symlink: the next level (or the probe) tells.
      if (error.code !== 'EEXIST') throw error
    })
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to write there'
    case 'EROFS':
      return 'it is on a read-only disk'
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file (not a folder) is in the way'
    case 'ENOENT':
      return 'a folder cannot be created there'
    case 'ENOSPC':
      return 'the disk is full'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
