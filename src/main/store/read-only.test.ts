import { chmod, chown, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  exited,
  jsonLines,
  spawnScript,
  UNPRIVILEGED,
} from '../../../test-support/store/child-process'
import { cleanupAfterEach } from '../../../test-support/store/cleanup'
import { parseStoreFile } from './parse-store-file'

/**
 * Real permissions, not a simulation: the store runs in a child process as user nobody (root
 * ignores chmod). If setpriv is missing, spawnScript throws and these tests fail: they never skip.
 */
describe('a folder Briefpack may not write', () => {
  const cleanup = cleanupAfterEach()

  /** A temp folder that the unprivileged user can enter and list but not write. */
  async function rootOwnedFolder() {
    const dir = await cleanup.tempDir()
    await chmod(dir, 0o755)
    return dir
  }

  async function openAsUnprivileged(dir: string) {
    const child = spawnScript('store-child.ts', ['open-once', dir], { unprivileged: true })
    cleanup.last(() => exited(child))
    return jsonLines(child).next()
  }

  it('refuses to open, saying which folder and what to check', async () => {
    const dir = await rootOwnedFolder()
    const answer = await openAsUnprivileged(dir)
    expect(answer).toEqual({
      ok: false,
      problem: 'unwritable',
      message:
        `Briefpack cannot save in its data folder ${dir}: permission to write there was ` +
        'refused. Check that the folder exists, that you may write to it and that the disk has space.',
    })
  })

  it('refuses to create a data folder where it may not', async () => {
    const dir = join(await rootOwnedFolder(), 'Briefpack')
    const answer = await openAsUnprivileged(dir)
    expect(answer).toMatchObject({ ok: false, problem: 'unwritable' })
    expect(answer.message).toMatch(
      new RegExp(
        `^Briefpack cannot create its data folder ${dir}: permission to write there was refused\\.`,
      ),
    )
  })

  it('keeps a change made while the folder is read-only, and saves it once it is writable', async () => {
    const dir = join(await rootOwnedFolder(), 'data')
    await mkdir(dir)
    await chown(dir, UNPRIVILEGED.uid, UNPRIVILEGED.gid)
    cleanup.first(() => chmod(dir, 0o755)) // so cleanup can delete it even if a step fails

    const child = spawnScript('store-child.ts', ['commands', dir], { unprivileged: true })
    cleanup.last(async () => {
      child.stdin.end()
      await exited(child)
    })
    const lines = jsonLines(child)
    const send = (command: string) => {
      child.stdin.write(command + '\n')
      return lines.next()
    }
    expect(await lines.next()).toMatchObject({ ready: true })
    expect(await send('commit 0')).toMatchObject({ outcome: { saved: true }, count: 1 })

    await chmod(dir, 0o555)
    const failed = await send('commit 1')
    expect(failed.outcome).toEqual({
      saved: false,
      message: expect.stringMatching(/permission to write there was refused/),
    })
    expect(failed.count).toBe(2) // kept in memory
    expect(failed.status?.pendingWrites).toBe(1)
    expect(failed.status?.lastError).toBe(
      `Briefpack could not save your latest changes to ${join(dir, 'briefpack.json')}: ` +
        'permission to write there was refused. Your changes are kept while Briefpack stays ' +
        'open, and it will keep trying to save them.',
    )
    const onDisk = async () => {
      const parsed = parseStoreFile(await readFile(join(dir, 'briefpack.json')))
      return parsed.status === 'ok' ? parsed.data.annotations.map((a) => a.id) : parsed
    }
    expect(await onDisk()).toEqual(['a-0'])
    // Retries (every 50 ms in the child) keep failing while the folder stays read-only.
    await new Promise((r) => setTimeout(r, 300))
    expect((await send('status')).status?.lastError).not.toBeNull()

    await chmod(dir, 0o755)
    await expect
      .poll(async () => (await send('status')).status, { timeout: 5000, interval: 50 })
      .toMatchObject({ pendingWrites: 0, lastError: null })
    expect(await onDisk()).toEqual(['a-0', 'a-1'])
  })
})
