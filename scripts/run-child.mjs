import { spawn } from 'node:child_process'
import { constants } from 'node:os'

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP']

/**
 * Spawn a process, pass on the signals this one receives (so stopping the script stops it), and
 * resolve with the exit code to end with: the child's own, or 128 + signal number like a shell.
 *
 * Each signal reaches the child once. A terminal's Ctrl+C goes to its whole process group, npm
 * passes it on as well, and Electron's handling is one-shot (a second SIGINT kills it mid-save):
 * so on POSIX the child gets a process group of its own, out of the terminal's reach, and this
 * process forwards the first of each signal and no more. On Windows the console delivers Ctrl+C
 * to every process attached to it, and `kill` there would end the child at once: nothing is
 * forwarded.
 */
export function runForwardingSignals(command, args, options = {}) {
  const { onRepeatedSignal = () => {}, platform = process.platform, ...spawnOptions } = options
  const posix = platform !== 'win32'
  const child = spawn(command, args, { stdio: 'inherit', detached: posix, ...spawnOptions })
  const forwarded = new Set()
  const forward = (signal) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    if (forwarded.size > 0) {
      onRepeatedSignal(signal)
      return
    }
    forwarded.add(signal)
    if (posix) child.kill(signal)
  }
  // Should this process die without being signalled (an uncaught error), take the child along.
  const orphan = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  }
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward)
  process.on('exit', orphan)
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`)
      resolve(1)
    })
    child.once('exit', (code, signal) => {
      for (const name of FORWARDED_SIGNALS) process.off(name, forward)
      process.off('exit', orphan)
      resolve(code ?? 128 + (constants.signals[signal] ?? 0))
    })
  })
  return { child, exited, stopRequested: () => forwarded.size > 0 }
}
