import type { Page } from '@playwright/test'
import type { Article } from '../src/shared/model/article'
import { MAX_TAG_NAME_LENGTH } from '../src/shared/model/limits'
import { ARTICLES, expect, test } from './fixtures'
import { callHost, highlightThroughHost } from '../test-support/host'
import { selectWithMouse } from './mouse'

const paragraph = (page: Page, n: number) =>
  page.locator(`.para-row[data-paragraph="${n}"] .para-text`)

/** Three highlights on the news report, made as a student would. */
async function annotateNews(page: Page, url: string) {
  await page.goto(`${url}#/articles/${ARTICLES.news.id}`)
  // Annotations loaded (none yet): the count beside the panel's toggle says so.
  await expect(page.locator('.panel-toggle__count')).toHaveText('0')
  const editor = page.getByRole('dialog', { name: 'Highlight' })
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' })

  await selectWithMouse(
    page,
    paragraph(page, 4),
    'a major blow to the government’s integration agenda',
  )
  await page.keyboard.press('t')
  await expect(editor.getByRole('combobox', { name: 'Add a tag' })).toBeFocused()
  await page.keyboard.type('Claim')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()

  await selectWithMouse(page, paragraph(page, 5), 'the trigger was the zero star rating')
  await toolbar.getByRole('button', { name: 'Highlight in green' }).click()

  await selectWithMouse(page, paragraph(page, 8), 'only found out when a press release was issued')
  await toolbar.getByRole('button', { name: 'Highlight in blue' }).click()
  await page.locator('mark.hl-blue').click()
  await editor.getByRole('combobox', { name: 'Add a tag' }).fill('Evidence')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(page.locator('mark.hl')).toHaveCount(3)
}

test('the annotation panel lists an article’s highlights and filters them', async ({
  page,
  freshHost,
}) => {
  await annotateNews(page, freshHost.url)
  await page.getByRole('button', { name: /^Annotations/ }).click()
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  const entries = panel.locator('.annotation-list > li')
  await expect(entries).toHaveCount(3)
  // Reading order, with paragraph citations, speakers and tags.
  await expect(entries.nth(0)).toContainText('a major blow')
  await expect(entries.nth(0)).toContainText('Claim')
  await expect(entries.nth(1)).toContainText('Graham Farrant')
  await expect(entries.nth(2)).toContainText('Carolyn Regan')

  await panel.getByRole('button', { name: 'Green', exact: true }).click()
  await expect(entries).toHaveCount(1)
  await expect(entries.first()).toContainText('the trigger was the zero star rating')
  await expect(panel.getByRole('status')).toContainText('1 of 3')
  await panel.getByRole('button', { name: 'Clear filters' }).click()
  await expect(entries).toHaveCount(3)

  await panel.getByRole('searchbox').fill('press release')
  await expect(entries).toHaveCount(1)
  await panel.getByRole('button', { name: 'Clear filters' }).click()

  await panel.getByLabel('Speaker').selectOption('Graham Farrant')
  await expect(entries).toHaveCount(1)
  await panel.getByRole('button', { name: 'Clear filters' }).click()

  await panel.getByText('Tags', { exact: true }).click()
  await panel.getByRole('group', { name: 'Role' }).getByRole('button', { name: /Claim/ }).click()
  await expect(entries).toHaveCount(1)
  await panel.getByRole('button', { name: 'Clear filters' }).click()

  // Choosing an entry takes the reader to the highlight.
  await entries.nth(2).getByRole('button').click()
  await expect(page.locator('mark.hl-blue')).toBeFocused()
})

