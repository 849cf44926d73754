import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Annotation } from '../shared/model/annotation'
import type { Article } from '../shared/model/article'
import type { StoreData } from '../shared/model/store-data'
import type { WireResult } from '../shared/errors'
import { NEWS_ID } from '../../test-support/articles'
import { cleanupAfterEach } from '../../test-support/store/cleanup'
import { flakyFs } from '../../test-support/store/flaky-fs'
import { draftFor, loadBundledLibrary } from '../../test-support/workspace'
import { dispatch } from './dispatch'
import { startHost } from './host/server'
import type { Library } from './library/load-library'
import { createServices, type BriefingService } from './services'
import { STORE_FILE } from './store/open-store'
import { createWorkspace } from './workspace/workspace'

// Issue 11, case 6: a save that failed was answered as success. Every change is now answered with
// where it stands, through dispatch (both hosts) and over HTTP, against a real store on disk
// whose file system fails on demand (root ignores chmod, so a flaky fs stands in for a full disk).

const cleanup = cleanupAfterEach()
let library: Library
let news: Article

beforeAll(async () => {
  library = await loadBundledLibrary()
  news = library.get(NEWS_ID)
})

const noBriefing = new Proxy({} as BriefingService, {
  get: () => () => Promise.reject(new Error('not used in this test')),
})

async function servicesOnFlakyDisk() {
  const dir = await cleanup.tempDir()
  const { fs, state } = flakyFs()
  // Long retries: the only writes are the ones each test asks for.
  const store = await cleanup.openStore(dir, {
    fs,
    retry: { firstDelayMs: 60_000, maxDelayMs: 60_000 },
  })
  const workspace = createWorkspace({ store, library })
  const handlers = createServices({ library, workspace, briefing: noBriefing })
  const onDisk = async () => JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8')) as StoreData
  return { store, handlers, disk: state, onDisk }
}

describe('the answer to a change', () => {
  it('says on disk once the write is, and kept-but-not-saved, with the reason, when it fails', async () => {
    const { store, handlers, disk, onDisk } = await servicesOnFlakyDisk()
    const storeSession = store.status().storeSession

    const created = await dispatch(handlers, 'annotations:create', [
      draftFor(news, 'zero star rating'),
    ])
    expect(created).toMatchObject({
      ok: true,
      saved: { onDisk: true, problem: null, storeSession },
    })
    const { id } = (created as { value: Annotation }).value

    disk.failWith = 'ENOSPC'
    const noted = await dispatch(handlers, 'annotations:update', [
      id,
      { note: 'Written on a full disk.' },
    ])
    expect(noted).toEqual({
      ok: true,
      value: expect.objectContaining({ id, note: 'Written on a full disk.' }),
      saved: {
        onDisk: false,
        problem: expect.stringMatching(/the disk is full\. Your changes are kept/),
        storeSession,
      },
    })
    expect((await onDisk()).annotations[0]?.note).toBe('')

    // Space again: the next write holds both changes, and says so.
    disk.failWith = null
    const coloured = await dispatch(handlers, 'annotations:update', [id, { colour: 'pink' }])
    expect(coloured).toMatchObject({ ok: true, saved: { onDisk: true, problem: null } })
    expect((await onDisk()).annotations[0]).toMatchObject({
      note: 'Written on a full disk.',
      colour: 'pink',
    })
  })

  it('to a create sent again with its proposed id makes nothing new, and says whether that is on disk', async () => {
    const { store, handlers, disk, onDisk } = await servicesOnFlakyDisk()
    const draft = { ...draftFor(news, 'zero star rating'), id: crypto.randomUUID() }
    disk.failWith = 'EACCES'
    const first = await dispatch(handlers, 'annotations:create', [draft])
    expect(first).toMatchObject({ ok: true, value: { id: draft.id }, saved: { onDisk: false } })
    const again = await dispatch(handlers, 'annotations:create', [draft])
    expect(again).toMatchObject({
      ok: true,
      value: (first as { value: Annotation }).value,
      saved: { onDisk: false, problem: expect.stringMatching(/permission .* was refused/) },
    })
    expect(store.read().annotations).toHaveLength(1)
    disk.failWith = null
    await store.close()
    expect((await onDisk()).annotations.map((a) => a.id)).toEqual([draft.id])
  })

  it('carries the report over the browser host, beside the value', async () => {
    const { store, handlers, disk } = await servicesOnFlakyDisk()
    const host = await startHost({ handlers, rendererDir: await cleanup.tempDir() })
    cleanup.first(() => host.close())
    disk.failWith = 'EROFS'
    const response = await fetch(new URL('api/tags:create', host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([
        { name: 'Staffing', colour: '#aa5500', description: '', group: 'Theme' },
      ]),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as WireResult<unknown>
    expect(body).toMatchObject({
      ok: true,
      value: { name: 'Staffing' },
      saved: {
        onDisk: false,
        problem: expect.stringMatching(/the disk is read-only/),
        storeSession: store.status().storeSession,
      },
    })
  })

  it('is not given to a read, which changes nothing', async () => {
    const { handlers } = await servicesOnFlakyDisk()
    expect(await dispatch(handlers, 'tags:list', [])).not.toHaveProperty('saved')
  })
})
