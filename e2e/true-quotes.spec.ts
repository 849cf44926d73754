import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Annotation } from '../src/shared/model/annotation'
import type { Article } from '../src/shared/model/article'
import { ARTICLES, expect, test } from './fixtures'
import { selectWithMouse } from './mouse'
import { callHost, highlightThroughHost, startHost, type RunningHost } from '../test-support/host'

// The briefing pack a student hands in must be true: every quotation verbatim and said by whom
// it names, reported speech and narration never passed off as quotations, bylines never quoted,
// where the sources break off marked, each passage counted once, and highlights that lost their
// place listed apart. This journey annotates the two articles as a student would, adds what older
// versions of Briefpack let a student make (a highlight across two speakers and their byline, the
// same words highlighted twice, a highlight whose words have gone), exports, and reads the PDF.

const paragraph = (page: Page, n: number) =>
  page.locator(`.para-row[data-paragraph="${n}"] .para-text`)

const editor = (page: Page) => page.getByRole('dialog', { name: 'Highlight' })

/** Highlight `words` with the mouse and tag them, as a student would. */
async function highlightAndTag(page: Page, n: number, words: string, tag: string) {
  await selectWithMouse(page, paragraph(page, n), words)
  await page.keyboard.press('t')
  await expect(editor(page).getByRole('combobox', { name: 'Add a tag' })).toBeFocused()
  await page.keyboard.type(tag)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(editor(page)).toBeHidden()
}

/** Words an older Briefpack could save but that no longer fit the text: an orphan. */
async function addOrphan(host: RunningHost, article: Article): Promise<RunningHost> {
  await host.stop({ keepData: true })
  const file = join(host.dataDir, 'briefpack.json')
  const store = JSON.parse(await readFile(file, 'utf8')) as { annotations: Annotation[] }
  const exact = 'The minister promised a review of every joint post by the spring.'
  store.annotations.push({
    id: 'orphan-1',
    target: {
      articleId: article.id,
      contentHash: '0'.repeat(64),
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 700, end: 700 + exact.length },
    },
    colour: 'yellow',
    tagIds: [],
    speaker: null,
    note: 'Where did I read this?',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  } as unknown as Annotation)
  await writeFile(file, JSON.stringify(store))
  return startHost(host.dataDir)
}

