import type { Page } from '@playwright/test'
import { startHost } from '../test-support/host'
import { ARTICLES, expect, test } from './fixtures'
import { selectWithMouse } from './mouse'

const paragraph = (page: Page, n: number) =>
  page.locator(`.para-row[data-paragraph="${n}"] .para-text`)
const openNews = async (page: Page, url: string) => {
  await page.goto(`${url}#/articles/${ARTICLES.news.id}`)
  await expect(page.locator('.para-row')).toHaveCount(ARTICLES.news.paragraphs)
}
const WORDS = 'a major blow to the government’s integration agenda'

test.describe('annotating an article', () => {
  test('highlight, tag, attribute and note a passage with the mouse; it survives a reload and a restart', async ({
    page,
    freshHost,
  }) => {
    await openNews(page, freshHost.url)
    await selectWithMouse(page, paragraph(page, 4), WORDS)
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' })
    await expect(toolbar).toBeVisible()
    await toolbar.getByRole('button', { name: /^Highlight H/ }).click()

    const mark = page.locator('mark.hl')
    await expect(mark).toHaveText([WORDS])
    await expect(toolbar).toBeHidden()

    await mark.click()
    const editor = page.getByRole('dialog', { name: 'Highlight' })
    await expect(editor).toBeVisible()
    const tagInput = editor.getByRole('combobox', { name: 'Add a tag' })
    await tagInput.click()
    await page.keyboard.type('Clai')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Integration agenda')
    await expect(
      editor.getByRole('option', { name: 'Create tag “Integration agenda”' }),
    ).toBeVisible()
    await page.keyboard.press('Enter')
    const chosen = editor.getByRole('list', { name: 'Tags on this highlight' })
    await expect(chosen.getByRole('listitem')).toHaveText([/Claim/, /Integration agenda/])

    await editor.getByLabel('Speaker', { exact: true }).selectOption({ label: 'Graham Farrant' })
    await editor.getByLabel('Note').click()
    await page.keyboard.type('The central claim.')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Compare with paragraph 2.')
    await expect(editor.getByText('Saved', { exact: true })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(editor).toBeHidden()
    await expect(mark).toBeFocused()

    const description =
      /Yellow highlight\. Narration\. Tags: Claim, Integration agenda\. Speaker: Graham Farrant, chief executive of the council\. Note: The central claim\.\s+Compare with paragraph 2\./
    await expect(mark).toHaveAccessibleDescription(description)

    await page.reload()
    await expect(page.locator('mark.hl')).toHaveAccessibleDescription(description)

    // Stop the host and start another on the same data folder, as after closing the app.
    await freshHost.stop({ keepData: true })
    const again = await startHost(freshHost.dataDir)
    try {
      await openNews(page, again.url)
      await expect(page.locator('mark.hl')).toHaveText([WORDS])
      await expect(page.locator('mark.hl')).toHaveAccessibleDescription(description)
    } finally {
      await again.stop()
    }
  })

  test('a highlight inside an attributed quote takes its speaker', async ({ page, freshHost }) => {
    await openNews(page, freshHost.url)
    await selectWithMouse(page, paragraph(page, 5), 'the trigger was the zero star rating')
    await page.keyboard.press('h')
    const mark = page.locator('mark.hl')
    await expect(mark).toHaveCount(1)
    await expect(mark).toHaveAccessibleDescription(/Speaker: Graham Farrant/)
    await mark.press('Enter')
    await expect(
      page.getByRole('dialog', { name: 'Highlight' }).getByLabel('Speaker', { exact: true }),
    ).toHaveValue('article:graham-farrant')
  })

  test('undo and redo every change, and the result is saved', async ({ page, freshHost }) => {
    await openNews(page, freshHost.url)
    await selectWithMouse(page, paragraph(page, 4), WORDS)
    await page.keyboard.press('h')
    const mark = page.locator('mark.hl')
    await expect(mark).toHaveCount(1)

    await mark.click()
    await page
      .getByRole('dialog', { name: 'Highlight' })
      .getByRole('radio', { name: 'Green' })
      .click()
    await expect(mark).toHaveClass(/hl-green/)
    await page.getByRole('button', { name: 'Delete highlight' }).click()
    await expect(mark).toHaveCount(0)

    await page.keyboard.press('Control+z')
    await expect(mark).toHaveClass(/hl-green/)
    await expect(page.getByText('Undone: delete highlight')).toBeVisible()
    await page.keyboard.press('Control+z')
    await expect(mark).toHaveClass(/hl-yellow/)
    await page.keyboard.press('Control+Shift+z')
    await expect(mark).toHaveClass(/hl-green/)
    await page.keyboard.press('Control+Shift+z')
    await expect(mark).toHaveCount(0)
    await page.keyboard.press('Control+z')
    await expect(mark).toHaveCount(1)

    await page.reload()
    await expect(page.locator('mark.hl')).toHaveClass(/hl-green/)
  })

  test('annotate with the keyboard alone', async ({ page, freshHost }) => {
    await page.goto(freshHost.url)
    const link = page.getByRole('link', { name: ARTICLES.news.title })
    for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    await expect(link).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

    // Caret browsing: arrows move the caret down into the first paragraph, Shift+End selects.
    const inText = () =>
      page.evaluate(() =>
        Boolean(document.getSelection()?.anchorNode?.parentElement?.closest('.para-text')),
      )
    for (let i = 0; i < 40 && !(await inText()); i++) await page.keyboard.press('ArrowDown')
    expect(await inText()).toBe(true)
    await page.keyboard.press('Home')
    await page.keyboard.press('Shift+End')
    await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()

    await page.keyboard.press('t')
    const tagInput = page.getByRole('combobox', { name: 'Add a tag' })
    await expect(tagInput).toBeFocused()
    await page.keyboard.type('Evidence')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    const mark = page.locator('mark.hl').first()
    await expect(mark).toBeFocused()
    await expect(mark).toHaveAccessibleDescription(/Tags: Evidence\./)

    // A highlight is reachable and opens with Enter.
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeHidden()
  })
})
