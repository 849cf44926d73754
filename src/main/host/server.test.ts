import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { AppError } from '../../shared/errors'
import type { Article, ArticleId, ArticleSummary } from '../../shared/model/article'
import { INTERNAL_ERROR_MESSAGE } from '../dispatch'
import { fakeHandlers } from '../../../test-support/fake-handlers'
import type { Handlers } from '../services'
import type { StoreStatus } from '../../shared/contract'
import { Committed } from '../workspace/committed'
import {
  CHANGE_ID_HEADER,
  CONTENT_SECURITY_POLICY,
  MAX_BODY_BYTES,
  STORE_SESSION_HEADER,
  startHost,
  type Host,
} from './server'

const INDEX_HTML = '<!doctype html><title>Briefpack</title><script src="./assets/app.js"></script>'
const APP_JS = 'console.log("app")'
const OUTSIDE = 'outside the renderer folder'
const summary = { id: 'a1' as ArticleId, title: 'A' } as ArticleSummary

const handlers: Handlers = fakeHandlers({
  'articles:list': () => [summary],
  'articles:get': (id) => {
    if (id === 'a1') return { id } as Article
    if (id === 'boom') throw new Error('EACCES: /home/someone/private')
    throw new AppError('not-found', 'That article is not in the library.')
  },
})

let temp: string
let host: Host
let base: URL
let port: number
let secret: string
const log = vi.fn()

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A request exactly as written: fetch normalises paths and won't forge Host or Origin. */
function raw(options: {
  path: string
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
  setHost?: boolean
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
        setHost: options.setHost ?? true,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

function call(channel: string, body: string, headers: Record<string, string> = {}) {
  return raw({
    path: `/${secret}/api/${channel}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  })
}

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'briefpack-host-'))
  const renderer = join(temp, 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  await writeFile(join(renderer, 'index.html'), INDEX_HTML)
  await writeFile(join(renderer, 'assets', 'app.js'), APP_JS)
  await writeFile(join(renderer, '.env'), OUTSIDE)
  await writeFile(join(temp, 'secret.txt'), OUTSIDE)
  await symlink(join(temp, 'secret.txt'), join(renderer, 'assets', 'link.txt'))
  host = await startHost({ handlers, rendererDir: renderer, port: 0, log })
  base = new URL(host.url)
  port = Number(base.port)
  secret = base.pathname.split('/')[1]!
})

afterAll(async () => {
  await host?.close()
  await rm(temp, { recursive: true, force: true })
})

describe('the URL', () => {
  it('is http://127.0.0.1:PORT/<secret>/ with a fresh 24-byte secret per launch', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{32}\/$/)
    expect(port).toBeGreaterThan(0)
    const other = await startHost({ handlers, rendererDir: temp })
    try {
      expect(new URL(other.url).pathname).not.toBe(base.pathname)
    } finally {
      await other.close()
    }
  })

  it('redirects /<secret> to /<secret>/ so relative URLs resolve', async () => {
    const res = await raw({ path: `/${secret}?x=1` })
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe(`/${secret}/?x=1`)
  })
})

describe('static files', () => {
  it('serves index.html with a strict policy and no caching', async () => {
    const res = await fetch(host.url)
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(INDEX_HTML)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    )
    expect((await fetch(new URL('index.html?v=2', base))).status).toBe(200)
  })

  it('serves assets with their content type', async () => {
    const res = await fetch(new URL('assets/app.js', base))
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(APP_JS)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await raw({ path: `/${secret}/assets/app.js`, method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe(String(APP_JS.length))
    expect(head.body).toBe('')
    const post = await raw({ path: `/${secret}/index.html`, method: 'POST' })
    expect(post.status).toBe(405)
  })

  it('404s missing files and folders', async () => {
    for (const path of ['missing.js', 'assets', 'assets/', 'assets//app.js']) {
      expect((await raw({ path: `/${secret}/${path}` })).status, path).toBe(404)
    }
  })

  it('never serves anything outside the renderer folder', async () => {
    const attempts = [
      '../secret.txt',
      'assets/../../secret.txt',
      '%2e%2e/secret.txt',
      '%2E%2E/secret.txt',
      '..%2fsecret.txt',
      '%2e%2e%2fsecret.txt',
      'assets/..%2f..%2fsecret.txt',
      'assets%2f..%2f..%2fsecret.txt',
      '..\\secret.txt',
      'assets\\..\\..\\secret.txt',
      '..%5csecret.txt',
      'assets%5c..%5c..%5csecret.txt',
      `%2f${encodeURIComponent(join(temp, 'secret.txt').slice(1))}`,
      `/${join(temp, 'secret.txt')}`,
      'index.html%00.js',
      'index.html%00',
      '%00',
      '.env',
      '%2eenv',
      'assets/link.txt',
      'C:%5cWindows%5cwin.ini',
      'index.html::$DATA',
      '%',
      '%zz',
      '%c0%ae%c0%ae/secret.txt',
    ]
    for (const attempt of attempts) {
      const res = await raw({ path: `/${secret}/${attempt}` })
      expect(res.status, attempt).toBe(404)
      expect(res.body, attempt).not.toContain(OUTSIDE)
    }
  })
})

describe('the secret', () => {
  it('is required, whole and exact, on every path', async () => {
    const wrong = [
      '/',
      '/index.html',
      '/assets/app.js',
      '/api/articles:list',
      `/${secret.slice(0, -1)}/`,
      `/${secret}x/`,
      `/${secret.toLowerCase() === secret ? secret.toUpperCase() : secret.toLowerCase()}/`,
      // Its first character changed (to another: the secret itself may start with x).
      `/${secret.startsWith('x') ? 'y' : 'x'}${secret.slice(1)}/`,
      `/%2F${secret}/`,
      `//${secret}/`,
    ]
    for (const path of wrong) {
      const res = await raw({ path })
      expect(res.status, path).toBe(404)
      expect(res.body, path).not.toContain('Briefpack</title>')
    }
    const api = await raw({
      path: '/wrong/api/articles:list',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '[]',
    })
    expect(api.status).toBe(404)
  })

  it('is the one given, so a restarted host answers the links it printed before', async () => {
    const kept = 'k'.repeat(32)
    const other = await startHost({ handlers, rendererDir: temp, secret: kept })
    try {
      expect(new URL(other.url).pathname).toBe(`/${kept}/`)
      const res = await fetch(new URL('api/articles:list', other.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '[]',
      })
      expect(await res.json()).toEqual({ ok: true, value: [summary] })
    } finally {
      await other.close()
    }
    await expect(startHost({ handlers, rendererDir: temp, secret: 'short' })).rejects.toThrow(
      /too weak/,
    )
  })
})

