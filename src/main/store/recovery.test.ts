import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyStore } from './default-codebook'
import { makeTempDir, storeWith } from '../../../test-support/store/test-data'
import { describeRecovery } from './load-store'
import { openStore } from './open-store'
import { serializeStore } from './parse-store-file'

const NOW = new Date('2025-03-20T12:00:00.000Z')
const now = () => NOW
const valid = serializeStore(storeWith(4))
const asBytes = (s: string) => Buffer.from(s, 'utf8')

/** Damaged store files, as a crash, a disk fault or another program might leave them. */
const DAMAGED: [string, Buffer, RegExp][] = [
  ['an empty file', Buffer.alloc(0), /the file is empty/],
  ['a file of spaces and newlines', asBytes('  \n\n '), /the file is empty/],
  ['truncated JSON', asBytes(valid.slice(0, valid.length / 2)), /cut short/],
  ['JSON cut after a property value', asBytes('{"version":1'), /cut short/],
  ['a NUL-filled file', Buffer.alloc(4096), /zero bytes/],
  ['NULs after valid JSON', Buffer.concat([asBytes(valid), Buffer.alloc(64)]), /zero bytes/],
  [
    'a BOM-prefixed file',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), asBytes(valid)]),
    /byte-order mark/,
  ],
  ['garbage', asBytes('<html>Not found</html>'), /not valid JSON/],
  ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /not UTF-8/],
  ['JSON null', asBytes('null'), /does not hold a Briefpack store/],
  ['JSON with no version', asBytes('{"annotations":[]}'), /no valid version/],
  [
    'valid JSON of the wrong shape',
    asBytes(JSON.stringify({ ...storeWith(1), tags: 'none' })),
    /its data is not valid \(tags: must be a list\)/,
  ],
  [
    'an annotation tagged with a tag that does not exist',
    asBytes(JSON.stringify({ ...storeWith(1), tags: [] })),
    /refers to tag "role-claim", which does not exist/,
  ],
]

describe('recovery at open', () => {
  let cleanup: (() => Promise<void>) | undefined
  afterEach(() => cleanup?.())

  async function folderWith(file: Buffer, backups: Record<string, string>) {
    const temp = await makeTempDir()
    cleanup = temp.cleanup
    await mkdir(join(temp.dir, 'backups'))
    for (const [name, text] of Object.entries(backups)) {
      await writeFile(join(temp.dir, 'backups', name), text)
    }
    await writeFile(join(temp.dir, 'briefpack.json'), file)
    return temp.dir
  }

  it.each(DAMAGED)(
    'from %s: moves it aside untouched and restores the newest valid backup',
    async (_what, bytes, reason) => {
      const dir = await folderWith(bytes, {
        'briefpack-2025-03-18T09-00-00-000Z.json': serializeStore(storeWith(2)),
        'briefpack-2025-03-19T09-00-00-000Z.json': serializeStore(storeWith(3)),
        'briefpack-2025-03-20T09-00-00-000Z.json': '{"version":1,"annotations":[', // damaged too
      })
      const store = await openStore(dir, { now })
      const recovery = store.status().recovery
      const movedTo = join(dir, 'briefpack.damaged-2025-03-20T12-00-00-000Z.json')
      expect(recovery).toEqual({
        damagedFileMovedTo: movedTo,
        restoredFrom: join(dir, 'backups', 'briefpack-2025-03-19T09-00-00-000Z.json'),
        reason: expect.stringMatching(reason),
      })
      expect(await readFile(movedTo)).toEqual(bytes)
      expect(store.read()).toEqual(storeWith(3))
      await store.close()

      // The restored state was written, so the next start is an ordinary one.
      const again = await openStore(dir, { now })
      expect(again.status().recovery).toBeNull()
      expect(again.read()).toEqual(storeWith(3))
      await again.close()
    },
  )

  it('starts from the default codebook when no backup is valid, and says so', async () => {
    const dir = await folderWith(Buffer.alloc(0), {
      'briefpack-2025-03-19T09-00-00-000Z.json': 'garbage',
    })
    const store = await openStore(dir, { now })
    expect(store.read()).toEqual(emptyStore())
    const recovery = store.status().recovery!
    expect(recovery.restoredFrom).toBeNull()
    expect(describeRecovery(recovery)).toBe(
      'Your saved work could not be read (the file is empty). No usable backup was found, so ' +
        'Briefpack started again with the default codebook. The damaged file was kept as ' +
        `${join(dir, 'briefpack.damaged-2025-03-20T12-00-00-000Z.json')}.`,
    )
    await store.close()
  })

  it('never overwrites an earlier damaged file', async () => {
    const dir = await folderWith(asBytes('second'), {})
    await writeFile(join(dir, 'briefpack.damaged-2025-03-20T12-00-00-000Z.json'), 'first')
    const store = await openStore(dir, { now })
    expect(store.status().recovery?.damagedFileMovedTo).toBe(
      join(dir, 'briefpack.damaged-2025-03-20T12-00-00-000Z-1.json'),
    )
    await store.close()
    const names = (await readdir(dir)).filter((n) => n.includes('damaged'))
    expect(names).toHaveLength(2)
    const read = (name: string) => readFile(join(dir, name), 'utf8')
    expect(await read('briefpack.damaged-2025-03-20T12-00-00-000Z.json')).toBe('first')
    expect(await read('briefpack.damaged-2025-03-20T12-00-00-000Z-1.json')).toBe('second')
  })

  it('tells the student which backup was used and where the damaged file is', async () => {
    const dir = await folderWith(asBytes('{'), {
      'briefpack-2025-03-19T09-00-00-000Z.json': serializeStore(storeWith(1)),
    })
    const store = await openStore(dir, { now })
    expect(describeRecovery(store.status().recovery!)).toMatch(
      /^Your saved work could not be read \(the file ends before its data does \(it was cut short\)\)\. Briefpack restored your work from the backup .*briefpack-2025-03-19T09-00-00-000Z\.json; changes made after that backup are not included\. The damaged file was kept as .*briefpack\.damaged-2025-03-20T12-00-00-000Z\.json\.$/,
    )
    await store.close()
  })
})
