import { chmod, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { ARTICLES, expect, test } from './fixtures'
import { startHost } from '../test-support/host'
import { selectWithMouse } from './mouse'

const FIRST = 'a major blow to the government’s integration agenda'
const SECOND = 'only found out when a press release was issued'
const NOTE = 'Written while the folder was read-only.'

// The store retries a failed write after 0.5 s, doubling up to 5 s (DEFAULT_RETRY in
// src/main/store/write-queue.ts): once the folder is writable again, "Saved" may take that long.
const LONGEST_RETRY_MS = 5_000

const paragraph = (page: Page, n: number) =>
  page.locator(`.para-row[data-paragraph="${n}"] .para-text`)
const openNews = async (page: Page, url: string) => {
  await page.goto(`${url}#/articles/${ARTICLES.news.id}`)
  await expect(page.locator('.para-row')).toHaveCount(ARTICLES.news.paragraphs)
}
/** The save-status line in the app bar, which screen readers hear as a polite status. */
const saveStatus = (page: Page) => page.getByRole('banner').getByRole('status')

/** What the app says when it cannot write `briefpack.json` (describeSaveFailure in main/store). */
const failureMessage = (dataDir: string) =>
  `Briefpack could not save your latest changes to ${join(dataDir, 'briefpack.json')}: ` +
  'permission to write there was refused. Your changes are kept while Briefpack stays open, ' +
  'and it will keep trying to save them.'

test('a change made while the data folder cannot be written is kept, explained, and saved once it can be', async ({
  page,
}) => {
  test.setTimeout(LONGEST_RETRY_MS + 60_000)
  // The host runs as nobody, on a data folder nobody owns: root would ignore the chmod below.
  let host = await startHost(undefined, { unprivileged: true })
  const { dataDir } = host
  const mode = (await stat(dataDir)).mode & 0o7777
  try {
    await openNews(page, host.url)
    await selectWithMouse(page, paragraph(page, 4), FIRST)
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' })
    await toolbar.getByRole('button', { name: /^Highlight H/ }).click()
    const marks = page.locator('mark.hl')
    await expect(marks).toHaveText([FIRST])
    await expect(saveStatus(page)).toHaveText('Saved')

    // The folder becomes read-only (a full disk or a revoked share looks the same to the student).
    await chmod(dataDir, 0o555)
    await selectWithMouse(page, paragraph(page, 8), SECOND)
    await toolbar.getByRole('button', { name: /^Highlight H/ }).click()
    await expect(marks).toHaveText([FIRST, SECOND])
    await expect(saveStatus(page)).toHaveText('Not saved yet — retrying')
    await expect(page.getByRole('alert')).toHaveText([failureMessage(dataDir)])
    // It stays in sight as the student reads on to the end of the article.
    await page.mouse.move(600, 400)
    await page.mouse.wheel(0, 5_000)
    await expect(page.locator('.article-footer')).toBeInViewport()
    await expect(page.getByRole('alert')).toBeInViewport()
    // Nothing sits under it: in a wide window the annotation panel starts below it.
    await page.setViewportSize({ width: 1600, height: 900 })
    const panelTitle = page.getByRole('complementary', { name: 'Annotations' }).getByRole('heading')
    await expect(async () => {
      const alert = (await page.getByRole('alert').boundingBox())!
      const title = (await panelTitle.boundingBox())!
      expect(title.y).toBeGreaterThanOrEqual(alert.y + alert.height)
    }).toPass()

    // A note written meanwhile must not claim to be saved.
    await marks.filter({ hasText: SECOND }).click()
    const editor = page.getByRole('dialog', { name: 'Highlight' })
    await editor.getByLabel('Note').click()
    await page.keyboard.type(NOTE)
    await expect(editor.getByText('Not saved yet — retrying')).toBeVisible()
    await expect(editor.getByText('Saved', { exact: true })).toBeHidden()
    await page.keyboard.press('Escape')
    await expect(editor).toBeHidden()
    const noted = new RegExp(`Note: ${NOTE.replace(/[.]/g, '\\.')}`)
    await expect(marks.filter({ hasText: SECOND })).toHaveAccessibleDescription(noted)

    // Kept in the running app, not only on the page: a reload shows both changes and the problem.
    await page.reload()
    await expect(marks).toHaveText([FIRST, SECOND])
    await expect(marks.filter({ hasText: SECOND })).toHaveAccessibleDescription(noted)
    await expect(saveStatus(page)).toHaveText('Not saved yet — retrying')
    await expect(page.getByRole('alert')).toHaveText([failureMessage(dataDir)])

    // Writable again: the store's own retry saves everything, with no new change to prompt it.
    await chmod(dataDir, mode)
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: LONGEST_RETRY_MS + 5_000 })
    await expect(page.getByRole('alert')).toHaveCount(0)

    // Everything is on disk: a new host on the same folder shows it all.
    await host.stop({ keepData: true })
    host = await startHost(dataDir, { unprivileged: true })
    await openNews(page, host.url)
    await expect(marks).toHaveText([FIRST, SECOND])
    await expect(marks.filter({ hasText: SECOND })).toHaveAccessibleDescription(noted)
    await expect(saveStatus(page)).toHaveText('Saved')
    await expect(page.getByRole('alert')).toHaveCount(0)
  } finally {
    await chmod(dataDir, mode).catch(() => {})
    await host.stop()
  }
})
