import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import type { StoreData } from '../../shared/model/store-data'
import { emptyStore } from './default-codebook'
import { flakyFs } from '../../../test-support/store/flaky-fs'
import { cleanupAfterEach } from '../../../test-support/store/cleanup'
import { makeAnnotation, storeWith, withOneMore } from '../../../test-support/store/test-data'
import { openStore, type StoreHandle } from './open-store'
import { parseStoreFile } from './parse-store-file'

/** A temp data folder, and stores opened in it closed after the test. */
const cleanup = cleanupAfterEach()
const tempDir = () => cleanup.tempDir()
const open = (dir: string, options?: Parameters<typeof openStore>[1]) =>
  cleanup.openStore(dir, options)
const onDisk = async (dir: string) => {
  const parsed = parseStoreFile(await readFile(join(dir, 'briefpack.json')))
  if (parsed.status !== 'ok') throw new Error(`not ok: ${JSON.stringify(parsed)}`)
  return parsed.data
}

describe('openStore on a new or existing folder', () => {
  it('starts a missing folder with the default codebook, not as a recovery', async () => {
    const dir = join(await tempDir(), 'nested', 'Briefpack')
    const store = await open(dir)
    expect(store.read()).toEqual(emptyStore())
    expect(store.status()).toEqual({
      dataDir: dir,
      pendingWrites: 0,
      lastSavedAt: null,
      lastError: null,
      recovery: null,
      storeSession: expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
    expect(existsSync(join(dir, 'briefpack.lock'))).toBe(true)
  })

  it('reads back what was committed, after close and reopen', async () => {
    const dir = await tempDir()
    const store = await openStore(dir, { now: () => new Date('2025-03-01T10:00:00Z') })
    expect(await store.commit(storeWith(3))).toEqual({ saved: true })
    expect(store.status().lastSavedAt).toBe('2025-03-01T10:00:00.000Z')
    await store.close()
    expect(existsSync(join(dir, 'briefpack.lock'))).toBe(false)
    const again = await open(dir)
    expect(again.read()).toEqual(storeWith(3))
    expect(again.status().recovery).toBeNull()
  })

  it('refuses a file from a newer Briefpack, leaving it byte for byte as it was', async () => {
    const dir = await tempDir()
    const newer = JSON.stringify({ ...storeWith(1), version: 2, somethingNew: true })
    await writeFile(join(dir, 'briefpack.json'), newer)
    const error = await openStore(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as Error).message).toMatch(
      /briefpack\.json was made by a newer version of Briefpack .*Update Briefpack to open it/,
    )
    expect(await readFile(join(dir, 'briefpack.json'), 'utf8')).toBe(newer)
    expect((await readdir(dir)).sort()).toEqual(['briefpack.json']) // no backup, no lock left
  })
})

describe('commit', () => {
  it('saves 1,000 rapid commits, in order, in far fewer writes', async () => {
    const dir = await tempDir()
    const { fs, state } = flakyFs()
    const store = await open(dir, { fs })
    let data = store.read()
    const outcomes: Promise<unknown>[] = []
    for (let n = 0; n < 1000; n++) {
      data = withOneMore(data, n)
      outcomes.push(store.commit(data)) // not awaited one by one
    }
    expect(store.read().annotations).toHaveLength(1000)
    await store.flush()
    expect(store.status().pendingWrites).toBe(0)
    expect(await Promise.all(outcomes)).toEqual(Array(1000).fill({ saved: true }))
    const saved = await onDisk(dir)
    expect(saved.annotations.map((a) => a.id)).toEqual(
      Array.from({ length: 1000 }, (_, n) => `a-${n}`),
    )
    expect(state.storeWrites).toBeGreaterThan(0)
    expect(state.storeWrites).toBeLessThan(20)
  })

  it('refuses an invalid state with an AppError and keeps the previous state', async () => {
    const dir = await tempDir()
    const store = await open(dir)
    await store.commit(storeWith(1))
    const bad = withOneMore(storeWith(1), 0) // a-0 twice
    await expect(store.commit(bad)).rejects.toThrow(
      /refused a change .*annotations\[1\]\.id: "a-0" is used by two annotations.*Nothing was changed/,
    )
    await expect(store.commit(bad)).rejects.toBeInstanceOf(AppError)
    expect(store.read()).toEqual(storeWith(1))
    await store.flush()
    expect(await onDisk(dir)).toEqual(storeWith(1))
  })

  it('keeps what was committed apart from later changes to the caller’s object', async () => {
    const dir = await tempDir()
    const store = await open(dir)
    const next = storeWith(1)
    await store.commit(next)
    // The committed records are frozen, the caller's own objects included.
    expect(() => (next.annotations[0]!.note = 'changed after commit')).toThrow(TypeError)
    expect(() => (next.annotations[0]!.target.position.start = 5)).toThrow(TypeError)
    expect(() => next.annotations[0]!.tagIds.push('role-lesson' as never)).toThrow(TypeError)
    // The lists of the caller's state are not the store's: changing them changes nothing saved.
    next.annotations.push(makeAnnotation(7))
    expect(store.read().annotations).toHaveLength(1)
    expect(store.read().annotations[0]!.note).toBe(makeAnnotation(0).note)
    await store.flush()
    expect(await onDisk(dir)).toEqual(storeWith(1))
  })

  it('refuses a state that keeps the committed records but adds an invalid one', async () => {
    const dir = await tempDir()
    const store = await open(dir)
    await store.commit(storeWith(3))
    const before = store.read()
    const fileBefore = await readFile(join(dir, 'briefpack.json'))
    const bad = makeAnnotation(3, { createdAt: 'yesterday' })
    const next = { ...before, annotations: [...before.annotations, bad] }
    await expect(store.commit(next)).rejects.toThrow(/annotations\[3\]\.createdAt: must be an ISO/)
    // A validated record in a state that breaks a reference is refused too.
    const orphaned = { ...before, tags: before.tags.filter((t) => t.id !== 'role-claim') }
    await expect(store.commit(orphaned)).rejects.toThrow(/refers to tag "role-claim"/)
    expect(store.read()).toBe(before)
    expect(Object.isFrozen(bad)).toBe(false)
    await store.flush()
    expect((await readFile(join(dir, 'briefpack.json'))).equals(fileBefore)).toBe(true)
  })

  it('writes exactly JSON.stringify of each state, reusing the records it already has', async () => {
    const dir = await tempDir()
    const store = await open(dir)
    const steps: ((s: StoreData) => StoreData)[] = [
      () => storeWith(5),
      (s) => withOneMore(s, 5),
      (s) => ({
        ...s,
        annotations: s.annotations.map((a, i) => (i === 2 ? { ...a, note: '“é” 🧑‍🏫' } : a)),
      }),
      (s) => ({ ...s, annotations: s.annotations.filter((_, i) => i !== 0) }),
      (s) => ({
        ...s,
        tags: [
          ...s.tags,
          { name: 'New', colour: '#000000', description: '', group: '', id: 'new' as never },
        ],
      }),
    ]
    for (const step of steps) {
      const previous = store.read()
      expect(await store.commit(step(previous))).toEqual({ saved: true })
      const state = store.read()
      // Records the step did not touch are the very objects of the previous state.
      for (const a of state.annotations) {
        const was = previous.annotations.find((p) => p.id === a.id)
        if (was && JSON.stringify(was) === JSON.stringify(a)) expect(a).toBe(was)
      }
      const file = await readFile(join(dir, 'briefpack.json'))
      expect(file.toString('utf8')).toBe(JSON.stringify(state) + '\n')
      expect(await onDisk(dir)).toEqual(state)
    }
  })

  it('hands out deeply frozen states, from open and from commit', async () => {
    const dir = await tempDir()
    const frozenThrough = (value: unknown): boolean =>
      typeof value !== 'object' ||
      value === null ||
      (Object.isFrozen(value) && Object.values(value).every(frozenThrough))
    const store = await openStore(dir)
    expect(frozenThrough(store.read())).toBe(true)
    await store.commit(storeWith(2))
    expect(frozenThrough(store.read())).toBe(true)
    await store.close()
    const again = await open(dir)
    expect(frozenThrough(again.read())).toBe(true)
    expect(again.read()).toEqual(storeWith(2))
  })

  it('on a failed write: answers saved:false, keeps the change, retries until the disk works', async () => {
    const dir = await tempDir()
    const { fs, state } = flakyFs()
    const store = await open(dir, { fs, retry: { firstDelayMs: 20, maxDelayMs: 80 } })
    await store.commit(storeWith(1))

    state.failWith = 'ENOSPC'
    const outcome = await store.commit(storeWith(2))
    expect(outcome).toEqual({ saved: false, message: expect.stringMatching(/disk is full/) })
    const status = store.status()
    expect(status.lastError).toMatch(
      /could not save your latest changes to .*briefpack\.json: the disk is full\. Your changes are kept .* keep trying/,
    )
    expect(status.pendingWrites).toBe(1)
    expect(store.read()).toEqual(storeWith(2))
    expect((await onDisk(dir)).annotations).toHaveLength(1)
    // Several retries fail meanwhile; none of them loses the change.
    await new Promise((r) => setTimeout(r, 150))
    expect(store.status().lastError).not.toBeNull()

    state.failWith = null
    await expect.poll(() => store.status().pendingWrites, { timeout: 2000 }).toBe(0)
    expect(store.status().lastError).toBeNull()
    expect(await onDisk(dir)).toEqual(storeWith(2))
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('rejects commits after close, and close can be called twice', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.close()
    await store.close()
    await expect(store.commit(storeWith(1))).rejects.toThrow(
      /closing, so this change was not saved/,
    )
  })

  it('close waits for the last write', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    void store.commit(storeWith(5))
    await store.close()
    expect((await onDisk(dir)).annotations).toHaveLength(5)
  })
})

describe('backups while working', () => {
  it('backs up, at open, the file exactly as it was read', async () => {
    const dir = await tempDir()
    const first = await open(dir, { now: () => new Date('2025-03-01T10:00:00.000Z') })
    await first.commit(storeWith(2))
    await first.close()
    const onDiskBytes = await readFile(join(dir, 'briefpack.json'))
    await rm(join(dir, 'backups'), { recursive: true })
    await (await open(dir, { now: () => new Date('2025-03-01T11:00:00.000Z') })).close()
    const [backup, ...others] = await readdir(join(dir, 'backups'))
    expect(others).toEqual([])
    expect((await readFile(join(dir, 'backups', backup!))).equals(onDiskBytes)).toBe(true)
  })

  it('backs up what was loaded at open, then at most every 10 minutes of changes', async () => {
    const dir = await tempDir()
    let now = new Date('2025-03-01T10:00:00.000Z')
    const clock = () => now
    const first = await open(dir, { now: clock })
    await first.commit(storeWith(1)) // a fresh store's first save is backed up
    now = new Date('2025-03-01T10:05:00.000Z')
    await first.commit(storeWith(2)) // within 10 minutes: no backup
    now = new Date('2025-03-01T10:10:00.000Z')
    await first.commit(storeWith(3)) // 10 minutes after the last: backup
    now = new Date('2025-03-01T10:15:00.000Z')
    await first.commit(storeWith(4)) // within 10 minutes: no backup
    await first.close()
    now = new Date('2025-03-01T11:00:00.000Z')
    const second: StoreHandle = await open(dir, { now: clock }) // open: backup of what it loaded
    await second.close()
    now = new Date('2025-03-01T12:00:00.000Z')
    await (await open(dir, { now: clock })).close() // unchanged since the last backup: none

    const backups = (await readdir(join(dir, 'backups'))).sort()
    expect(backups).toEqual([
      'briefpack-2025-03-01T10-00-00-000Z.json',
      'briefpack-2025-03-01T10-10-00-000Z.json',
      'briefpack-2025-03-01T11-00-00-000Z.json',
    ])
    const counts = await Promise.all(
      backups.map(async (name) => {
        const parsed = parseStoreFile(await readFile(join(dir, 'backups', name)))
        return parsed.status === 'ok' ? parsed.data.annotations.length : -1
      }),
    )
    expect(counts).toEqual([1, 3, 4])
    expect(parseStoreFile(await readFile(join(dir, 'backups', backups[2]!)))).toMatchObject({
      data: storeWith(4),
    })
  })
})
