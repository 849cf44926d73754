import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project folder (this file is in scripts/). */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url))

/** What `electron-vite build` produces and the launch scripts run. */
export const BUILD_OUTPUTS = [
  'out/main/serve.js',
  'out/main/export.js',
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
]

/** What the build reads: a change to any of these makes out/ stale. */
export const BUILD_INPUTS = ['src', 'resources', 'electron.vite.config.ts', 'package.json']

/**
 * The newest modification time (ms) among `paths` and everything below them, or -Infinity.
 * Folders count too: deleting or renaming a file changes only its folder's time.
 */
export function newestMtime(paths) {
  let newest = -Infinity
  const visit = (path) => {
    let info
    try {
      info = lstatSync(path)
    } catch {
      return
    }
    newest = Math.max(newest, info.mtimeMs)
    // Symbolic links are not followed: a link to a parent folder would loop.
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name))
  }
  for (const path of paths) visit(path)
  return newest
}

/** Whether out/ is missing any output or older than any input. */
export function isBuildStale(root) {
  if (BUILD_OUTPUTS.some((output) => !existsSync(join(root, output)))) return true
  const builtAt = statSync(join(root, 'out/main/serve.js')).mtimeMs
  return newestMtime(BUILD_INPUTS.map((input) => join(root, input))) > builtAt
}

/**
 * Run `electron-vite build` when out/ is stale. Its output goes to stderr so that the first line
 * on stdout stays the link the host prints. Exits the process with a message if the build fails.
 */
export function buildIfNeeded(root = PROJECT_ROOT) {
  if (!isBuildStale(root)) return
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  if (!existsSync(cli)) {
    console.error('Briefpack cannot build: its npm packages are not installed. Run: npm install')
    process.exit(1)
  }
  console.error('Building Briefpack (its sources changed since the last build)...')
  // The CLI itself rather than `npx electron-vite`: no npx lookup, and no .cmd shim on Windows.
  const result = spawnSync(process.execPath, [cli, 'build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  })
  if (result.status !== 0) {
    console.error('Briefpack could not be built: see the messages above.')
    process.exit(result.status || 1)
  }
}
