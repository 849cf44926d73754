import { expectNoSeriousViolations } from './axe'
import { ARTICLES, expect, test } from './fixtures'

// The browser version has no menus: the app bar's button and the ? key open the shortcuts.
test('the keyboard shortcuts open from the app bar and with ?, and close with Escape', async ({
  page,
  host,
}, testInfo) => {
  await page.goto(host.url)
  await expect(page.getByRole('link', { name: ARTICLES.news.title })).toBeVisible()
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' })
  await button.click()
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('region', { name: 'Reading an article' })).toContainText(
    'Highlight the selection',
  )
  await expect(dialog).toContainText('Your browser’s own find (Ctrl+F)')
  await expectNoSeriousViolations(page)
  await page.screenshot({ path: testInfo.outputPath('shortcuts.png') })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()

  // In the reader too, from the keyboard, though not while typing in a field.
  await page.goto(`${host.url}#/articles/${ARTICLES.news.id}`)
  await expect(page.locator('.para-row')).toHaveCount(ARTICLES.news.paragraphs)
  await page.keyboard.press('?')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})
