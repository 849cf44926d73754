import { spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { ArticleFiles } from './long-article'
import type { Cleanup } from './temp'

/**
 * A copy of the built app whose `resources/articles` holds the bench's articles. The host finds
 * its articles and renderer from the nearest package.json above its own module (`projectRoot()`
 * in src/main/paths.ts), so a copy of `out/` under a folder with its own package.json serves that
 * folder's articles: the real host, unchanged, on a library the bench chose.
 */
export async function stageBuild(
  projectRoot: string,
  articles: readonly ArticleFiles[],
  cleanup: Cleanup,
): Promise<string> {
  const stage = await cleanup.tempDir('app')
  await cp(join(projectRoot, 'out', 'main'), join(stage, 'out', 'main'), { recursive: true })
  await cp(join(projectRoot, 'out', 'renderer'), join(stage, 'out', 'renderer'), {
    recursive: true,
  })
  // The bundled main code is ES modules importing lowdb and valibot from node_modules.
  await writeFile(join(stage, 'package.json'), '{ "private": true, "type": "module" }\n')
  await symlink(join(projectRoot, 'node_modules'), join(stage, 'node_modules'), 'dir')
  const articlesDir = join(stage, 'resources', 'articles')
  await mkdir(articlesDir, { recursive: true })
  for (const article of articles) {
    await writeFile(join(articlesDir, `${article.id}.txt`), article.text)
    await writeFile(join(articlesDir, `${article.id}.json`), JSON.stringify(article.metadata))
  }
  return stage
}

export interface RunningHost {
  url: string
  stop(): Promise<void>
}

/**
 * Start `out/main/serve.js` of a staged build on a free port and data folder `dataDir`, as
 * `npm run serve` would, and wait for the link it prints first. Stopped at cleanup at the latest.
 */
export async function startStagedHost(
  stage: string,
  dataDir: string,
  cleanup: Cleanup,
): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [join(stage, 'out', 'main', 'serve.js'), '--port', '0', '--data', dataDir],
    { cwd: stage, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const stop = () => stopChild(child)
  cleanup.add(stop)
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = await firstLine(child).catch((error: Error) => {
    throw new Error(`The browser host did not start: ${error.message}\n${stderr}`)
  })
  return { url, stop }
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    const timer = setTimeout(() => reject(new Error('no link within 15 s')), 15_000)
    lines.once('line', (line) => {
      clearTimeout(timer)
      resolve(line.trim())
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`it exited with code ${code}`))
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
