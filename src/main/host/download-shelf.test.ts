import { writeFile } from 'node:fs/promises'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fakeHandlers } from '../../../test-support/fake-handlers'
import { attachmentHeader, createDownloadShelf, type DownloadShelf } from './download-shelf'
import { startHost, type Host } from './server'

let shelf: DownloadShelf
let host: Host
let renderer: string

beforeAll(async () => {
  renderer = await mkdtemp(join(tmpdir(), 'briefpack-renderer-'))
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>x</title>')
  shelf = await createDownloadShelf()
  host = await startHost({ handlers: fakeHandlers({}), rendererDir: renderer, downloads: shelf })
})

afterAll(async () => {
  await host.close()
  await shelf.close()
  await rm(renderer, { recursive: true, force: true })
})

describe('downloads from the browser host', () => {
  it('hands over a shelved pack as an attachment, under the secret only', async () => {
    const reserved = shelf.reserve('Integration — pack.pdf')
    await writeFile(reserved.path, '%PDF-1.7 fake')
    const response = await fetch(new URL(reserved.url, host.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(
      attachmentHeader('Integration — pack.pdf'),
    )
    expect(await response.text()).toBe('%PDF-1.7 fake')

    const withoutSecret = new URL(host.url)
    withoutSecret.pathname = `/${reserved.url}`
    expect((await fetch(withoutSecret)).status).toBe(404)
  })

  it('answers 404 for an unknown token or a file not yet written', async () => {
    expect((await fetch(new URL('exports/nope/x.pdf', host.url))).status).toBe(404)
    const reserved = shelf.reserve('later.pdf')
    expect((await fetch(new URL(reserved.url, host.url))).status).toBe(404)
  })

  it('writes a Content-Disposition every browser reads', () => {
    expect(attachmentHeader('Pack “A”.pdf')).toBe(
      `attachment; filename="Pack _A_.pdf"; filename*=UTF-8''Pack%20%E2%80%9CA%E2%80%9D.pdf`,
    )
  })
})
