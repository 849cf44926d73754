// `npm run serve -- [--port N] [--data DIR]`: Briefpack in a browser, built first if needed.
// The first line on stdout is the link to open.
import { join } from 'node:path'
import { buildIfNeeded, PROJECT_ROOT } from './build-if-needed.mjs'
import { runForwardingSignals } from './run-child.mjs'

buildIfNeeded(PROJECT_ROOT)
const { exited } = runForwardingSignals(process.execPath, [
  join(PROJECT_ROOT, 'out', 'main', 'serve.js'),
  ...process.argv.slice(2),
])
process.exitCode = await exited
