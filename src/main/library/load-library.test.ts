import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleId } from '../../shared/model/article'
import { AppError } from '../../shared/errors'
import { loadLibrary, MAX_ARTICLE_BYTES, type Library } from './load-library'
import { BUNDLED_ARTICLES_DIR, NEWS_ID, ROUND_UP_ID } from '../../../test-support/articles'

const ARTICLES = BUNDLED_ARTICLES_DIR
const ROUND_UP = ROUND_UP_ID
const NEWS = NEWS_ID

describe('loadLibrary on the bundled articles', () => {
  let library: Library
  beforeAll(async () => {
    library = await loadLibrary(ARTICLES)
  })

  it('lists every article by id, with metadata, counts and speakers', () => {
    const summaries = library.list()
    expect(summaries.map((summary) => summary.id)).toEqual([ROUND_UP, NEWS])
    expect(
      summaries.map(({ speakers, ...rest }) => ({
        ...rest,
        speakers: speakers.map((speaker) => speaker.id),
      })),
    ).toEqual([
      {
        id: ROUND_UP,
        title: 'Behind the headlines',
        publication: 'Community Care',
        kind: 'expert-comment',
        wordCount: 622,
        paragraphCount: 6,
        speakers: [
          'barking-and-dagenham-council',
          'the-councils-chief-executive',
          'bob-holman',
          'julia-ross',
          'bill-badham',
          'felicity-collier',
          'martin-green',
        ],
      },
      {
        id: NEWS,
        title: 'Question mark over integration of senior posts as Ross quits health role',
        publication: 'Community Care',
        kind: 'news-report',
        wordCount: 364,
        paragraphCount: 10,
        speakers: ['barking-and-dagenham-council', 'graham-farrant', 'carolyn-regan', 'julia-ross'],
      },
    ])
  })

  it('marks where the sources break off: three roles and two paragraphs', () => {
    const roundUp = library.get(ROUND_UP)
    expect(roundUp.speakers.filter((s) => s.roleCutOff).map((s) => s.role)).toEqual([
      // Cut off by its shape cannot tell: the article's speaker hint says so.
      'development officer, National Youth',
      'chief executive, Baaf Adoption and',
      'chief executive, Counsel and Care for the',
    ])
    expect(roundUp.blocks.filter((b) => b.cutOff)).toEqual([])
    const news = library.get(NEWS)
    expect(news.blocks.filter((b) => b.cutOff).map((b) => b.number)).toEqual([1, 9])
  })

  it('serves each article with its text, blocks, attributions and content hash', () => {
    const roundUp = library.get(ROUND_UP)
    expect(roundUp.title).toBe('Behind the headlines')
    expect(roundUp.text).toHaveLength(3856)
    expect(roundUp.blocks).toHaveLength(11)
    expect(roundUp.attributions).toHaveLength(8)
    // SHA-256 of the normalised text, computed independently of this code.
    expect(roundUp.contentHash).toBe(
      '72ca5b78b0bd409d6d8d60baf18d8cde4c9bd863768c912ed68c4446fb723200',
    )
    const news = library.get(NEWS)
    expect(news.text).toHaveLength(2158)
    expect(news.attributions).toHaveLength(16)
    expect(news.contentHash).toBe(
      '1233036471d1dd8b65ded30e0a6b3e8c9baf2ae07b0b71938ee2d7835ceb2e95',
    )
    expect(library.list()[1]?.speakers).toEqual(news.speakers)
  })

  it('refuses an unknown id with a not-found AppError', () => {
    let caught: unknown
    try {
      library.get('999_missing' as ArticleId)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(AppError)
    expect(caught).toMatchObject({
      code: 'not-found',
      message: 'No article with id "999_missing".',
    })
  })

  it('hands out articles no caller can edit for another', () => {
    const article = library.get(NEWS)
    expect(Object.isFrozen(article)).toBe(true)
    expect(Object.isFrozen(article.blocks[0])).toBe(true)
    expect(Object.isFrozen(article.speakers[0])).toBe(true)
    library.list().pop()
    expect(library.list()).toHaveLength(2)
  })
})

describe('loadLibrary on a folder with problems', () => {
  const dirs: string[] = []
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
  })

  const GOOD_METADATA = JSON.stringify({ title: 'T', publication: 'P', kind: 'news-report' })
  const GOOD_TEXT = 'Title line\n\nBody text.'

  /** A temporary article folder holding `files` (name -> contents). */
  async function folderWith(files: Record<string, string | Uint8Array>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'briefpack-library-'))
    dirs.push(dir)
    for (const [name, contents] of Object.entries(files)) await writeFile(join(dir, name), contents)
    return dir
  }

  it('loads a minimal article, strips a UTF-8 BOM and ignores other files', async () => {
    const dir = await folderWith({
      'a.txt': `\uFEFF${GOOD_TEXT}`,
      'a.json': GOOD_METADATA,
      'README.md': 'not an article',
    })
    const library = await loadLibrary(dir)
    expect(library.list().map((summary) => summary.id)).toEqual(['a'])
    expect(library.get('a' as ArticleId)).toMatchObject({ title: 'T', text: 'Body text.' })
  })

  it('refuses a speaker hint that names nobody the article quotes', async () => {
    const dir = await folderWith({
      'a.txt': 'Title\n\nJane Smith said it was late.',
      'a.json': JSON.stringify({
        title: 'A',
        publication: 'P',
        kind: 'news-report',
        speakerHints: [{ name: 'Tom Jones', roleCutOff: true }],
      }),
    })
    await expect(loadLibrary(dir)).rejects.toThrow(/speaker hint names "Tom Jones"/)
  })

  it('loads an empty folder as an empty library', async () => {
    expect((await loadLibrary(await folderWith({}))).list()).toEqual([])
  })

  it('names a missing folder', async () => {
    const missing = join(tmpdir(), 'briefpack-no-such-folder-7f3a')
    await expect(loadLibrary(missing)).rejects.toThrow(
      `Cannot read the article folder ${missing}: ENOENT`,
    )
  })

  it('names a missing metadata file', async () => {
    const dir = await folderWith({ 'a.txt': GOOD_TEXT })
    await expect(loadLibrary(dir)).rejects.toThrow(
      `${join(dir, 'a.json')}: the metadata file is missing`,
    )
  })

  it('names metadata that is not JSON', async () => {
    const dir = await folderWith({ 'a.txt': GOOD_TEXT, 'a.json': '{ "title": ' })
    await expect(loadLibrary(dir)).rejects.toThrow(`${join(dir, 'a.json')} is not valid JSON:`)
  })

  it('names metadata with a wrong kind or a missing field', async () => {
    const badKind = await folderWith({
      'a.txt': GOOD_TEXT,
      'a.json': JSON.stringify({ title: 'T', publication: 'P', kind: 'opinion' }),
    })
    await expect(loadLibrary(badKind)).rejects.toThrow(
      `${join(badKind, 'a.json')} is not valid article metadata: "kind" must be one of ` +
        '"expert-comment", "news-report"',
    )
    const noTitle = await folderWith({
      'a.txt': GOOD_TEXT,
      'a.json': JSON.stringify({ title: '  ', publication: 'P', kind: 'news-report' }),
    })
    await expect(loadLibrary(noTitle)).rejects.toThrow(
      `${join(noTitle, 'a.json')} is not valid article metadata: "title" must not be empty`,
    )
    const notObject = await folderWith({ 'a.txt': GOOD_TEXT, 'a.json': '[]' })
    await expect(loadLibrary(notObject)).rejects.toThrow(
      `${join(notObject, 'a.json')} is not valid article metadata`,
    )
  })

  it('names article text that is not UTF-8', async () => {
    // 0x93 and 0x94 are Windows-1252 curly quotes: a common way for a file to be mis-saved.
    const dir = await folderWith({
      'a.txt': Uint8Array.from([0x54, 0x0a, 0x0a, 0x93, 0x48, 0x69, 0x94]),
      'a.json': GOOD_METADATA,
    })
    await expect(loadLibrary(dir)).rejects.toThrow(
      `${join(dir, 'a.txt')}: the article text file is not valid UTF-8 text`,
    )
  })

  it('names article text that cannot be read', async () => {
    const dir = await folderWith({ 'a.json': GOOD_METADATA })
    await mkdir(join(dir, 'a.txt'))
    await expect(loadLibrary(dir)).rejects.toThrow(
      `${join(dir, 'a.txt')}: the article text file cannot be read (EISDIR`,
    )
  })

  it('refuses article text over 2 MB, and accepts it at exactly 2 MB', async () => {
    const title = 'Title\n\n'
    const atLimit = title + 'word '.repeat((MAX_ARTICLE_BYTES - title.length) / 5)
    expect(Buffer.byteLength(atLimit)).toBe(MAX_ARTICLE_BYTES)
    const dir = await folderWith({ 'a.txt': atLimit, 'a.json': GOOD_METADATA })
    expect((await loadLibrary(dir)).list()[0]?.wordCount).toBe((MAX_ARTICLE_BYTES - 7) / 5)

    await writeFile(join(dir, 'a.txt'), `${atLimit}x`)
    await expect(loadLibrary(dir)).rejects.toThrow(
      `${join(dir, 'a.txt')}: the article text file is ${MAX_ARTICLE_BYTES + 1} bytes, over the ` +
        `limit of ${MAX_ARTICLE_BYTES} bytes (2048 KB), so it is refused`,
    )
  })

  it('names metadata with no article text, a file name that is no id, and an empty body', async () => {
    const orphan = await folderWith({ 'a.txt': GOOD_TEXT, 'a.json': GOOD_METADATA, 'b.json': '{}' })
    await expect(loadLibrary(orphan)).rejects.toThrow(
      `${join(orphan, 'b.json')} has no article text beside it (b.txt)`,
    )
    const badName = await folderWith({ 'a b.txt': GOOD_TEXT, 'a b.json': GOOD_METADATA })
    await expect(loadLibrary(badName)).rejects.toThrow(
      `${join(badName, 'a b.txt')}: the file name must be an article id`,
    )
    const empty = await folderWith({ 'a.txt': 'Only a title\n', 'a.json': GOOD_METADATA })
    await expect(loadLibrary(empty)).rejects.toThrow(
      `${join(empty, 'a.txt')}: there is no body text after the title line`,
    )
  })
})