test('a pack exported after annotating both articles quotes only what was said, as said', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000)
  let host = await startHost()
  try {
    const news = await callHost<Article>(host, 'articles:get', ARTICLES.news.id)
    const roundUp = await callHost<Article>(host, 'articles:get', ARTICLES.roundUp.id)
    // What older versions let a student save: one highlight from the end of Holman's quote,
    // over Julia Ross's byline, into her quote; and the same words of Farrant's twice.
    const across = [
      roundUp.text.indexOf('Effective partnership working'),
      roundUp.text.indexOf('Councillors are elected') + 'Councillors are elected'.length,
    ] as const
    await highlightThroughHost(host, roundUp, ...across)
    const twice = news.text.indexOf('the trigger was the zero star rating')
    const twiceEnd = twice + 'the trigger was the zero star rating'.length
    await highlightThroughHost(host, news, twice, twiceEnd)
    await highlightThroughHost(host, news, twice, twiceEnd)
    host = await addOrphan(host, news)

    await page.goto(`${host.url}#/articles/${ARTICLES.news.id}`)
    await expect(page.locator('.panel-toggle__count')).toHaveText('3')
    // Reported speech: what Regan said, in the reporter's words.
    await highlightAndTag(
      page,
      8,
      'Carolyn Regan, chief executive of North East London Strategic Health Authority, said the PCT was completely unaware',
      'Evidence',
    )
    // Narration: the reporter's own words.
    await highlightAndTag(page, 4, 'The disagreement represents a major blow', 'Claim')
    // Two of Farrant's reported sentences, across the framing between them.
    await highlightAndTag(
      page,
      7,
      'Four other joint posts will be changed, Farrant said, so the staff involved will go back to working either for the council or for the PCT. Farrant said he did not want',
      'Evidence',
    )
    await page.goto(`${host.url}#/articles/${ARTICLES.roundUp.id}`)
    // A direct quotation from a commentator whose role the source cuts off.
    await highlightAndTag(
      page,
      5,
      'Agreed protocols should have been in place, with arbitration if required',
      'Claim',
    )

    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Briefing pack' })
      .click()
    await page.getByLabel('Title').fill('True quotes')
    const check = page.getByRole('region', { name: 'Before you export' })
    const duplicates = check.getByRole('region', { name: /Highlights over the same words/ })
    await expect(duplicates).toContainText('“the trigger was the zero star rating”')
    await expect(duplicates).toContainText('highlighted 2 times')
    await expect(check.getByRole('region', { name: /Orphaned highlights/ })).toContainText(
      'The minister promised',
    )
    await page.screenshot({ path: testInfo.outputPath('composer.png'), fullPage: true })

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export PDF' }).click()
    const pdf = testInfo.outputPath('true-quotes.pdf')
    await (await download).saveAs(pdf)
    execFileSync('qpdf', ['--check', pdf])
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, testInfo.outputPath('page')])
    // The pack's words in reading order: page furniture (page numbers, the running header) taken
    // out where a page breaks, and white space made single.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      .replace(/\n+Page \d+ of \d+\n+True quotes\n+[^\n]+\n/gu, '\n')
      .replace(/\s+/gu, ' ')
    /** The pack's text from a section's heading (after the contents page) to the next's. */
    const section = (from: string, to: string) => {
      const start = text.indexOf(`${from} ${from}`)
      return text.slice(start, text.indexOf(`${to} ${to}`, start))
    }
    const keyArguments = section('Key arguments', 'Who said what')

    // Seven highlights, one said twice: six, and the cross-speaker one quoted in two parts.
    expect(keyArguments).toContain('7 quoted passages')
    // Reported speech is said to be reported, and is not in quotation marks.
    expect(keyArguments).toContain(
      'Narration and reported speech Carolyn Regan, chief executive of North East London Strategic Health Authority, said the PCT was completely unaware… Carolyn Regan, chief executive of North East London Strategic Health Authority Question mark',
    )
    expect(keyArguments).not.toContain('“Carolyn Regan')
    // Narration is the reporter's, not a quotation.
    expect(keyArguments).toContain(
      'Narration: the article’s own words The disagreement represents a major blow… Question mark',
    )
    expect(keyArguments).not.toContain('“The disagreement')
    // Farrant keeps his name across his two sentences and the framing between.
    expect(keyArguments).toContain(
      'Narration and reported speech Four other joint posts will be changed, Farrant said, so the staff involved will go back to working either for the council or for the PCT. Farrant said he did not want… Graham Farrant, chief executive of the council',
    )
    // A direct quotation is quoted, with a role marked where the source cuts it off.
    expect(keyArguments).toContain(
      '“Agreed protocols should have been in place, with arbitration if required…” Felicity Collier, chief executive, Baaf Adoption and […]',
    )
    // The highlight over two speakers is two passages, each attributed, no byline inside.
    expect(keyArguments).toContain(
      'Part 1 of 2 of one highlight “Effective partnership working cannot be entirely dependent upon one individual.” Bob Holman, community worker',
    )
    expect(keyArguments).toContain(
      'Part 2 of 2 of one highlight “Councillors are elected…” Julia Ross, social services director',
    )
    expect(keyArguments).not.toContain('Barking and Dagenham “Councillors')
    // Said twice, quoted once.
    expect(keyArguments.split('the trigger was the zero star rating')).toHaveLength(2)
    // Every quotation mark printed has its pair.
    const count = (s: string, c: string) => [...s].filter((x) => x === c).length
    expect(count(keyArguments, '“')).toBe(count(keyArguments, '”'))

    // Each speaker's first claim says what it is, as its entry does.
    expect(section('Who said what', 'Highlights that lost their place')).toContain(
      'Graham Farrant · narration and reported speech Four other joint posts',
    )
    // The orphan is listed apart, with the words it saved, and not among the quotations.
    expect(keyArguments).not.toContain('The minister promised')
    expect(section('Highlights that lost their place', 'Annotated articles')).toContain(
      'Saved words, no longer found in the article The minister promised a review of every joint post by the spring.',
    )
    // The annotated articles mark where the sources break off, and count their highlights once.
    const appendix = section('Annotated articles', 'Codebook')
    expect(appendix).toContain('Felicity Collier, chief executive, Baaf Adoption and […]')
    expect(appendix).toContain('had been drawn […]')
    expect(appendix).toMatch(/Behind the headlines 2 highlights/u)

    // The check offers to merge the same words highlighted twice; undo brings both back.
    await duplicates.getByRole('button', { name: 'Merge into one' }).click()
    await expect(
      page.getByText('Merged 2 highlights into one. Undo brings them back.'),
    ).toBeVisible()
    await expect(duplicates).toBeHidden()
    const stored = async () =>
      (await callHost<Annotation[]>(host, 'annotations:list', ARTICLES.news.id)).length
    expect(await stored()).toBe(5)
    await page.keyboard.press('Control+z')
    await expect(duplicates).toContainText('highlighted 2 times')
    expect(await stored()).toBe(6)
  } finally {
    await host.stop()
  }
})
