// `npm run export -- --data DIR --out FILE.pdf [...]`: a briefing pack without the app, built
// first if needed. See `npm run export -- --help`.
import { join } from 'node:path'
import { buildIfNeeded, PROJECT_ROOT } from './build-if-needed.mjs'
import { runForwardingSignals } from './run-child.mjs'

buildIfNeeded(PROJECT_ROOT)
const { exited } = runForwardingSignals(process.execPath, [
  join(PROJECT_ROOT, 'out', 'main', 'export.js'),
  ...process.argv.slice(2),
])
process.exitCode = await exited
