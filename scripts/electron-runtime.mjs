import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** @electron/get's default: Electron's releases on GitHub. */
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/'
/** No byte for this long and the download is given up (the network is closed, or a proxy hangs). */
export const DEFAULT_STALL_SECONDS = 20
/** However slow, a download that still makes progress may take this long. */
const MAX_DOWNLOAD_MS = 30 * 60_000

/**
 * Where Electron's runtime binary is, mirroring how the electron package finds it, or why it is
 * not there. Never `require('electron')`: when the binary is missing, that starts a download.
 */
export function findElectronBinary(root, env = process.env) {
  const packageDir = electronPackageDir(root)
  if (!packageDir) return { found: false, reason: 'the electron npm package is not installed' }
  const pathFile = join(packageDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  let binary
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
  } else if (executable) {
    binary = join(packageDir, 'dist', executable)
  } else {
    return { found: false, reason: `${pathFile} is missing` }
  }
  return existsSync(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `${binary} is missing` }
}

function electronPackageDir(root) {
  try {
    return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'))
  } catch {
    return null
  }
}

/**
 * The URL electron's install script downloads from, read the way @electron/get reads it: an
 * `electron_mirror` from .npmrc or package.json, or ELECTRON_MIRROR, else GitHub.
 */
export function electronDownloadUrl(
  root,
  env = process.env,
  platform = process.platform,
  arch = process.arch,
) {
  const packageDir = electronPackageDir(root)
  const version = packageDir
    ? JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version
    : '0.0.0'
  const setting = (name) =>
    env[`npm_config_electron_${name}`] ||
    env[`NPM_CONFIG_ELECTRON_${name.toUpperCase()}`] ||
    env[`npm_package_config_electron_${name}`] ||
    env[`ELECTRON_${name.toUpperCase()}`]
  const base = setting('mirror') || DEFAULT_MIRROR
  const folder = (setting('custom_dir') || `v${version}`).replace('{{ version }}', version)
  return `${base}${folder}/electron-v${version}-${platform}-${arch}.zip`
}

/**
 * Fetch Electron's runtime the way the electron package does: its own install script
 * (`node_modules/electron/install.js`, the `install-electron` bin), which downloads, checks and
 * unpacks it. Its temporary folder is ours, so the bytes arriving there are the progress: they
 * are reported to `onProgress`, and the download is stopped once none has arrived for
 * `stallSeconds` (no hang where the network is closed).
 *
 * Resolves with the binary's path, or with why it could not be had and how to fix that.
 */
export async function installElectronRuntime(root, options = {}) {
  const env = options.env ?? process.env
  const stallMs = (options.stallSeconds ?? DEFAULT_STALL_SECONDS) * 1000
  const onProgress = options.onProgress ?? (() => {})
  const url = electronDownloadUrl(root, env)
  const packageDir = electronPackageDir(root)
  const script = packageDir && join(packageDir, 'install.js')
  if (!script || !existsSync(script)) {
    return failure(
      'the electron npm package is not installed',
      'Run `npm install`, then `npm start` again.',
    )
  }
  const temp = await mkdtemp(join(tmpdir(), 'briefpack-electron-download-'))
  try {
    const run = await runInstaller(script, {
      cwd: packageDir,
      // @electron/get downloads into os.tmpdir(); its own progress bar would fight ours.
      env: { ...env, TMPDIR: temp, TMP: temp, TEMP: temp, ELECTRON_GET_NO_PROGRESS: '1' },
      // Bytes arriving in the download folder, or unpacked into dist/: both are progress.
      watched: [temp, join(packageDir, 'dist')],
      stallMs,
      onProgress,
    })
    const binary = findElectronBinary(root, env)
    if (run.code === 0 && binary.found) return { ok: true, path: binary.path }
    if (run.code === 0) {
      return failure(
        `its installer finished, but ${binary.reason}`,
        'Check ELECTRON_OVERRIDE_DIST_PATH (it names a folder that should hold Electron), or unset it.',
      )
    }
    if (run.stalled) {
      return failure(
        `no data arrived from ${new URL(url).host} for ${stallMs / 1000} s`,
        networkFix(url),
      )
    }
    return failure(await explainInstallerOutput(run.stderr, url), networkFixFor(run.stderr, url))
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}

function failure(reason, fix) {
  return { ok: false, reason: `Electron’s runtime could not be downloaded: ${reason}`, fix }
}

function runInstaller(script, { cwd, env, watched, stallMs, onProgress }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], {
      cwd,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-20_000)))
    const before = watched.reduce((sum, dir) => sum + bytesUnder(dir), 0)
    let received = 0
    let last = 0
    let lastChange = Date.now()
    let stalled = false
    const started = Date.now()
    const watch = setInterval(
      () => {
        const size = watched.reduce((sum, dir) => sum + bytesUnder(dir), 0) - before
        // Any change counts as life: the download growing, then moving into the cache, then unpacking.
        if (size !== last) {
          last = size
          lastChange = Date.now()
        }
        if (size > received) {
          received = size
          onProgress(received)
        }
        if (Date.now() - lastChange >= stallMs || Date.now() - started >= MAX_DOWNLOAD_MS) {
          stalled = true
          child.kill('SIGTERM')
        }
      },
      Math.min(250, stallMs / 4),
    )
    child.once('error', (error) => {
      clearInterval(watch)
      resolve({ code: 1, stalled, stderr: error.message })
    })
    child.once('exit', (code) => {
      clearInterval(watch)
      resolve({ code: code ?? 1, stalled, stderr })
    })
  })
}

