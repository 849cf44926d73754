import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '../../shared/errors'
import { createApi, httpTransport, withBrowserClipboard } from './api-transport'

const base = new URL('http://127.0.0.1:5000/secret/')

const respond =
  (body: string, init: ResponseInit): typeof fetch =>
  async () =>
    new Response(body, init)

describe('the browser host transport', () => {
  it('posts the arguments as JSON to api/<channel> under the page URL', async () => {
    const calls: [string, RequestInit][] = []
    const fetchImpl: typeof fetch = async (url, init) => {
      calls.push([String(url), init ?? {}])
      return Response.json({ ok: true, value: { id: 'a' } })
    }
    const api = createApi(httpTransport(base, fetchImpl))
    await expect(api['articles:get']('a' as never)).resolves.toEqual({ id: 'a' })
    expect(calls[0]?.[0]).toBe('http://127.0.0.1:5000/secret/api/articles:get')
    expect(calls[0]?.[1]).toMatchObject({ method: 'POST', body: '["a"]' })
  })

  it('turns an error result into an AppError with the host’s message', async () => {
    const error = { code: 'not-found', message: 'No article with id “x”.' }
    const api = createApi(
      httpTransport(
        base,
        respond(JSON.stringify({ ok: false, error }), {
          status: 404,
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    )
    await expect(api['articles:get']('x' as never)).rejects.toMatchObject({
      name: 'AppError',
      code: 'not-found',
      message: 'No article with id “x”.',
    })
  })

  it('explains a refusal that is not a result (a wrong secret, say)', async () => {
    const api = createApi(httpTransport(base, respond('Not found', { status: 404 })))
    await expect(api['articles:list']()).rejects.toThrow(/refused the request \(HTTP 404\)/)
  })

  it('explains an unreachable host', async () => {
    const api = createApi(
      httpTransport(base, async () => {
        throw new TypeError('fetch failed')
      }),
    )
    const error = await api['articles:list']().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/cannot reach its host/)
  })
})

describe('the browser host’s clipboard', () => {
  const api = createApi(async () => {
    throw new Error('the host is never asked to copy')
  })
  afterEach(() => vi.unstubAllGlobals())

  it('writes text and HTML with the browser’s clipboard, never through the host', async () => {
    class FakeItem {
      constructor(readonly items: Record<string, Blob>) {}
    }
    vi.stubGlobal('ClipboardItem', FakeItem)
    const written: FakeItem[] = []
    const clipboard = {
      write: async (items: FakeItem[]) => void written.push(...items),
      writeText: vi.fn(),
    }
    const copying = withBrowserClipboard(api, clipboard as never)
    await expect(
      copying['clipboard:write']({ text: 'Quote', html: '<q>Quote</q>' }),
    ).resolves.toBeNull()
    expect(await written[0]!.items['text/html']!.text()).toBe('<q>Quote</q>')
    expect(await written[0]!.items['text/plain']!.text()).toBe('Quote')
    expect(copying['articles:list']).toBe(api['articles:list'])
  })

  it('writes the text alone where the browser has no ClipboardItem, and says so when refused', async () => {
    const writeText = vi.fn(async () => {})
    const copying = withBrowserClipboard(api, { write: vi.fn(), writeText })
    await copying['clipboard:write']({ text: 'Quote', html: '<q>Quote</q>' })
    expect(writeText).toHaveBeenCalledWith('Quote')
    const refusing = withBrowserClipboard(api, {
      write: vi.fn(),
      writeText: async () => {
        throw new DOMException('Document is not focused', 'NotAllowedError')
      },
    })
    await expect(refusing['clipboard:write']({ text: 'Quote' })).rejects.toThrow(
      /did not let Briefpack copy/,
    )
  })
})
