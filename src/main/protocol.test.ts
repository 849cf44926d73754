import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './content-security-policy'
import { respondFromRenderer } from './protocol'

vi.mock('electron', async () =>
  (await import('../../test-support/electron/fake-electron')).createFakeElectron(),
)

let root: string
let renderer: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'briefpack-protocol-'))
  renderer = join(root, 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Briefpack</title>')
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'export {}')
  await writeFile(join(renderer, '.env'), 'SECRET=1')
  await writeFile(join(root, 'secret.txt'), 'not for the page')
})
afterAll(() => rm(root, { recursive: true, force: true }))

const get = (url: string, method = 'GET') =>
  respondFromRenderer(renderer, new Request(url, { method }))

describe('respondFromRenderer', () => {
  it('serves the page and its scripts with their types and the CSP as a header', async () => {
    const page = await get('app://briefpack/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Briefpack</title>')
    const script = await get('app://briefpack/assets/index-abc.js?v=1#x')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await (await get('app://briefpack/')).text()).toContain('Briefpack')
  })

  it('answers HEAD without a body', async () => {
    const head = await get('app://briefpack/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('serves nothing outside the renderer, nor hidden files, nor for another host', async () => {
    for (const url of [
      'app://briefpack/../secret.txt',
      'app://briefpack/%2e%2e/secret.txt',
      'app://briefpack/assets%2f..%2f..%2fsecret.txt',
      'app://briefpack/assets/..%5c..%5csecret.txt',
      'app://briefpack/.env',
      'app://briefpack/C:/Windows/win.ini',
      'app://briefpack/missing.js',
      'app://briefpack/assets',
      'app://elsewhere/index.html',
    ]) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).toBe('Not found')
    }
    expect((await get('app://briefpack/index.html', 'POST')).status).toBe(405)
  })
})
