import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { _electron as electron } from '@playwright/test'
import { ARTICLES, expect, test } from './fixtures'

/** The Electron binary's path, or why there is none (its download is blocked on our build machines). */
function findElectron(): { path: string } | { missing: string } {
  const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile))
    return {
      missing: 'Electron’s runtime is not installed (node_modules/electron/path.txt is missing).',
    }
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary)
    ? { path: binary }
    : { missing: `Electron’s binary is missing at ${binary}.` }
}

const electronBinary = findElectron()
// Said out loud, so a skipped run is never mistaken for a passing one.
if ('missing' in electronBinary)
  console.log(`Skipping the Electron spec: ${electronBinary.missing}`)

test.describe('the Electron app', () => {
  test.skip('missing' in electronBinary, 'missing' in electronBinary ? electronBinary.missing : '')
  test.beforeAll(() => {
    if ('missing' in electronBinary)
      console.log(`Skipping the Electron spec: ${electronBinary.missing}`)
  })

  test('opens the library and reads an article through the preload bridge', async () => {
    if ('missing' in electronBinary) return
    const app = await electron.launch({ executablePath: electronBinary.path, args: ['.'] })
    try {
      const page = await app.firstWindow()
      await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
      await page.getByRole('link', { name: ARTICLES.news.title }).click()
      await expect(page.locator('.para-row')).toHaveCount(ARTICLES.news.paragraphs)
      // The renderer reaches main only through the bridge: no Node, no ipcRenderer.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      )
      expect(
        await page.evaluate(() => Object.keys((window as { api?: object }).api ?? {}).sort()),
      ).toEqual(['articles:get', 'articles:list'])
    } finally {
      await app.close()
    }
  })
})
