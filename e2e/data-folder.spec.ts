import { execFileSync, spawnSync } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { ARTICLES, expect, test } from './fixtures'
import { startHost } from '../test-support/host'
import { selectWithMouse } from './mouse'

test('a second host on the same data folder is refused with a clear message', async ({
  freshHost,
}) => {
  const error = await startHost(freshHost.dataDir).then(
    async (second) => {
      await second.stop({ keepData: true })
      return null
    },
    (e: Error) => e,
  )
  expect(error?.message).toContain(freshHost.dataDir)
  expect(error?.message).toMatch(/already open in another Briefpack/)
})

test('npm run export builds the same pack from a data folder, and says clearly what went wrong', async ({
  page,
  freshHost,
}, testInfo) => {
  const exportPack = (...args: string[]) =>
    spawnSync(process.execPath, ['out/main/export.js', ...args], { encoding: 'utf8' })

  const empty = exportPack('--data', freshHost.dataDir, '--out', testInfo.outputPath('empty.pdf'))
  expect(empty.status).toBe(1)
  expect(empty.stderr).toContain('already open in another Briefpack') // the host holds the folder

  await page.goto(`${freshHost.url}#/articles/${ARTICLES.news.id}`)
  await expect(page.locator('.panel-toggle__count')).toHaveText('0')
  await selectWithMouse(
    page,
    page.locator('.para-row[data-paragraph="8"] .para-text'),
    'only found out when a press release was issued',
  )
  await page.keyboard.press('h')
  await expect(page.locator('mark.hl')).toHaveCount(1)
  await freshHost.stop({ keepData: true })

  const out = testInfo.outputPath('class-pack.pdf')
  const made = exportPack(
    '--data',
    freshHost.dataDir,
    '--out',
    out,
    '--group-by',
    'speaker',
    '--title',
    'Week 3',
  )
  expect(made.stderr).toBe('')
  expect(made.status).toBe(0)
  expect(made.stdout).toMatch(/^Wrote .*class-pack\.pdf \(\d+ pages, 1 highlights?\)/)
  const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })
  expect(text).toContain('Week 3')
  expect(text).toContain('only found out when a press release was issued')
  expect(text).toContain('Carolyn Regan')

  const unwritable = exportPack('--data', freshHost.dataDir, '--out', '/no-such-folder/pack.pdf')
  expect(unwritable.status).toBe(1)
  expect(unwritable.stderr).toMatch(
    /could not save the pack to \/no-such-folder\/pack\.pdf.*Choose another folder/,
  )
  await rm(freshHost.dataDir, { recursive: true, force: true })
})
