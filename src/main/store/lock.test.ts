import { spawnSync } from 'node:child_process'
import { readFile, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exited, jsonLines, spawnScript } from '../../../test-support/store/child-process'
import { cleanupAfterEach } from '../../../test-support/store/cleanup'
import { storeWith } from '../../../test-support/store/test-data'
import { openStore, type StoreHandle } from './open-store'
import { StoreOpenError } from './store-errors'

const cleanup = cleanupAfterEach()
const tempDir = () => cleanup.tempDir()
const open = (dir: string) => cleanup.openStore(dir)
const refusal = (dir: string) =>
  openStore(dir).then(
    (store: StoreHandle) => store.close().then(() => null),
    (error: unknown) => error,
  )

/** A pid that existed a moment ago and no longer does. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

const lockAt = (dir: string) => join(dir, 'briefpack.lock')
const readLock = async (dir: string) => JSON.parse(await readFile(lockAt(dir), 'utf8'))

describe('the data folder lock', () => {
  it('records who holds it, and is released on close', async () => {
    const dir = await tempDir()
    const store = await openStore(dir, { now: () => new Date('2025-03-20T12:00:00Z') })
    expect(await readLock(dir)).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
      startedAt: '2025-03-20T12:00:00.000Z',
    })
    await store.close()
    await expect(readFile(lockAt(dir))).rejects.toThrow(/ENOENT/)
  })

  it('refuses a second open in the same process, naming the folder and the holder', async () => {
    const dir = await tempDir()
    await open(dir)
    const error = await refusal(dir)
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).problem).toBe('locked')
    expect((error as Error).message).toContain(`The data folder ${dir} is already open`)
    expect((error as Error).message).toContain(`process ${process.pid} on this computer`)
  })

  it('refuses a child process while this one holds the folder', async () => {
    const dir = await tempDir()
    await open(dir)
    const child = spawnScript('store-child.ts', ['open-once', dir])
    const answer = await jsonLines(child).next()
    expect(answer).toMatchObject({ ok: false, problem: 'locked' })
    expect(answer.message).toContain(dir)
    expect(answer.message).toContain(`process ${process.pid}`)
  })

  it('refuses this process while a child holds it, and takes over once the child is killed', async () => {
    const dir = await tempDir()
    const child = spawnScript('store-child.ts', ['hold', dir])
    cleanup.last(async () => child.kill('SIGKILL'))
    const lines = jsonLines(child)
    const { pid } = await lines.next()
    const error = await refusal(dir)
    expect((error as Error).message).toContain(`process ${pid} on this computer`)

    child.kill('SIGKILL')
    await exited(child)
    expect((await readLock(dir)).pid).toBe(pid) // the dead child's lock is still there
    const store = await open(dir)
    expect(await store.commit(storeWith(1))).toEqual({ saved: true })
    expect((await readLock(dir)).pid).toBe(process.pid)
  })

  it('takes over a stale lock whose pid is dead on this computer', async () => {
    const dir = await tempDir()
    const stale = {
      pid: deadPid(),
      hostname: hostname(),
      program: 'node',
      startedAt: 'x',
      token: 't',
    }
    await writeFile(lockAt(dir), JSON.stringify(stale))
    await open(dir)
    expect(await readLock(dir)).toMatchObject({ pid: process.pid })
  })

  it('takes over a lock with this process’s pid that this process does not hold (an earlier run)', async () => {
    const dir = await tempDir()
    const earlier = {
      pid: process.pid,
      hostname: hostname(),
      program: 'node',
      startedAt: 'x',
      token: 'old',
    }
    await writeFile(lockAt(dir), JSON.stringify(earlier))
    await open(dir)
    expect((await readLock(dir)).token).not.toBe('old')
  })

  it('refuses a lock from another computer: it cannot tell whether that one is alive', async () => {
    const dir = await tempDir()
    const other = {
      pid: 1,
      hostname: 'library-pc-7',
      program: 'Briefpack',
      startedAt: 'x',
      token: 't',
    }
    await writeFile(lockAt(dir), JSON.stringify(other))
    const error = await refusal(dir)
    expect((error as Error).message).toMatch(/process 1 on another computer \(library-pc-7\)/)
  })

  it('waits on an unreadable lock just created, but takes over an old one', async () => {
    const dir = await tempDir()
    await writeFile(lockAt(dir), '')
    expect(((await refusal(dir)) as Error).message).toMatch(/opening the data folder .* right now/)
    const old = new Date(Date.now() - 60_000)
    await utimes(lockAt(dir), old, old)
    await open(dir)
    expect((await readLock(dir)).pid).toBe(process.pid)
  })

  it('lets only one of several simultaneous opens win', async () => {
    const dir = await tempDir()
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => openStore(dir)))
    const winners = results.filter((r) => r.status === 'fulfilled')
    expect(winners).toHaveLength(1)
    for (const w of winners) await (w as PromiseFulfilledResult<StoreHandle>).value.close()
  })
})
