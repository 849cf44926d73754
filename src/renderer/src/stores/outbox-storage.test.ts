import { describe, expect, it, vi } from 'vitest'
import type { AnnotationId } from '../../../shared/model/annotation'
import { settled } from '../../../../test-support/outbox/fake-clock'
import { fakeLocks, memoryStorage } from '../../../../test-support/outbox/fake-storage'
import type { OutboxEntry } from './outbox'
import { keepOutboxInStorage, OUTBOX_KEY_PREFIX } from './outbox-storage'

const entry = (changeId: string, note = changeId): OutboxEntry => ({
  changeId,
  change: { channel: 'annotations:update', args: ['a1' as AnnotationId, { note }] },
  madeAt: '2026-11-23T10:00:00.000Z',
  keptBy: null,
})

function openPage(
  storage: Storage,
  locks: ReturnType<typeof fakeLocks>,
  page: number,
  dataDir = '/data',
) {
  const adopted: OutboxEntry[][] = []
  const trouble = vi.fn()
  const kept = keepOutboxInStorage({
    storage,
    locks: locks.forPage(page),
    dataDir,
    pageId: `page-${page}`,
    adopt: (entries) => adopted.push([...entries]),
    onTrouble: trouble,
  })
  return { kept, adopted, trouble }
}

describe('the outbox kept in the browser’s storage', () => {
  it('is under a key of the page’s own, with the data folder, and gone once empty', async () => {
    const storage = memoryStorage()
    const { kept } = openPage(storage, fakeLocks(), 0)
    const own = await kept
    own.save([entry('c1')])
    expect(JSON.parse(storage.getItem(`${OUTBOX_KEY_PREFIX}page-0`)!)).toEqual({
      dataDir: '/data',
      entries: [entry('c1')],
    })
    own.save([])
    expect(storage.length).toBe(0)
  })

  it('is taken over by the next page once the page that kept it has gone (a reload, a closed tab)', async () => {
    const storage = memoryStorage()
    const locks = fakeLocks()
    const first = await openPage(storage, locks, 0).kept
    first.save([entry('c1'), entry('c2')])

    const second = openPage(storage, locks, 1)
    await second.kept
    await settled()
    // The first page is still open: its changes are its own.
    expect(second.adopted).toEqual([])

    locks.closePage(0)
    await settled()
    expect(second.adopted).toEqual([[entry('c1'), entry('c2')]])
    expect(storage.getItem(`${OUTBOX_KEY_PREFIX}page-0`)).toBeNull()
  })

  it('takes over a page that closes later, once told of its key', async () => {
    const storage = memoryStorage()
    const locks = fakeLocks()
    const older = openPage(storage, locks, 0)
    await older.kept
    const newer = await openPage(storage, locks, 1).kept
    newer.save([entry('c9')])
    ;(await older.kept).watch(`${OUTBOX_KEY_PREFIX}page-1`)
    locks.closePage(1)
    await settled()
    expect(older.adopted).toEqual([[entry('c9')]])
  })

  it('leaves alone another data folder’s changes and anything malformed', async () => {
    const storage = memoryStorage()
    storage.setItem(
      `${OUTBOX_KEY_PREFIX}other`,
      JSON.stringify({ dataDir: '/else', entries: [entry('x')] }),
    )
    storage.setItem(`${OUTBOX_KEY_PREFIX}broken`, '{')
    storage.setItem(
      `${OUTBOX_KEY_PREFIX}partly`,
      JSON.stringify({
        dataDir: '/data',
        entries: [
          entry('ok'),
          { changeId: 3 },
          { ...entry('y'), change: { channel: 'history:undo', args: [] } },
        ],
      }),
    )
    const page = openPage(storage, fakeLocks(), 0)
    await page.kept
    await settled()
    expect(page.adopted).toEqual([[entry('ok')]])
    expect(storage.getItem(`${OUTBOX_KEY_PREFIX}other`)).not.toBeNull()
  })

  it('says so when the storage is full, and again when it is not', async () => {
    let full = true
    const storage = memoryStorage({ failWrites: () => full })
    const page = openPage(storage, fakeLocks(), 0)
    const own = await page.kept
    own.save([entry('c1')])
    expect(page.trouble).toHaveBeenLastCalledWith(expect.stringMatching(/storage .* is full/))
    full = false
    own.save([entry('c1')])
    expect(page.trouble).toHaveBeenLastCalledWith(null)
  })

  it('shares one key without Web Locks, so a reload still finds the changes', async () => {
    const storage = memoryStorage()
    const open = () =>
      keepOutboxInStorage({
        storage,
        locks: undefined,
        dataDir: '/data',
        pageId: 'unused',
        adopt: (entries) => adopted.push([...entries]),
        onTrouble: () => {},
      })
    const adopted: OutboxEntry[][] = []
    ;(await open()).save([entry('c1')])
    await open()
    expect(adopted).toEqual([[entry('c1')]])
  })
})