describe('the Host header', () => {
  it('must name this server by a loopback name (DNS rebinding)', async () => {
    for (const hostHeader of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `127.0.0.1`,
      `[::1]:${port}`,
      `127.0.0.1.evil.example:${port}`,
    ]) {
      const res = await raw({ path: `/${secret}/`, headers: { Host: hostHeader } })
      expect(res.status, hostHeader).toBe(403)
      const api = await call('articles:list', '[]', { Host: hostHeader })
      expect(api.status, hostHeader).toBe(403)
    }
    // Without any Host header, Node's HTTP/1.1 parser refuses the request itself.
    expect((await raw({ path: `/${secret}/`, setHost: false })).status).toBe(400)
  })

  it('accepts 127.0.0.1:PORT and localhost:PORT', async () => {
    expect((await raw({ path: `/${secret}/` })).status).toBe(200)
    expect(
      (await raw({ path: `/${secret}/`, headers: { Host: `localhost:${port}` } })).status,
    ).toBe(200)
    const api = await call('articles:list', '[]', {
      Host: `LocalHost:${port}`,
      Origin: `http://localhost:${port}`,
    })
    expect(api.status).toBe(200)
  })
})

describe('API calls', () => {
  it('answer a JSON array of arguments with a JSON WireResult', async () => {
    const res = await fetch(new URL('api/articles:list', base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '[]',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.json()).toEqual({ ok: true, value: [summary] })

    const get = await call('articles:get', '["a1"]', {
      Origin: `http://127.0.0.1:${port}`,
      'Sec-Fetch-Site': 'same-origin',
      'Content-Type': 'application/json; charset=UTF-8',
    })
    expect(get.status).toBe(200)
    expect(JSON.parse(get.body)).toEqual({ ok: true, value: { id: 'a1' } })
  })

  it('refuse other origins and cross-site requests', async () => {
    const refused: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { Origin: `http://localhost:${port}` }, // Host is 127.0.0.1: another origin
      { Origin: `http://127.0.0.1:${port + 1}` },
      { Origin: `https://127.0.0.1:${port}` },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { 'Sec-Fetch-Site': 'cross-site', Origin: `http://127.0.0.1:${port}` },
    ]
    for (const headers of refused) {
      const res = await call('articles:list', '[]', headers)
      expect(res.status, JSON.stringify(headers)).toBe(403)
      expect(JSON.parse(res.body)).toMatchObject({ ok: false })
    }
  })

  it('must be POST with a JSON content type', async () => {
    const get = await raw({ path: `/${secret}/api/articles:list` })
    expect(get.status).toBe(405)
    expect(get.headers.allow).toBe('POST')
    const options = await raw({ path: `/${secret}/api/articles:list`, method: 'OPTIONS' })
    expect(options.status).toBe(405)
    expect(options.headers['access-control-allow-origin']).toBeUndefined()
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonx']) {
      expect((await call('articles:list', '[]', { 'Content-Type': type })).status, type).toBe(415)
    }
    const none = await raw({ path: `/${secret}/api/articles:list`, method: 'POST', body: '[]' })
    expect(none.status).toBe(415)
  })

  it('refuse a body over 1 MB, declared or streamed', async () => {
    const big = `["${'a'.repeat(MAX_BODY_BYTES)}"]`
    const declared = await call('articles:get', big)
    expect(declared.status).toBe(413)
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false })

    const streamed = await raw({
      path: `/${secret}/api/articles:get`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: big,
    })
    expect(streamed.status).toBe(413)
    // Just under the limit is read (and then refused by the validator, not by size).
    const justUnder = `["${'a'.repeat(MAX_BODY_BYTES - 10)}"]`
    expect((await call('articles:get', justUnder)).status).toBe(400)
  })

  it('answer malformed JSON with 400 and a WireResult', async () => {
    for (const body of ['', '[', "['a1']", '[1,]', Buffer.from([0x5b, 0xff, 0x5d])]) {
      const res = await call('articles:list', body as string)
      expect(res.status).toBe(400)
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    }
  })

  it('answer an unknown channel with 404', async () => {
    for (const channel of [
      'articles:delete',
      '__proto__',
      'constructor',
      '',
      '%zz',
      'articles%3alist%2f',
    ]) {
      const res = await call(channel, '[]')
      expect(res.status, channel).toBe(404)
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    }
    expect((await call('', '[]')).status).toBe(404)
    const bare = await raw({
      path: `/${secret}/api`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '[]',
    })
    expect(bare.status).toBe(404)
  })

  it("answer invalid arguments with 400 and the validator's message", async () => {
    for (const body of ['["../../etc/passwd"]', '[]', '[1]', '{"id":"a1"}', '"a1"', 'null']) {
      const res = await call('articles:get', body)
      expect(res.status, body).toBe(400)
      const result = JSON.parse(res.body)
      expect(result.ok).toBe(false)
      expect(result.error.code).toBe('invalid-argument')
      expect(result.error.message).toMatch(/^Invalid arguments for articles:get: /)
    }
  })

  it('map handler errors to statuses, hiding unexpected detail', async () => {
    const missing = await call('articles:get', '["nope"]')
    expect(missing.status).toBe(404)
    expect(JSON.parse(missing.body)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That article is not in the library.' },
    })
    const boom = await call('articles:get', '["boom"]')
    expect(boom.status).toBe(500)
    expect(JSON.parse(boom.body)).toEqual({
      ok: false,
      error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE },
    })
    expect(boom.body).not.toContain('/home/someone')
    expect(log).toHaveBeenCalled()
  })
})

