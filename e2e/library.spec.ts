import { ARTICLES, expect, test } from './fixtures'

test.describe('the library', () => {
  test('lists every bundled article with its publication, kind, length and speakers', async ({
    page,
    host,
  }) => {
    await page.goto(host.url)
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    await expect(page).toHaveTitle('Library — Briefpack')
    const cards = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
    await expect(cards).toHaveCount(2)

    const roundUp = cards.filter({ hasText: ARTICLES.roundUp.title })
    await expect(roundUp).toContainText(`Community Care · ${ARTICLES.roundUp.kind}`)
    await expect(roundUp).toContainText(/\d+ words · 6 paragraphs/)
    const roundUpSpeakers = roundUp.getByRole('list', { name: /Speakers in/ })
    for (const name of [
      'Bob Holman',
      'Julia Ross',
      'Bill Badham',
      'Felicity Collier',
      'Martin Green',
    ]) {
      await expect(roundUpSpeakers.getByText(name, { exact: true })).toBeVisible()
    }

    const news = cards.filter({ hasText: ARTICLES.news.title })
    await expect(news).toContainText(`Community Care · ${ARTICLES.news.kind}`)
    await expect(news).toContainText(/\d+ words · 10 paragraphs/)
    const newsSpeakers = news.getByRole('list', { name: /Speakers in/ })
    for (const name of ['Graham Farrant', 'Carolyn Regan', 'Julia Ross']) {
      await expect(newsSpeakers.getByText(name, { exact: true })).toBeVisible()
    }
  })

  test('opens an article with the keyboard alone, and comes back', async ({ page, host }) => {
    await page.goto(host.url)
    await expect(page.getByRole('link', { name: ARTICLES.roundUp.title })).toBeVisible()

    // The skip link comes first; Tab then goes on, through the sections, to the first article.
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
    const first = page.getByRole('link', { name: ARTICLES.roundUp.title })
    for (let i = 0; i < 8 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    await expect(first).toBeFocused()

    // Arrow keys move between articles; Enter opens one.
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('link', { name: ARTICLES.news.title })).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('End')
    await expect(page.getByRole('link', { name: ARTICLES.news.title })).toBeFocused()
    await page.keyboard.press('Enter')

    const title = page.getByRole('heading', { level: 1, name: ARTICLES.news.title })
    await expect(title).toBeFocused()
    await expect(page).toHaveURL(new RegExp(`#/articles/${ARTICLES.news.id}$`))

    // Going back: the annotations toggle, then the way back to the library.
    await page.keyboard.press('Shift+Tab')
    await expect(page.getByRole('button', { name: /^Annotations/ })).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    const back = page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Library' })
    await expect(back).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeFocused()
  })

  test('the skip link moves focus to the page content', async ({ page, host }) => {
    await page.goto(host.url)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
  })
})
