import { existsSync } from 'node:fs'
import { dirname, join, posix, win32 } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder name under the platform's per-user config folder, as Electron names userData. */
export const APP_NAME = 'Briefpack'

let cachedRoot: string | undefined

/**
 * The project folder (or, packaged, the app.asar root): the nearest folder above this module that
 * holds package.json. Walking up rather than a fixed `../..` because this module is bundled into
 * out/main/chunks/ when both entries (index, serve) share it, and runs from src/main/ under vitest.
 */
export function projectRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`Briefpack: no package.json above ${import.meta.url}`)
    dir = parent
  }
  cachedRoot = dir
  return dir
}

/**
 * Where the bundled articles live: next to the executable when packaged (Electron's
 * `process.resourcesPath`), else the project's `resources/` folder.
 */
export function resourcesDir(options: { packaged?: boolean } = {}): string {
  if (options.packaged && process.resourcesPath) return process.resourcesPath
  return join(projectRoot(), 'resources')
}

/** The built renderer: index.html plus assets/ with relative URLs. */
export function rendererDir(): string {
  return join(projectRoot(), 'out', 'renderer')
}

/** The built, sandbox-safe preload (one CommonJS file). */
export function preloadPath(): string {
  return join(projectRoot(), 'out', 'preload', 'index.cjs')
}

/**
 * The folder Electron's `app.getPath('userData')` would be for an app named Briefpack. Pure, so
 * the browser host (plain Node, no Electron) and the Electron app, which sets userData to this,
 * agree on where the student's data lives.
 */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  homedir: string,
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || win32.join(homedir, 'AppData', 'Roaming')
    return win32.join(appData, APP_NAME)
  }
  if (platform === 'darwin') {
    return posix.join(homedir, 'Library', 'Application Support', APP_NAME)
  }
  // XDG Base Directory spec: a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME
  const configHome = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(homedir, '.config')
  return posix.join(configHome, APP_NAME)
}
