import { ARTICLES, expect, test } from './fixtures'

// Screenshots to look at, saved as test output: every page, at both sizes, in both themes.
const sizes = [
  { width: 800, height: 600 },
  { width: 1920, height: 1080 },
] as const

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    const suffix = `${size.width}x${size.height}-${colorScheme}`
    test.describe(`screenshots at ${suffix}`, () => {
      test.use({ colorScheme, viewport: size })

      test('library', async ({ page, host }, testInfo) => {
        await page.goto(host.url)
        await expect(page.getByRole('link', { name: ARTICLES.news.title })).toBeVisible()
        await page.evaluate(() => document.fonts.ready)
        // Nothing may overflow sideways: a horizontal scrollbar is a layout bug.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          size.width,
        )
        await page.screenshot({
          path: testInfo.outputPath(`library-${suffix}.png`),
          fullPage: true,
        })
      })

      for (const [name, article] of Object.entries(ARTICLES)) {
        test(`reader, ${name}`, async ({ page, host }, testInfo) => {
          await page.goto(`${host.url}#/articles/${article.id}`)
          await expect(page.locator('.para-row')).toHaveCount(article.paragraphs)
          await page.evaluate(() => document.fonts.ready)
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
          ).toBeLessThanOrEqual(size.width)
          await page.screenshot({ path: testInfo.outputPath(`reader-${name}-${suffix}.png`) })
          await page.screenshot({
            path: testInfo.outputPath(`reader-${name}-${suffix}-full.png`),
            fullPage: true,
          })
        })
      }
    })
  }
}
