import { chromium } from '@playwright/test'
const url = process.argv[2]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
for (const [name, hash, w, h, scheme] of [['overview', '#/overview', 1280, 900, 'light'], ['codebook', '#/codebook', 1280, 900, 'dark'], ['reader-narrow', '#/articles/003_d19da5c6ad6d0496', 800, 600, 'light']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme })
  page.on('pageerror', (e) => console.log('pageerror:', e.message))
  await page.goto(url + hash)
  await page.waitForTimeout(800)
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true })
  await page.close()
}
await browser.close()
