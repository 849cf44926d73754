import { expectNoSeriousViolations } from './axe'
import { ARTICLES, expect, test } from './fixtures'
import { selectWithMouse } from './mouse'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('the library has no serious or critical axe violations', async ({ page, host }) => {
      await page.goto(host.url)
      await expect(page.getByRole('link', { name: ARTICLES.news.title })).toBeVisible()
      await expectNoSeriousViolations(page)
    })

    for (const article of Object.values(ARTICLES)) {
      test(`the reader of “${article.title}” has no serious or critical axe violations`, async ({
        page,
        host,
      }) => {
        await page.goto(`${host.url}#/articles/${article.id}`)
        await expect(page.locator('.para-row')).toHaveCount(article.paragraphs)
        await expectNoSeriousViolations(page)
      })
    }
  })
}

test('annotating pages have no serious or critical axe violations', async ({ page, freshHost }) => {
  await page.goto(`${freshHost.url}#/articles/${ARTICLES.news.id}`)
  await expect(page.locator('.panel-toggle__count')).toHaveText('0')
  await selectWithMouse(
    page,
    page.locator('.para-row[data-paragraph="5"] .para-text'),
    'the trigger was the zero star rating',
  )
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
  await expectNoSeriousViolations(page)
  await page.keyboard.press('t')
  await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeVisible()
  await expectNoSeriousViolations(page)
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: /^Annotations/ }).click()
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible()
  await expectNoSeriousViolations(page)
  for (const section of ['overview', 'codebook', 'briefing']) {
    await page.goto(`${freshHost.url}#/${section}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoSeriousViolations(page)
  }
})

test('landmarks and headings give the page a shape a screen reader can follow', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/articles/${ARTICLES.roundUp.id}`)
  await expect(page.getByRole('banner')).toHaveCount(1)
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible()
  await expect(page.getByRole('article')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 2, name: 'Who is quoted' })).toBeVisible()
})
