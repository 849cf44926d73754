import { existsSync } from 'node:fs'
import { dirname, join, posix, resolve, win32 } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder name under the platform's per-user config folder, as Electron names userData. */
export const APP_NAME = 'Briefpack'

/**
 * The app's id: Windows groups its windows and notifications under it (AppUserModelID), and
 * electron-builder.yml gives it to the installers (appId) and Linux's .desktop file.
 */
export const APP_ID = 'org.briefpack.Briefpack'

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

/** The project's `resources/` folder, where the bundled articles are when run from the project. */
export function resourcesDir(): string {
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

/** Where the desktop app finds each part of itself. */
export interface AppLayout {
  articlesDir: string
  rendererDir: string
  preloadPath: string
  /** The window icon (Linux and Windows take it from the window; macOS from the bundle). */
  iconPath: string
}

/**
 * The desktop app's files, run from the project or packaged. electron-builder puts the app's own
 * files (`out/`, package.json) in `resources/app.asar` (`appRoot`, Electron's `app.getAppPath()`)
 * and the `extraResources` of electron-builder.yml beside it in `resources/`
 * (`process.resourcesPath`): the articles, kept out of the archive so they stay plain files, and
 * the icon.
 */
export function appLayout(options: {
  packaged: boolean
  appRoot: string
  resourcesPath: string
}): AppLayout {
  const { appRoot } = options
  const resources = options.packaged ? options.resourcesPath : join(appRoot, 'resources')
  return {
    articlesDir: join(resources, 'articles'),
    rendererDir: join(appRoot, 'out', 'renderer'),
    preloadPath: join(appRoot, 'out', 'preload', 'index.cjs'),
    iconPath: options.packaged ? join(resources, 'icon.png') : join(appRoot, 'build', 'icon.png'),
  }
}

/**
 * What Chromium keeps for the desktop app (cache, cookies, local storage, GPU cache, crash
 * reports): a subfolder, so the data folder holds the student's work and little else.
 */
export function sessionDataDir(dataDir: string): string {
  return join(dataDir, SESSION_FOLDER)
}

/** The session subfolder's name in the data folder. */
export const SESSION_FOLDER = 'Session'

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

/**
 * The folder named by `--data DIR` (or `--data=DIR`) on the desktop app's command line, as the
 * browser host takes it, resolved against `cwd`; null when there is none. Everything else on the
 * line is left alone: Chromium's switches, Playwright's, and macOS's `-psn_…` all pass by here.
 */
export function dataDirArgument(argv: readonly string[], cwd: string): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!
    const value = arg === '--data' ? argv[i + 1] : arg.startsWith('--data=') ? arg.slice(7) : null
    if (value !== null && value !== undefined && value.trim() !== '') return resolve(cwd, value)
  }
  return null
}
