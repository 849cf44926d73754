import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { ARTICLES, expect, test } from './fixtures'

/** A loopback port nothing listens on: a download from it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

// `npm start` where Electron's runtime cannot be had, as on a machine whose network is closed:
// the real script, with the download pointed at a refusing mirror (and a cache and runtime folder
// of its own, so a runtime installed elsewhere on this machine is not found instead).
test('npm start says why the desktop app cannot open, and how to fix it, then the browser version works', async ({
  page,
}) => {
  const temp = await mkdtemp(join(tmpdir(), 'briefpack-start-'))
  const port = await closedPort()
  const child = spawn(
    process.execPath,
    ['scripts/start.mjs', '--port', '0', '--data', join(temp, 'data')],
    {
      env: {
        ...process.env,
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
        ELECTRON_OVERRIDE_DIST_PATH: join(temp, 'no-runtime'),
        electron_config_cache: join(temp, 'cache'),
        BRIEFPACK_NO_BROWSER: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  try {
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve)
      child.once('exit', () => reject(new Error(`start.mjs ended first:\n${stderr}`)))
    })
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
    expect(stderr).toContain('Fetching Electron’s runtime for the desktop app')
    expect(stderr).toContain(
      `Briefpack’s desktop app cannot open here: Electron’s runtime could not be downloaded: the connection to 127.0.0.1:${port} was refused.`,
    )
    expect(stderr).toMatch(/To fix this: .*set ELECTRON_MIRROR to a mirror/)
    expect(stderr).toContain('Starting the browser version of Briefpack instead')

    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    await expect(page.getByRole('link', { name: ARTICLES.news.title })).toBeVisible()
  } finally {
    child.kill('SIGINT')
    // One Ctrl+C stops it, saving first, with success: nothing was left unsaved.
    expect(await exited).toBe(0)
    await rm(temp, { recursive: true, force: true })
  }
})
