import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BriefingRequest } from '../../shared/model/briefing'
import type { StoreData } from '../../shared/model/store-data'
import type { Library } from '../library/load-library'
import { emptyStore } from '../store/default-codebook'
import { draftFor, loadBundledLibrary } from '../../../test-support/workspace'
import { createBriefingService, packFileName, type PackDelivery } from './export-service'
import { NEWS_ID } from '../../../test-support/articles'

let library: Library
let dir: string
let data: StoreData
const NEWS = NEWS_ID

const request = (patch: Partial<BriefingRequest> = {}): BriefingRequest => ({
  title: 'Integration under strain',
  author: 'A. Student',
  date: '2026-11-23',
  articleIds: [NEWS],
  tagIds: [],
  groupBy: 'tag',
  includeNotes: true,
  includeAppendix: true,
  includeCodebook: true,
  ...patch,
})

beforeAll(async () => {
  library = await loadBundledLibrary()
  dir = await mkdtemp(join(tmpdir(), 'briefpack-export-'))
  const news = library.get(NEWS)
  const at = (words: string, extra: object, n: number) => ({
    ...draftFor(news, words),
    ...extra,
    id: `a${n}`,
    createdAt: `2026-11-23T10:00:0${n}Z`,
    updatedAt: `2026-11-23T10:00:0${n}Z`,
  })
  data = {
    ...emptyStore(),
    annotations: [
      at(
        'the trigger was the zero star rating',
        { tagIds: ['role-claim'], speaker: { source: 'article', id: 'graham-farrant' } },
        1,
      ),
      at('a major blow to the government’s integration agenda', { note: 'Key framing ✓ 漢' }, 2),
    ],
  } as StoreData
})

afterAll(() => rm(dir, { recursive: true, force: true }))

const service = (delivery: PackDelivery) =>
  createBriefingService({ library, store: { read: () => data }, delivery })

describe('the briefing service', () => {
  it('previews the outline and what would weaken the pack', () => {
    const preview = service({ choose: async () => null }).preview(request())
    expect(preview.entryCount).toBe(2)
    expect(preview.proposedTitle).toMatch(/\S/)
    expect(preview.outline.length).toBeGreaterThan(2)
    const kinds = preview.warnings.map((w) => w.kind)
    expect(kinds.filter((k) => k === 'untagged')).toHaveLength(1)
    // The untagged passage is the reporter's narration: nobody's speech, so no speaker missing.
    expect(kinds.filter((k) => k === 'no-speaker')).toHaveLength(0)
    expect(preview.warnings.find((w) => w.kind === 'missing-glyphs')).toMatchObject({
      characters: expect.arrayContaining(['漢']),
    })
  })

  it('asks for the speaker of a quotation nobody is named for, and flags highlights said twice', () => {
    const news = library.get(NEWS)
    const at = (words: string, n: number, extra: object = {}) => ({
      ...draftFor(news, words),
      id: `d${n}`,
      createdAt: `2026-11-23T11:00:0${n}Z`,
      updatedAt: `2026-11-23T11:00:0${n}Z`,
      ...extra,
    })
    const twice = {
      ...emptyStore(),
      annotations: [
        at('has been “dismantled” after a disagreement', 1),
        at('the trigger was the zero star rating', 2),
        at('the trigger was the zero star rating', 3, { tagIds: ['role-claim'] }),
        at('The PCT wanted a change and the trigger was the zero star rating', 4),
        at('PCT wanted a change and the trigger was the zero star rating', 5),
      ],
    } as StoreData
    const preview = createBriefingService({
      library,
      store: { read: () => twice },
      delivery: { choose: async () => null },
    }).preview(request())
    const noSpeaker = preview.warnings.filter((w) => w.kind === 'no-speaker')
    expect(noSpeaker.map((w) => w.annotationId)).toEqual(['d1'])
    const duplicates = preview.warnings.filter((w) => w.kind === 'duplicate')
    // d4 and d5 share 59 of 63 characters; d2 shares 36 of d4's 63: related, not the same.
    expect(duplicates).toEqual([
      expect.objectContaining({ exact: true, annotationIds: ['d2', 'd3'] }),
      expect.objectContaining({ exact: false, annotationIds: ['d4', 'd5'] }),
    ])
    // Exact duplicates are counted once: four passages, not five.
    expect(preview.entryCount).toBe(4)
  })

  it('writes the pack where the host chose, and opens only what it wrote', async () => {
    const opened: string[] = []
    const out = join(dir, 'pack.pdf')
    const briefing = service({
      choose: async () => ({ path: out }),
      open: async (p) => void opened.push(p),
    })
    const result = await briefing.export(request())
    expect(result).toMatchObject({ kind: 'saved', path: out })
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-')
    await briefing.open(out)
    expect(opened).toEqual([out])
    await expect(briefing.open('/etc/passwd')).rejects.toThrow(/only opens packs it saved/)
  })

  it('gives a download when the host shelves the pack, and nothing when the student cancels', async () => {
    const path = join(dir, 'shelved.pdf')
    const download = await service({
      choose: async () => ({ path, downloadUrl: 'exports/t/x.pdf' }),
    }).export(request())
    expect(download).toMatchObject({
      kind: 'download',
      url: 'exports/t/x.pdf',
      fileName: 'Integration under strain.pdf',
    })
    expect((await stat(path)).size).toBeGreaterThan(1000)
    expect(await service({ choose: async () => null }).export(request())).toEqual({
      kind: 'cancelled',
    })
  })

  it('says clearly when the chosen place cannot be written, so another can be chosen', async () => {
    const briefing = service({
      choose: async () => ({ path: join(dir, 'no-such-folder', 'pack.pdf') }),
    })
    await expect(briefing.export(request())).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(
        /could not save the pack to .*no-such-folder.*Choose another folder/,
      ),
    })
  })

  it('names files safely', () => {
    expect(packFileName('Week 3: for/against?')).toBe('Week 3 for against.pdf')
    expect(packFileName('   ')).toBe('Briefing pack.pdf')
  })
})
