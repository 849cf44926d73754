import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { afterEach, describe, expect, it } from 'vitest'
import type { StoreData } from '../../shared/model/store-data'
import { emptyStore } from './default-codebook'
import { DurableAdapter } from './durable-adapter'
import { realFs } from './durable-fs'
import { makeTempDir, storeWith } from '../../../test-support/store/test-data'
import { loadStore } from './load-store'
import { serializeStore } from './parse-store-file'

/**
 * Version 1 is the first, so no real file can need migrating yet. This adapter reports the file
 * it read as migrated from version 0, to exercise what loadStore does after a migration.
 */
class PretendMigrated extends DurableAdapter {
  override async read() {
    const data = await super.read()
    this.migratedFrom = 0
    return data
  }
}

describe('loadStore after a migration', () => {
  let cleanup: (() => Promise<void>) | undefined
  afterEach(() => cleanup?.())

  it('keeps the original file beside the store and saves the upgraded one', async () => {
    const temp = await makeTempDir()
    cleanup = temp.cleanup
    const dir = temp.dir
    const original = JSON.stringify(storeWith(2), null, 4) // not how Briefpack writes it
    await writeFile(join(dir, 'briefpack.json'), original)
    const adapter = new PretendMigrated(join(dir, 'briefpack.json'), realFs)
    const db = new Low<StoreData>(adapter, emptyStore())
    const now = () => new Date('2025-03-20T12:00:00.000Z')
    const loaded = await loadStore({ fs: realFs, dataDir: dir, db, adapter, now, migrations: [] })

    expect(loaded).toEqual({ data: storeWith(2), source: 'file', recovery: null })
    const copy = join(dir, 'briefpack.v0-2025-03-20T12-00-00-000Z.json')
    expect(await readFile(copy, 'utf8')).toBe(original)
    expect(await readFile(join(dir, 'briefpack.json'), 'utf8')).toBe(serializeStore(storeWith(2)))
    expect((await readdir(dir)).sort()).toEqual([
      'briefpack.json',
      'briefpack.v0-2025-03-20T12-00-00-000Z.json',
    ])
  })
})