function bytesUnder(dir) {
  let total = 0
  for (const name of safeReaddir(dir)) {
    const path = join(dir, name)
    try {
      const info = statSync(path)
      total += info.isDirectory() ? bytesUnder(path) : info.size
    } catch {
      // Moved away meanwhile (into the cache, or unpacked): counted already.
    }
  }
  return total
}

function safeReaddir(dir) {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/**
 * Why the install script failed, in words: its own error line when it names the cause (an HTTP
 * status, a checksum, the disk), else, for a bare "fetch failed", what asking the server again
 * tells (its name not found, the connection refused or cut, a certificate a proxy replaced).
 */
export async function explainInstallerOutput(stderr, url) {
  const http = /Response code (\d+) \(([^)]*)\)/.exec(stderr)
  if (http) return `the download server answered “${http[1]} ${http[2]}” for ${url}`
  if (/checksum/i.test(stderr))
    return 'the downloaded file was damaged or altered (its checksum did not match)'
  if (/ENOSPC/.test(stderr)) return 'the disk is full'
  if (/EACCES|EPERM/.test(stderr))
    return 'node_modules/electron cannot be written to (permission denied)'
  if (/fetch failed|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET/.test(stderr))
    return describeUnreachable(url)
  const line = stderr
    .split('\n')
    .find((text) => /Error/.test(text))
    ?.trim()
  return line || 'the install script failed without saying why'
}

/** Ask the download server for nothing, to learn why it cannot be reached. */
export async function describeUnreachable(url) {
  const { host, origin } = new URL(url)
  try {
    await fetch(origin, { method: 'HEAD', signal: AbortSignal.timeout(5000) })
    return `the connection to ${host} failed during the download`
  } catch (error) {
    const code = error?.cause?.code ?? error?.name
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return `${host} could not be found (this machine has no internet access, or its name is blocked)`
    }
    if (code === 'ECONNREFUSED') return `the connection to ${host} was refused`
    if (code === 'ECONNRESET')
      return `the connection to ${host} was cut off (a firewall may block it)`
    if (code === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
      return `${host} did not answer (a firewall may be dropping the connection)`
    }
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(String(code))) {
      return `the secure connection to ${host} was intercepted (${code}): a proxy or firewall replaces its certificate`
    }
    return `${host} could not be reached (${code ?? error?.message})`
  }
}

function networkFixFor(stderr, url) {
  if (/ENOSPC/.test(stderr)) return 'Free some disk space, then run `npm start` again.'
  if (/EACCES|EPERM/.test(stderr)) {
    return 'Make node_modules writable by your user (do not use sudo for npm), then run `npm start` again.'
  }
  return networkFix(url)
}

function networkFix(url) {
  const host = new URL(url).host
  return [
    `Connect to the internet (or ask for ${host} to be allowed), or set ELECTRON_MIRROR to a`,
    'mirror of Electron’s releases that this machine can reach; then run `npm start` again, or',
    '`npx install-electron` to fetch the runtime alone.',
  ].join(' ')
}
