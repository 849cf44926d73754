import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { describeSpan } from '../src/shared/anchoring'
import type { AnnotationDraft } from '../src/shared/model/annotation'
import type { Article } from '../src/shared/model/article'

/** A running browser host: its URL (with the per-launch secret) and its own data folder. */
export interface RunningHost {
  url: string
  dataDir: string
  /** Stop the host; its data folder is removed unless `keepData` (to start again on it). */
  stop(options?: { keepData?: boolean }): Promise<void>
  /** Kill the host at once (SIGKILL, as a crash would), keeping its data folder. */
  kill(): Promise<void>
}

export interface StartHostOptions {
  /**
   * Run the host as user nobody when the tests run as root (root ignores file permissions, so a
   * journey about a folder it may not write needs another user); a fresh data folder is given to
   * that user. Throws, failing the test, if setpriv is missing. A no-op when not root.
   */
  unprivileged?: boolean
  /** The app to run: a staged copy of the build with a library of its own (see staged-build.ts). */
  appRoot?: string
  /**
   * Start as a student's `npm run serve` does, with no --port: on the port this data folder's
   * host used last (so a page left open reconnects), or any free one the first time.
   */
  rememberedPort?: boolean
}

/** The user an unprivileged host runs as under root: nobody, as in the store's read-only tests. */
const NOBODY = { uid: 65534, gid: 65534 }

/**
 * Start the built browser host (`out/main/serve.js`) on a free port with a fresh data folder, the
 * way a student's `npm run serve` would, and wait for the URL it prints first.
 */
export async function startHost(
  dataDir?: string,
  options: StartHostOptions = {},
): Promise<RunningHost> {
  const asNobody = options.unprivileged === true && process.getuid?.() === 0
  if (asNobody && !existsSync('/usr/bin/setpriv')) {
    throw new Error('setpriv (util-linux) is required to run the host as another user; install it')
  }
  if (dataDir === undefined) {
    dataDir = await mkdtemp(join(tmpdir(), 'briefpack-e2e-'))
    if (asNobody) await chown(dataDir, NOBODY.uid, NOBODY.gid)
  }
  const serve = join(options.appRoot ?? '.', 'out', 'main', 'serve.js')
  const port = options.rememberedPort ? [] : ['--port', '0']
  const command = [process.execPath, serve, ...port, '--data', dataDir]
  const privileges = [`--reuid=${NOBODY.uid}`, `--regid=${NOBODY.gid}`, '--clear-groups']
  const child = asNobody
    ? spawn('/usr/bin/setpriv', [...privileges, ...command], {
        cwd: options.appRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, HOME: tmpdir() },
      })
    : spawn(command[0]!, command.slice(1), {
        cwd: options.appRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = await firstLine(child).catch((error: Error) => {
    throw new Error(`The browser host did not start: ${error.message}\n${stderr}`)
  })
  return {
    url,
    dataDir: dataDir!,
    async stop(options = {}) {
      await stopChild(child)
      if (!options.keepData) await rm(dataDir, { recursive: true, force: true })
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    },
  }
}

/**
 * Call the host as the app does, `POST api/<channel>` with the arguments as JSON: to set up a
 * journey's data faster than a student could make it.
 */
export async function callHost<T>(
  host: RunningHost,
  channel: string,
  ...args: unknown[]
): Promise<T> {
  const response = await fetch(new URL(`api/${channel}`, host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  })
  const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown }
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

/** Highlight `article.text.slice(start, end)` (yellow, nothing else) through the host. */
export async function highlightThroughHost(
  host: RunningHost,
  article: Pick<Article, 'id' | 'text' | 'contentHash'>,
  start: number,
  end: number,
): Promise<void> {
  const { quote, position } = describeSpan(article.text, start, end)
  const draft: AnnotationDraft = {
    target: { articleId: article.id, contentHash: article.contentHash, quote, position },
    colour: 'yellow',
    tagIds: [],
    speaker: null,
    note: '',
  }
  await callHost(host, 'annotations:create', draft)
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    const timer = setTimeout(() => reject(new Error('no URL within 15 s')), 15_000)
    lines.once('line', (line) => {
      clearTimeout(timer)
      resolve(line.trim())
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`exited with code ${code}`))
    })
  })
}

/** SIGTERM (the host then closes its store and exits), SIGKILL if it has not gone in 5 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
