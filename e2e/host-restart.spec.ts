import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { StoreData } from '../src/shared/model/store-data'
import { startHost, type RunningHost } from '../test-support/host'
import { ARTICLES, expect, test } from './fixtures'
import { selectWithMouse } from './mouse'

const FIRST = 'a major blow to the government’s integration agenda'
const SECOND = 'only found out when a press release was issued'
const NOTE = 'Typed while the host was down.'
const TAG = 'Written offline'

// The page retries an unreachable host after 0.5 s, doubling up to 5 s (DEFAULT_TIMING in
// src/renderer/src/stores/outbox.ts): once the host is back, "Saved" may take that long.
const LONGEST_RETRY_MS = 5_000

const paragraph = (page: Page, n: number) =>
  page.locator(`.para-row[data-paragraph="${n}"] .para-text`)
const openNews = async (page: Page, url: string) => {
  await page.goto(`${url}#/articles/${ARTICLES.news.id}`)
  await expect(page.locator('.para-row')).toHaveCount(ARTICLES.news.paragraphs)
}
/** The save-status line in the app bar, which screen readers hear as a polite status. */
const saveStatus = (page: Page) => page.getByRole('banner').getByRole('status')
const marks = (page: Page) => page.locator('mark.hl')
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate the selection' })
const editor = (page: Page) => page.getByRole('dialog', { name: 'Highlight' })
const onDisk = async (dataDir: string) =>
  JSON.parse(await readFile(join(dataDir, 'briefpack.json'), 'utf8')) as StoreData

async function highlight(page: Page, n: number, words: string) {
  await selectWithMouse(page, paragraph(page, n), words)
  await toolbar(page)
    .getByRole('button', { name: /^Highlight H/ })
    .click()
  await expect(marks(page).filter({ hasText: words })).toHaveCount(1)
}

/** A host started as the student starts one (no --port), with a data folder it keeps. */
async function startRemembering(dataDir?: string): Promise<RunningHost> {
  return startHost(dataDir, { rememberedPort: true })
}

test('changes made while the host is killed are kept, retried, and on disk once it restarts; the tab reconnects by itself', async ({
  page,
}) => {
  test.setTimeout(LONGEST_RETRY_MS + 60_000)
  let host = await startRemembering()
  const { dataDir, url } = host
  try {
    await openNews(page, url)
    await highlight(page, 4, FIRST)
    await expect(saveStatus(page)).toHaveText('Saved')
    // Marks this very page: a reload would lose it.
    await page.evaluate(() => ((window as { stayedOpen?: boolean }).stayedOpen = true))

    await host.kill()

    // A note, typed into the first highlight's editor.
    await marks(page).filter({ hasText: FIRST }).click()
    await editor(page).getByLabel('Note').click()
    await page.keyboard.type(NOTE)
    await expect(editor(page).getByText('Not saved yet — retrying')).toBeVisible()
    await expect(saveStatus(page)).toHaveText('Not saved yet — retrying')
    // A colour (silently ignored before).
    await editor(page).getByRole('radio', { name: 'Pink' }).click()
    await expect(editor(page).getByRole('radio', { name: 'Pink' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    await page.keyboard.press('Escape')
    await expect(editor(page)).toBeHidden()
    await expect(marks(page).filter({ hasText: FIRST })).toHaveAccessibleDescription(
      /^Pink highlight\..*Note: Typed while the host was down\./,
    )

    // A new highlight, and a new tag on it.
    await highlight(page, 8, SECOND)
    await marks(page).filter({ hasText: SECOND }).click()
    await editor(page).getByRole('combobox', { name: 'Add a tag' }).click()
    await page.keyboard.type(TAG)
    await expect(editor(page).getByRole('option', { name: `Create tag “${TAG}”` })).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(
      editor(page).getByRole('list', { name: 'Tags on this highlight' }).getByRole('listitem'),
    ).toHaveText([new RegExp(TAG)])
    await page.keyboard.press('Escape')

    // The student is told what is kept and that undo waits; undo does nothing meanwhile.
    await expect(saveStatus(page)).toHaveText('Not saved yet — retrying')
    await expect(page.getByRole('alert')).toHaveText(
      /cannot reach its host\..*not saved yet are kept in this page, even if you reload it or close the tab, and will be saved as soon as the host is back\. Undo and redo wait until then\./,
    )
    await page.locator('main h1').first().click()
    await page.keyboard.press('Control+z')
    await expect(page.getByText(/Undo and redo wait until Briefpack’s host is back/)).toBeVisible()
    await expect(marks(page)).toHaveText([FIRST, SECOND])
    await page.screenshot({ path: 'test-results/host-restart-offline.png' })

    // The host comes back on the same folder: the same link, and the page sends everything.
    host = await startRemembering(dataDir)
    expect(host.url).toBe(url)
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: LONGEST_RETRY_MS + 5_000 })
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(await page.evaluate(() => (window as { stayedOpen?: boolean }).stayedOpen)).toBe(true)

    const saved = await onDisk(dataDir)
    const tag = saved.tags.find((t) => t.name === TAG)
    expect(tag).toBeDefined()
    expect(saved.annotations.map((a) => a.target.quote.exact)).toEqual([FIRST, SECOND])
    expect(saved.annotations[0]).toMatchObject({ note: NOTE, colour: 'pink', tagIds: [] })
    expect(saved.annotations[1]).toMatchObject({ tagIds: [tag!.id] })
    await page.screenshot({ path: 'test-results/host-restart-saved.png' })

    // And undo works again, on what the host now has.
    await page.locator('main h1').first().click()
    await page.keyboard.press('Control+z')
    await expect(page.getByText(/^Undone: /)).toBeVisible()
  } finally {
    await host.stop()
  }
})

test('a reload, or a closed tab, while the host is down loses none of the changes queued in it', async ({
  page,
  context,
}) => {
  test.setTimeout(LONGEST_RETRY_MS + 60_000)
  let host = await startRemembering()
  const { dataDir, url } = host
  try {
    await openNews(page, url)
    await highlight(page, 4, FIRST)
    await expect(saveStatus(page)).toHaveText('Saved')
    await host.kill()

    await marks(page).filter({ hasText: FIRST }).click()
    await editor(page).getByLabel('Note').click()
    await page.keyboard.type(NOTE)
    await page.keyboard.press('Escape')
    await expect(saveStatus(page)).toHaveText('Not saved yet — retrying')
    // The browser cannot show the page while its host is down: the reload fails.
    await expect(page.reload()).rejects.toThrow(/ERR_CONNECTION_REFUSED/)

    host = await startRemembering(dataDir)
    expect(host.url).toBe(url)
    await openNews(page, url)
    await expect(marks(page).filter({ hasText: FIRST })).toHaveAccessibleDescription(
      /Note: Typed while the host was down\./,
    )
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: LONGEST_RETRY_MS + 5_000 })
    expect((await onDisk(dataDir)).annotations[0]?.note).toBe(NOTE)

    // Again, and this time the tab is closed while the host is down.
    await host.kill()
    await highlight(page, 8, SECOND)
    await expect(saveStatus(page)).toHaveText('Not saved yet — retrying')
    await page.close()
    host = await startRemembering(dataDir)
    const later = await context.newPage()
    await openNews(later, url)
    await expect(marks(later)).toHaveText([FIRST, SECOND])
    await expect(saveStatus(later)).toHaveText('Saved', { timeout: LONGEST_RETRY_MS + 5_000 })
    expect((await onDisk(dataDir)).annotations.map((a) => a.target.quote.exact)).toEqual([
      FIRST,
      SECOND,
    ])
  } finally {
    await host.stop()
  }
})
