import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const wrapper = fileURLToPath(
  new URL('../test-support/scripts/forwarding-wrapper.mjs', import.meta.url),
)

/** The wrapper in a process group of its own, as a terminal runs `npm start`. */
function startWrapper() {
  const child = spawn(process.execPath, [wrapper], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const ready = new Promise<void>((resolve) =>
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line)
      if (line === 'ready') resolve()
    }),
  )
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  return { child, lines, ready, exited, stderr: () => stderr }
}

describe.skipIf(process.platform === 'win32')('runForwardingSignals', () => {
  it('lets one Ctrl+C in the terminal reach the child once, not twice', async () => {
    const run = startWrapper()
    await run.ready
    // What a terminal's Ctrl+C does: SIGINT to every process in the foreground group.
    process.kill(-run.child.pid!, 'SIGINT')
    expect(await run.exited).toBe(0)
    expect(run.lines.filter((line) => line !== 'ready')).toEqual(['SIGINT'])
  })

  it('passes on the first signal only, however many arrive while the child stops', async () => {
    const run = startWrapper()
    await run.ready
    process.kill(run.child.pid!, 'SIGINT')
    process.kill(run.child.pid!, 'SIGINT')
    process.kill(run.child.pid!, 'SIGTERM')
    expect(await run.exited).toBe(0)
    expect(run.lines.filter((line) => line !== 'ready')).toEqual(['SIGINT'])
    expect(run.stderr()).toMatch(/repeated SIG(INT|TERM)/)
  })
})
