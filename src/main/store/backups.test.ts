import { readdir, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  chooseBackupsToKeep,
  fileTimestamp,
  findNewestValidBackup,
  parseBackupName,
  sortBackupsNewestFirst,
  writeBackup,
} from './backups'
import { realFs } from './durable-fs'
import { makeTempDir, storeWith } from '../../../test-support/store/test-data'
import { serializeStore } from './parse-store-file'

const HOUR = 60 * 60 * 1000
const NOW = new Date('2025-03-20T12:00:00.000Z')
const nameAt = (ms: number, serial = 0) =>
  `briefpack-${fileTimestamp(new Date(ms))}${serial ? `-${serial}` : ''}.json`
const hoursAgo = (h: number) => nameAt(NOW.getTime() - h * HOUR)

describe('backup names', () => {
  it('round-trip a moment, with an optional serial for two in one millisecond', () => {
    expect(hoursAgo(0)).toBe('briefpack-2025-03-20T12-00-00-000Z.json')
    expect(parseBackupName(hoursAgo(0))).toEqual({ time: NOW.getTime(), serial: 0 })
    expect(parseBackupName(nameAt(NOW.getTime(), 2))).toEqual({ time: NOW.getTime(), serial: 2 })
  })

  it('ignore anything else', () => {
    for (const name of ['briefpack.json', 'notes.txt', 'briefpack-2025-13-45T99-00-00-000Z.json']) {
      expect(parseBackupName(name), name).toBeNull()
    }
  })

  it('sort newest first, serials breaking ties', () => {
    const names = [hoursAgo(5), nameAt(NOW.getTime(), 1), 'x.txt', hoursAgo(0), hoursAgo(1)]
    expect(sortBackupsNewestFirst(names)).toEqual([
      nameAt(NOW.getTime(), 1),
      hoursAgo(0),
      hoursAgo(1),
      hoursAgo(5),
    ])
  })
})

describe('chooseBackupsToKeep', () => {
  it('keeps everything while there are at most 10', () => {
    const names = Array.from({ length: 10 }, (_, i) => hoursAgo(i * 30))
    expect(chooseBackupsToKeep(names, NOW)).toEqual(new Set(names))
  })

  it('keeps the newest 10 of a busy hour and drops the rest', () => {
    const names = Array.from({ length: 25 }, (_, i) => nameAt(NOW.getTime() - i * 60_000))
    const keep = chooseBackupsToKeep(names, NOW)
    expect([...keep].sort()).toEqual(names.slice(0, 10).sort())
  })

  it('also keeps the newest backup of each of the last 7 days, and nothing older', () => {
    // Every 2 hours for 10 days: 120 backups.
    const names = Array.from({ length: 120 }, (_, i) => hoursAgo(i * 2))
    const keep = chooseBackupsToKeep(names, NOW)
    const expected = new Set(names.slice(0, 10))
    // Day k covers (now - (k+1)·24 h, now - k·24 h]; its newest is k·24 h ago.
    for (let day = 0; day < 7; day++) expected.add(hoursAgo(day * 24))
    expect(keep).toEqual(expected)
    expect(keep.size).toBe(16) // day 0's newest is among the newest 10
    expect(keep.has(hoursAgo(7 * 24))).toBe(false)
  })

  it('leaves days without backups empty rather than reaching further back', () => {
    const names = [
      ...Array.from({ length: 12 }, (_, i) => hoursAgo(i * 0.1)),
      hoursAgo(3 * 24 + 5),
      hoursAgo(3 * 24 + 6),
      hoursAgo(30 * 24),
    ]
    const keep = chooseBackupsToKeep(names, NOW)
    expect(keep).toEqual(new Set([...names.slice(0, 10), hoursAgo(3 * 24 + 5)]))
  })

  it('never drops files that are not its own backups', () => {
    const names = [...Array.from({ length: 15 }, (_, i) => hoursAgo(i)), 'readme.txt']
    expect(chooseBackupsToKeep(names, NOW).has('readme.txt')).toBe(true)
  })
})

describe('writeBackup and findNewestValidBackup, on disk', () => {
  let cleanup: (() => Promise<void>) | undefined
  afterEach(() => cleanup?.())

  it('writes each backup under a new name and rotates the old ones away', async () => {
    const temp = await makeTempDir()
    cleanup = temp.cleanup
    const text = serializeStore(storeWith(1))
    // 15 backups an hour apart, then 2 in the same millisecond.
    for (let i = 14; i >= 0; i--) {
      await writeBackup(realFs, temp.dir, text, new Date(NOW.getTime() - i * HOUR))
    }
    const twice = await writeBackup(realFs, temp.dir, text, NOW)
    expect(twice).toBe(join(temp.dir, 'backups', nameAt(NOW.getTime(), 1)))
    const names = await readdir(join(temp.dir, 'backups'))
    expect(names).toHaveLength(10)
    expect(sortBackupsNewestFirst(names)[0]).toBe(nameAt(NOW.getTime(), 1))
  })

  it('finds the newest backup that is valid, skipping damaged ones', async () => {
    const temp = await makeTempDir()
    cleanup = temp.cleanup
    const folder = join(temp.dir, 'backups')
    await mkdir(folder)
    await writeFile(join(folder, hoursAgo(3)), serializeStore(storeWith(3)))
    await writeFile(join(folder, hoursAgo(2)), serializeStore(storeWith(2)))
    await writeFile(join(folder, hoursAgo(1)), '{"version":1,"annot') // cut short
    await writeFile(join(folder, hoursAgo(0)), '{"version":99}') // from a newer Briefpack
    const found = await findNewestValidBackup(realFs, temp.dir)
    expect(found?.path).toBe(join(folder, hoursAgo(2)))
    expect(found?.data.annotations).toHaveLength(2)
  })

  it('finds nothing when there is no backup folder', async () => {
    const temp = await makeTempDir()
    cleanup = temp.cleanup
    expect(await findNewestValidBackup(realFs, temp.dir)).toBeNull()
  })
})
