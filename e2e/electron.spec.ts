import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { _electron as electron, type ElectronApplication } from '@playwright/test'
import { CHANNELS } from '../src/shared/contract'
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

  let dataDir: string
  let app: ElectronApplication | null = null
  test.beforeEach(async () => {
    // A data folder of the test's own: never the student's, and never locked by a Briefpack open.
    dataDir = await mkdtemp(join(tmpdir(), 'briefpack-electron-e2e-'))
  })
  test.afterEach(async () => {
    await app?.close()
    app = null
    await rm(dataDir, { recursive: true, force: true })
  })

  const launch = async () => {
    if ('missing' in electronBinary) throw new Error(electronBinary.missing)
    // Set in some shells and CI images; it would make Electron run as plain Node.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] => entry[0] !== 'ELECTRON_RUN_AS_NODE' && !!entry[1],
      ),
    )
    app = await electron.launch({
      executablePath: electronBinary.path,
      args: ['.', '--data', dataDir],
      env,
    })
    return app
  }

  test('opens the library from the app scheme and reads an article through the preload bridge', async () => {
    const page = await (await launch()).firstWindow()
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    expect(page.url()).toBe('app://briefpack/index.html')
    await page.getByRole('link', { name: ARTICLES.news.title }).click()
    await expect(page.locator('.para-row')).toHaveCount(ARTICLES.news.paragraphs)
    // The renderer reaches main only through the bridge: no Node, no ipcRenderer.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    )
    expect(
      await page.evaluate(() => Object.keys((window as { api?: object }).api ?? {}).sort()),
    ).toEqual([...CHANNELS].sort())
    expect(
      await page.evaluate(() => Object.keys((window as { desktop?: object }).desktop ?? {}).sort()),
    ).toEqual(['onCommand', 'onFlushRequest'])
  })

  test('keeps the student’s work in the data folder it was given, and Chromium’s apart', async () => {
    const page = await (await launch()).firstWindow()
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    await app!.close()
    app = null
    const names = await readdir(dataDir)
    expect(names).toContain('Session')
    // Chromium's caches and storage went into Session/, and the store's lock was released.
    for (const chromium of [
      'Cache',
      'Code Cache',
      'GPUCache',
      'Local Storage',
      'Session Storage',
    ]) {
      expect(names).not.toContain(chromium)
    }
    expect(names).not.toContain('briefpack.lock')
  })
})