describe('lifecycle', () => {
  it('closes promptly even while a browser keeps a connection alive', async () => {
    const other = await startHost({ handlers, rendererDir: temp })
    const { Agent } = await import('node:http')
    const agent = new Agent({ keepAlive: true })
    await new Promise<void>((resolve, reject) => {
      request(other.url, { agent }, (res) => {
        res.resume()
        res.on('end', () => resolve())
      })
        .on('error', reject)
        .end()
    })
    const started = Date.now()
    await other.close()
    expect(Date.now() - started).toBeLessThan(1000)
    agent.destroy()
  })

  it('explains a port that is already taken', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()))
    const taken = (blocker.address() as { port: number }).port
    try {
      await expect(startHost({ handlers, rendererDir: temp, port: taken })).rejects.toThrow(
        `Port ${taken} is already in use`,
      )
    } finally {
      blocker.close()
    }
  })

  it('takes any free port when a remembered one is taken, if asked to', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()))
    const taken = (blocker.address() as { port: number }).port
    try {
      const other = await startHost({
        handlers,
        rendererDir: temp,
        port: taken,
        anyPortIfTaken: true,
      })
      expect(other.port).not.toBe(taken)
      expect(new URL(other.url).port).toBe(String(other.port))
      await other.close()
    } finally {
      blocker.close()
    }
  })
})

describe('the change headers', () => {
  const deletions = vi.fn()
  const changeHandlers = fakeHandlers({
    'annotations:delete': (id) => {
      deletions(id)
      return new Committed(null, { onDisk: true, problem: null, storeSession: 's-1' })
    },
    'store:status': () => ({ storeSession: 's-1' }) as StoreStatus,
  })
  let changeHost: Host
  beforeAll(async () => {
    changeHost = await startHost({ handlers: changeHandlers, rendererDir: temp })
  })
  afterAll(() => changeHost.close())
  const send = (headers: Record<string, string>) =>
    fetch(new URL('api/annotations:delete', changeHost.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: '["a1"]',
    })

  it('run a change sent twice with one change id once, answering both alike', async () => {
    const first = await send({ [CHANGE_ID_HEADER]: 'change-7' })
    const again = await send({ [CHANGE_ID_HEADER]: 'change-7' })
    expect(await again.json()).toEqual(await first.json())
    expect(deletions).toHaveBeenCalledTimes(1)
  })

  it('refuse a change that expects another store session with 409, unrun', async () => {
    deletions.mockClear()
    const stale = await send({ [STORE_SESSION_HEADER]: 's-0' })
    expect(stale.status).toBe(409)
    expect(await stale.json()).toMatchObject({ ok: false, error: { code: 'session-changed' } })
    expect(deletions).not.toHaveBeenCalled()
    expect((await send({ [STORE_SESSION_HEADER]: 's-1' })).status).toBe(200)
  })

  it('refuse malformed header values', async () => {
    for (const header of [CHANGE_ID_HEADER, STORE_SESSION_HEADER]) {
      const res = await send({ [header]: 'no spaces/or slashes' })
      expect(res.status, header).toBe(400)
    }
  })
})
