import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Everything the bench must undo when it ends, however it ends: child processes (and the browser)
 * first, newest first, then temp folders. On Ctrl+C, `interrupt` stops the processes at once, so
 * whatever waits on them fails fast; folders are removed by `run` only once the bench has stopped,
 * because an in-flight store write would otherwise create its folder again.
 */
export class Cleanup {
  private readonly steps: (() => Promise<void>)[] = []
  private readonly dirs: string[] = []
  private interrupted = false

  /** Register a step (stopping a process) to run at `interrupt` or `run`, whichever comes first. */
  add(step: () => Promise<void>): void {
    this.steps.push(step)
  }

  /** A fresh folder under the system temp folder, removed at `run`. */
  async tempDir(prefix: string): Promise<string> {
    this.throwIfInterrupted()
    const dir = await mkdtemp(join(tmpdir(), `briefpack-bench-${prefix}-`))
    this.dirs.push(dir)
    return dir
  }

  /** Stop every process now and refuse new work; `run` still has to be called to remove folders. */
  async interrupt(): Promise<void> {
    this.interrupted = true
    await this.runSteps()
  }

  throwIfInterrupted(): void {
    if (this.interrupted) throw new Error('The bench was interrupted.')
  }

  /** Run every step, then remove every folder; one failure does not stop the rest. */
  async run(): Promise<void> {
    await this.runSteps()
    for (const dir of this.dirs.splice(0).reverse()) {
      await rm(dir, { recursive: true, force: true }).catch(report)
    }
  }

  private async runSteps(): Promise<void> {
    while (this.steps.length > 0) await this.steps.pop()!().catch(report)
  }
}

function report(error: unknown): void {
  console.error('bench: cleanup step failed:', error)
}
