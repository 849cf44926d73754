import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/model/article'
import type { StoreData } from '../../shared/model/store-data'
import type { TagId } from '../../shared/model/tag'
import type { Library } from '../library/load-library'
import { STORE_FILE, openStore, type StoreHandle } from '../store/open-store'
import { draftFor, loadBundledLibrary } from '../../../test-support/workspace'
import { createWorkspace, type Workspace } from './workspace'
import { NEWS_ID, ROUND_UP_ID } from '../../../test-support/articles'

let library: Library
let news: Article
let dir: string
let store: StoreHandle
let workspace: Workspace
let ids = 0

const onDisk = async (): Promise<StoreData> =>
  JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8')) as StoreData

beforeAll(async () => {
  library = await loadBundledLibrary()
  news = library.get(NEWS_ID)
})

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefpack-workspace-'))
  store = await openStore(dir)
  workspace = createWorkspace({
    store,
    library,
    now: () => new Date('2026-11-23T10:00:00Z'),
    newId: () => `id-${++ids}`,
  })
})

afterEach(async () => {
  await store.close()
  await rm(dir, { recursive: true, force: true })
})

describe('the workspace against a real store on disk', () => {
  it('has a change on disk by the time it resolves', async () => {
    const { value: created } = await workspace.createAnnotation(
      draftFor(news, 'zero star rating', { tagIds: ['role-claim'] }),
    )
    expect((await onDisk()).annotations).toEqual([created])
    expect(workspace.listAnnotations(news.id)).toEqual([created])
    expect(workspace.listAnnotations(ROUND_UP_ID)).toEqual([])
    expect(workspace.status()).toMatchObject({ pendingWrites: 0, lastError: null, canUndo: true })
  })

  it('undoes and redoes changes, on disk too', async () => {
    const { value: created } = await workspace.createAnnotation(draftFor(news, 'zero star rating'))
    await workspace.updateAnnotation(created.id, { colour: 'pink' })
    await workspace.deleteAnnotation(created.id)
    expect((await onDisk()).annotations).toEqual([])

    expect((await workspace.undo()).value).toEqual({
      changed: true,
      description: 'delete highlight',
    })
    expect((await onDisk()).annotations.map((a) => a.colour)).toEqual(['pink'])
    expect((await workspace.undo()).value).toEqual({ changed: true, description: 'change colour' })
    expect((await onDisk()).annotations.map((a) => a.colour)).toEqual(['yellow'])
    expect((await workspace.redo()).value).toEqual({ changed: true, description: 'change colour' })
    expect((await onDisk()).annotations.map((a) => a.colour)).toEqual(['pink'])
    await workspace.undo()
    await workspace.undo()
    expect((await workspace.undo()).value).toEqual({ changed: false, description: null })
    expect(workspace.status()).toMatchObject({ canUndo: false, canRedo: true })
  })

  it('takes back a whole run of note typing in one undo', async () => {
    const { value: created } = await workspace.createAnnotation(draftFor(news, 'zero star rating'))
    for (const note of ['A', 'A c', 'A claim'])
      await workspace.updateAnnotation(created.id, { note })
    await workspace.undo()
    expect(workspace.listAnnotations(null)[0]?.note).toBe('')
  })

  it('undoes a tag merge across annotations in one step', async () => {
    await workspace.createAnnotation(draftFor(news, 'zero star rating', { tagIds: ['role-claim'] }))
    await workspace.mergeTags('role-claim' as TagId, 'role-evidence' as TagId)
    expect(workspace.listAnnotations(null)[0]?.tagIds).toEqual(['role-evidence'])
    expect(workspace.listTags().some((t) => t.id === 'role-claim')).toBe(false)
    await workspace.undo()
    expect(workspace.listAnnotations(null)[0]?.tagIds).toEqual(['role-claim'])
    expect(workspace.listTags().some((t) => t.id === 'role-claim')).toBe(true)
  })

  it('leaves state and history alone when a change is refused', async () => {
    const { value: created } = await workspace.createAnnotation(draftFor(news, 'zero star rating'))
    await expect(
      workspace.updateAnnotation(created.id, { tagIds: ['no-such-tag' as TagId] }),
    ).rejects.toThrow(/tag no longer exists/)
    expect((await workspace.undo()).value).toEqual({ changed: true, description: 'highlight' })
    expect(workspace.listAnnotations(null)).toEqual([])
  })

  it('remembers the last colour used across sessions', async () => {
    await workspace.createAnnotation({ ...draftFor(news, 'zero star rating'), colour: 'blue' })
    await store.close()
    store = await openStore(dir)
    expect(createWorkspace({ store, library }).preferences()).toEqual({ lastColour: 'blue' })
  })
})
