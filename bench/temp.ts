import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Everything the bench must undo when it ends, however it ends: temp folders and child processes.
 * Cleanups run newest first (stop a host before deleting the folder it writes to).
 */
export class Cleanup {
  private readonly steps: (() => Promise<void>)[] = []

  /** Register `step`; it runs once, at `run()`. */
  add(step: () => Promise<void>): void {
    this.steps.push(step)
  }

  /** A fresh folder under the system temp folder, deleted at `run()`. */
  async tempDir(prefix: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), `briefpack-bench-${prefix}-`))
    this.add(() => rm(dir, { recursive: true, force: true }))
    return dir
  }

  /** Run every registered step, newest first; one failing step does not stop the others. */
  async run(): Promise<void> {
    while (this.steps.length > 0) {
      const step = this.steps.pop()!
      await step().catch((error: unknown) => {
        console.error('bench: cleanup step failed:', error)
      })
    }
  }
}
