import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { ARTICLES, expect, test } from './fixtures'
import { selectWithMouse } from './mouse'

const paragraph = (page: Page, n: number) =>
  page.locator(`.para-row[data-paragraph="${n}"] .para-text`)

test('the composer says what to do when nothing is annotated yet', async ({ page, freshHost }) => {
  await page.goto(`${freshHost.url}#/briefing`)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Nothing to put in a pack yet' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export PDF' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
})

test('annotate, compose and export a briefing pack, then read it back', async ({
  page,
  freshHost,
}, testInfo) => {
  await page.goto(`${freshHost.url}#/articles/${ARTICLES.news.id}`)
  await expect(page.locator('.panel-toggle__count')).toHaveText('0')
  const editor = page.getByRole('dialog', { name: 'Highlight' })

  // A claim quoted from Graham Farrant, with a note.
  await selectWithMouse(page, paragraph(page, 5), 'the trigger was the zero star rating')
  await page.keyboard.press('t')
  await expect(editor.getByRole('combobox', { name: 'Add a tag' })).toBeFocused()
  await page.keyboard.type('Claim')
  await page.keyboard.press('Enter')
  await editor.getByLabel('Note').fill('Farrant blames the rating — £ and “quotes” survive.')
  await page.keyboard.press('Escape')
  // An untagged highlight, to show up in the completeness check.
  await selectWithMouse(
    page,
    paragraph(page, 4),
    'a major blow to the government’s integration agenda',
  )
  await page.keyboard.press('h')
  await expect(page.locator('mark.hl')).toHaveCount(2)

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Briefing pack' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Briefing pack' })).toBeFocused()
  await page.getByLabel('Title').fill('Integration under strain')
  await page.getByLabel('Author').fill('Sam Student')
  const outline = page.getByRole('region', { name: 'Outline' })
  await expect(outline.getByRole('status')).toContainText('2 highlights')
  await expect(outline).toContainText('Claim')
  const check = page.getByRole('region', { name: 'Before you export' })
  await expect(check).toContainText('a major blow')
  await expect(check.getByRole('link').first()).toHaveAttribute(
    'href',
    /#\/articles\/003_d19da5c6ad6d0496\/annotations\//,
  )

  await page.screenshot({ path: testInfo.outputPath('composer.png'), fullPage: true })

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export PDF' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Integration under strain.pdf')
  const pdf = testInfo.outputPath('pack.pdf')
  await file.saveAs(pdf)
  await expect(
    page.getByText(/Downloaded Integration under strain\.pdf \(\d+ pages?\)/),
  ).toBeVisible()

  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  expect(text).toContain('Integration under strain')
  expect(text).toContain('Sam Student')
  expect(text).toContain('the trigger was the zero star rating')
  expect(text).toContain('Graham Farrant')
  expect(text).toContain('Farrant blames the rating — £ and “quotes” survive.')
  expect(text).toMatch(/¶\s*5|para(graph)?\.?\s*5/i)
  // pdffonts: a row per font; counting from the end, the columns are emb sub uni object gen.
  const rows = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2)
  expect(rows.length).toBeGreaterThan(0)
  for (const row of rows) expect(row.trim().split(/\s+/).at(-5)).toBe('yes')
  execFileSync('qpdf', ['--check', pdf])
  // Page images to look at, beside the PDF in the test output.
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, testInfo.outputPath('pack-page')])
})