test('the overview counts and groups every highlight across articles', async ({
  page,
  freshHost,
}) => {
  await annotateNews(page, freshHost.url)
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Overview' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused()

  const perTag = page.getByRole('region', { name: 'Per tag' })
  await expect(perTag.locator('li', { hasText: 'Claim' }).locator('.tag-counts__count')).toHaveText(
    '1',
  )
  await expect(
    perTag.locator('li', { hasText: 'Evidence' }).locator('.tag-counts__count'),
  ).toHaveText('1')
  await expect(
    perTag.locator('li', { hasText: 'Funding' }).locator('.tag-counts__count'),
  ).toHaveText('0')

  const groups = page.locator('.overview-group h2')
  await expect(groups).toHaveText([/^Claim1/, /^Evidence1/, /^No tag1/])
  await page.getByRole('radio', { name: 'Speaker' }).check()
  await expect(groups).toHaveText([/^Graham Farrant1/, /^Carolyn Regan1/, /^No speaker1/])
  await page.getByRole('radio', { name: 'Article' }).check()
  await expect(groups).toHaveText([new RegExp(`^${ARTICLES.news.title}3`)])

  // An entry leads back to its highlight in the article.
  await page.getByRole('link', { name: /zero star rating/ }).click()
  await expect(page).toHaveURL(/#\/articles\/003_d19da5c6ad6d0496\/annotations\//)
  await expect(page.locator('mark.hl-green')).toBeFocused()
})

test('a group of many highlights shows its first 25, and the rest on request', async ({
  page,
  freshHost,
}) => {
  // 30 untagged highlights on the news report, one per word from its first paragraph on.
  const article = await callHost<Article>(freshHost, 'articles:get', ARTICLES.news.id)
  const words = [...article.text.matchAll(/\p{L}{4,}/gu)].slice(0, 30)
  for (const word of words) {
    await highlightThroughHost(freshHost, article, word.index, word.index + word[0].length)
  }
  await page.goto(`${freshHost.url}#/overview`)
  const group = page.getByRole('region', { name: /^No tag/ })
  await expect(group.getByRole('heading')).toHaveText(/^No tag30/)
  const entries = group.getByRole('listitem')
  await expect(entries).toHaveCount(25)
  await group.getByRole('button', { name: 'Show the other 5' }).click()
  await expect(entries).toHaveCount(30)
  await expect(group.getByRole('button', { name: /^Show/ })).toBeHidden()
  // Focus goes to the first entry revealed, so a keyboard user carries on from there.
  await expect(entries.nth(25).getByRole('link')).toBeFocused()
  await expect(entries.nth(25)).toContainText(words[25]![0])
})

test('renaming a tag in the codebook renames it on every highlight', async ({
  page,
  freshHost,
}) => {
  await annotateNews(page, freshHost.url)
  await page.goto(`${freshHost.url}#/codebook`)
  const claim = page.getByRole('group', { name: 'Tag Claim' })
  const name = claim.getByRole('textbox', { name: 'Name' })
  await name.fill('Main claim')
  await name.press('Enter')
  await expect(page.getByRole('group', { name: 'Tag Main claim' })).toBeVisible()
  // A name stops at the longest the app keeps, rather than being refused once typed.
  const renamed = page.getByRole('group', { name: 'Tag Main claim' })
  await renamed.getByRole('textbox', { name: 'Name' }).click()
  await page.keyboard.type('x'.repeat(MAX_TAG_NAME_LENGTH))
  await expect(renamed.getByRole('textbox', { name: 'Name' })).toHaveValue(
    `Main claim${'x'.repeat(MAX_TAG_NAME_LENGTH - 'Main claim'.length)}`,
  )
  await page.keyboard.press('Escape')
  await page.goto(`${freshHost.url}#/articles/${ARTICLES.news.id}`)
  await expect(page.locator('mark.hl-yellow')).toHaveAccessibleDescription(/Tags: Main claim\./)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots of an annotated article, the overview and the codebook (${colorScheme})`, async ({
    page,
    freshHost,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme })
    await page.setViewportSize({ width: 1920, height: 1080 })
    await annotateNews(page, freshHost.url)
    await page.locator('mark.hl-blue').click()
    await page
      .getByRole('dialog', { name: 'Highlight' })
      .getByLabel('Note')
      .fill('Regan: the PCT was not told.\nCheck against paragraph 3.')
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: testInfo.outputPath(`annotated-1920-${colorScheme}.png`) })
    await page.keyboard.press('Escape')

    await page.setViewportSize({ width: 800, height: 600 })
    await page.getByRole('button', { name: /^Annotations/ }).click()
    await page.screenshot({ path: testInfo.outputPath(`annotated-800-panel-${colorScheme}.png`) })

    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${freshHost.url}#/overview`)
    await expect(page.locator('.overview-group')).toHaveCount(3)
    await page.screenshot({
      path: testInfo.outputPath(`overview-${colorScheme}.png`),
      fullPage: true,
    })
    await page.goto(`${freshHost.url}#/codebook`)
    await expect(page.getByRole('heading', { level: 1, name: 'Codebook' })).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath(`codebook-${colorScheme}.png`) })
  })
}
