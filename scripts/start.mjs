// `npm start`: the Electron app when its runtime is installed, otherwise the browser version
// (the same app over loopback HTTP), opened in a browser when one is found. Builds first if needed.
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { buildIfNeeded, PROJECT_ROOT } from './build-if-needed.mjs'
import { findElectronBinary } from './electron-runtime.mjs'
import { openInBrowser } from './open-browser.mjs'
import { runForwardingSignals } from './run-child.mjs'

const args = process.argv.slice(2)
buildIfNeeded(PROJECT_ROOT)

const electron = findElectronBinary(PROJECT_ROOT)
if (electron.found) {
  // Set in some shells and CI images; it would make Electron run as plain Node.
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const { exited } = runForwardingSignals(electron.path, [PROJECT_ROOT, ...args], { env })
  process.exitCode = await exited
} else {
  console.error(
    [
      `Electron's runtime is not installed on this machine (${electron.reason}), so the desktop`,
      'app cannot start; its download may have been blocked. To install it, run',
      '`node node_modules/electron/install.js` (or `npx electron .`) with network access, then',
      '`npm start` again. Starting the browser version of Briefpack instead.',
      '',
    ].join('\n'),
  )
  const { child, exited } = runForwardingSignals(
    process.execPath,
    [join(PROJECT_ROOT, 'out', 'main', 'serve.js'), ...args],
    { stdio: ['inherit', 'pipe', 'inherit'] },
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
  process.exitCode = await exited
}
