// start.mjs in miniature, for run-child's tests: run the signal recorder through
// runForwardingSignals and end with its exit code.
import { fileURLToPath } from 'node:url'
import { runForwardingSignals } from '../../scripts/run-child.mjs'

const recorder = fileURLToPath(new URL('./signal-recorder.mjs', import.meta.url))
const { exited } = runForwardingSignals(process.execPath, [recorder], {
  onRepeatedSignal: (signal) => console.error(`repeated ${signal}`),
})
process.exitCode = await exited
