// `npm start [-- --data DIR]`: the desktop app, wherever Electron can run. Builds first if
// needed; fetches Electron's runtime the first time (the electron package no longer does at
// install); falls back to the browser version (the same app over loopback HTTP, opened in a
// browser when one is found) only when the runtime cannot be had or cannot start, saying why and
// how to fix it.
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { buildIfNeeded, PROJECT_ROOT } from './build-if-needed.mjs'
import { hasNoDisplay, launchElectron } from './electron-launch.mjs'
import {
  DEFAULT_STALL_SECONDS,
  findElectronBinary,
  installElectronRuntime,
} from './electron-runtime.mjs'
import { openInBrowser } from './open-browser.mjs'
import { runForwardingSignals } from './run-child.mjs'

const args = process.argv.slice(2)
const onRepeatedSignal = () =>
  console.error('Briefpack is saving your work and stops as soon as that is done.')

buildIfNeeded(PROJECT_ROOT)
const outcome = await startDesktopApp()
process.exitCode = outcome.started ? outcome.code : await startBrowserVersion(outcome)

async function startDesktopApp() {
  // Set in some shells and CI images; it would make Electron run as plain Node.
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  let binary = findElectronBinary(PROJECT_ROOT, env)
  if (!binary.found) {
    const installed = await downloadRuntime(env)
    if (!installed.ok) return { started: false, ...installed }
    binary = { found: true, path: installed.path }
  }
  if (hasNoDisplay(env)) {
    return {
      started: false,
      reason:
        'there is no graphical display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)',
      fix: 'Run `npm start` from a desktop session, or use the browser version.',
    }
  }
  return launchElectron(binary.path, [PROJECT_ROOT, ...args], { env, onRepeatedSignal })
}

/** Fetch Electron's runtime with its own installer, showing progress, bounded by a stall limit. */
async function downloadRuntime(env) {
  const stallSeconds = Number(env.BRIEFPACK_DOWNLOAD_STALL_SECONDS) || DEFAULT_STALL_SECONDS
  console.error(
    'Fetching Electron’s runtime for the desktop app (once, about 100 MB). If no data arrives ' +
      `for ${stallSeconds} s, Briefpack starts its browser version instead.`,
  )
  const tty = process.stderr.isTTY
  let shown = 0
  const installed = await installElectronRuntime(PROJECT_ROOT, {
    env,
    stallSeconds,
    onProgress: (bytes) => {
      const megabytes = Math.floor(bytes / 1_000_000)
      if (tty) process.stderr.write(`\r  ${megabytes} MB received`)
      else if (megabytes >= shown + 10) console.error(`  ${megabytes} MB received`)
      shown = Math.max(shown, megabytes - (megabytes % 10))
    },
  })
  if (tty && shown > 0) process.stderr.write('\n')
  return installed
}

/** The browser version, with the reason the desktop app did not open. Resolves with its exit code. */
async function startBrowserVersion({ reason, fix }) {
  console.error(
    [
      `Briefpack’s desktop app cannot open here: ${reason}.`,
      `To fix this: ${fix}`,
      'Starting the browser version of Briefpack instead: the same app, with the same data folder.',
      '',
    ].join('\n'),
  )
  const { child, exited } = runForwardingSignals(
    process.execPath,
    [join(PROJECT_ROOT, 'out', 'main', 'serve.js'), ...args],
    { stdio: ['inherit', 'pipe', 'inherit'], onRepeatedSignal },
  )
  let first = true
  createInterface({ input: child.stdout }).on('line', (line) => {
    process.stdout.write(`${line}\n`)
    // The host prints its link first; the browser is a convenience, the printed link the promise.
    if (first && /^http:\/\//.test(line) && !process.env.BRIEFPACK_NO_BROWSER) {
      openInBrowser(line).catch(() => {})
    }
    first = false
  })
  return exited
}
