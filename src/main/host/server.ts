import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, resolve } from 'node:path'
import { isChannel } from '../../shared/contract'
import type { ErrorCode, WireResult } from '../../shared/errors'
import { createChangeLog } from '../change-log'
import { CONTENT_SECURITY_POLICY } from '../content-security-policy'
import { dispatch, type CallContext, type ErrorLog } from '../dispatch'
import type { Handlers } from '../services'
import {
  isAllowedHost,
  isJsonContentType,
  isSameOriginRequest,
  matchesSecret,
} from './request-guards'
import { attachmentHeader, type DownloadShelf } from './download-shelf'
import { resolveStaticPath, sendStaticFile } from './static-files'

/** The largest API request body accepted; the contract's arguments are ids and small drafts. */
export const MAX_BODY_BYTES = 1024 * 1024

export { CONTENT_SECURITY_POLICY }

/** Sent with every response, static or API. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
}

const STATUS_FOR_CODE: Record<ErrorCode, number> = {
  'invalid-argument': 400,
  'not-found': 404,
  internal: 500,
  // Never sent by a host (the page's transport makes it up), but every code has a status.
  unreachable: 503,
  'session-changed': 409,
}

/** Request headers by which the page names a change and the store session it expects. */
export const CHANGE_ID_HEADER = 'briefpack-change-id'
export const STORE_SESSION_HEADER = 'briefpack-store-session'
const HEADER_VALUE = /^[A-Za-z0-9_-]{1,100}$/

export interface HostOptions {
  handlers: Handlers
  /** The built renderer (index.html and assets/). */
  rendererDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** If `port` is taken, listen on any free port instead of failing (a remembered port). */
  anyPortIfTaken?: boolean
  /**
   * The secret path segment (base64url, at least 32 characters). Kept per data folder across
   * restarts by the browser host (see host-identity.ts), so an open tab reconnects; a fresh
   * random one when absent.
   */
  secret?: string
  /** Loopback only: the secret in the URL is the only credential. */
  host?: '127.0.0.1'
  log?: ErrorLog
  /** Built packs to hand over as downloads (`exports/<token>/<name>`), if this host offers any. */
  downloads?: Pick<DownloadShelf, 'find'>
}

export interface Host {
  /** What to open in a browser: `http://127.0.0.1:PORT/<secret>/`. */
  url: string
  /** The port it listens on (the one asked for, or the free one picked). */
  port: number
  close(): Promise<void>
}

/** A fresh secret for the URL: 24 random bytes, 32 base64url characters. */
export function newSecret(): string {
  return randomBytes(24).toString('base64url')
}

/**
 * Serve the renderer and the contract's calls over loopback HTTP, for the browser host and e2e.
 * Everything lives under a secret path (`/<secret>/`), so other local users and the web pages of
 * any browser cannot reach the services without the printed link.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const host = options.host ?? '127.0.0.1'
  const secret = options.secret ?? newSecret()
  if (!/^[A-Za-z0-9_-]{32,}$/.test(secret)) throw new Error('The host secret is too weak.')
  const context = {
    ...options,
    rendererDir: resolve(options.rendererDir),
    secret,
    port: 0,
    log: options.log ?? ((message: string, error: unknown) => console.error(message, error)),
    changes: createChangeLog(),
  }
  const server = createServer((req, res) => {
    handleRequest(context, req, res).catch((error: unknown) => {
      context.log('Briefpack host: request failed:', error)
      if (!res.headersSent) sendText(res, 500, 'Internal error')
      else res.destroy()
    })
  })

  const listen = (port: number) =>
    new Promise<void>((resolveListen, reject) => {
      const onError = (error: NodeJS.ErrnoException) => reject(error)
      server.once('error', onError)
      server.listen(port, host, () => {
        server.off('error', onError)
        resolveListen()
      })
    })
  const port = options.port ?? 0
  try {
    await listen(port).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' && options.anyPortIfTaken && port !== 0) return listen(0)
      throw error
    })
  } catch (error) {
    throw describeListenError(error as NodeJS.ErrnoException, port)
  }
  context.port = (server.address() as AddressInfo).port
  // From here on a server error (say, out of file descriptors) is logged, not a crash.
  server.on('error', (error) => context.log('Briefpack host: server error:', error))

  return {
    url: `http://${host}:${context.port}/${secret}/`,
    port: context.port,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose())
        // A browser tab keeps idle keep-alive connections open; don't wait for it to let go.
        server.closeAllConnections()
      }),
  }
}

type Context = HostOptions & {
  rendererDir: string
  secret: string
  port: number
  log: ErrorLog
  changes: ReturnType<typeof createChangeLog>
}

async function handleRequest(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (!isAllowedHost(req.headers.host, ctx.port)) return sendText(res, 403, 'Forbidden host')

  const target = req.url ?? ''
  if (!target.startsWith('/')) return sendText(res, 404, 'Not found')
  const queryAt = target.indexOf('?')
  const path = queryAt === -1 ? target : target.slice(0, queryAt)
  const query = queryAt === -1 ? '' : target.slice(queryAt)

  const slashAt = path.indexOf('/', 1)
  const first = slashAt === -1 ? path.slice(1) : path.slice(1, slashAt)
  if (!matchesSecret(first, ctx.secret)) return sendText(res, 404, 'Not found')
  if (slashAt === -1) {
    // Relative asset and API URLs resolve against the folder, so the page must be at `/<secret>/`.
    res.writeHead(302, { ...SECURITY_HEADERS, Location: `/${ctx.secret}/${query}` })
    res.end()
    return
  }

  const rest = path.slice(slashAt + 1)
  if (rest === 'api' || rest.startsWith('api/'))
    return handleApiRequest(ctx, req, res, rest.slice(4))

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    return sendText(res, 405, 'Method not allowed')
  }
  if (rest.startsWith('exports/')) return sendDownload(ctx, req, res, rest.slice('exports/'.length))
  const file = resolveStaticPath(ctx.rendererDir, rest)
  if (file === null) return sendText(res, 404, 'Not found')
  await sendStaticFile(res, {
    root: ctx.rendererDir,
    file,
    headOnly: req.method === 'HEAD',
    headers: SECURITY_HEADERS,
  })
}

/** A built pack, by the unguessable token its export returned; nothing else is reachable here. */
async function sendDownload(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  rest: string,
): Promise<void> {
  const token = rest.split('/')[0] ?? ''
  const shelved = ctx.downloads?.find(token)
  if (!shelved) return sendText(res, 404, 'Not found')
  await sendStaticFile(res, {
    root: dirname(shelved.path),
    file: shelved.path,
    headOnly: req.method === 'HEAD',
    headers: { ...SECURITY_HEADERS, 'Content-Disposition': attachmentHeader(shelved.fileName) },
  })
}

async function handleApiRequest(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  encodedChannel: string,
): Promise<void> {
  if (!isSameOriginRequest(req.headers)) {
    return sendRefusal(res, 403, 'invalid-argument', 'Requests from other sites are refused.')
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST')
    return sendRefusal(res, 405, 'invalid-argument', 'API calls must be POST requests.')
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    return sendRefusal(res, 415, 'invalid-argument', 'API calls must send application/json.')
  }
  const channel = safeDecode(encodedChannel)
  if (channel === null || !isChannel(channel)) {
    return sendRefusal(res, 404, 'not-found', 'Briefpack has no such call.')
  }

  const call = readCallContext(ctx, req)
  if (call === null) {
    return sendRefusal(res, 400, 'invalid-argument', 'A Briefpack header is malformed.')
  }

  const body = await readBody(req, MAX_BODY_BYTES)
  if (body === 'too-large') {
    return sendRefusal(res, 413, 'invalid-argument', 'The request is too large.')
  }
  let args: unknown
  try {
    args = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
  } catch {
    return sendRefusal(res, 400, 'invalid-argument', 'The request body is not valid JSON.')
  }
  const result = await dispatch(ctx.handlers, channel, args, ctx.log, call)
  sendJson(res, result.ok ? 200 : STATUS_FOR_CODE[result.error.code], result)
}

/** The change id and expected store session a page sends with a change; null if malformed. */
function readCallContext(ctx: Context, req: IncomingMessage): CallContext | null {
  const call: CallContext = { changes: ctx.changes }
  for (const [header, key] of [
    [CHANGE_ID_HEADER, 'changeId'],
    [STORE_SESSION_HEADER, 'expectedSession'],
  ] as const) {
    const value = req.headers[header]
    if (value === undefined) continue
    if (typeof value !== 'string' || !HEADER_VALUE.test(value)) return null
    call[key] = value
  }
  return call
}

/**
 * Read a request body up to `limit` bytes. A body declared larger is refused at once; one that
 * grows past the limit is read to its end but not kept, so the client still gets its answer.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'])
  if (declared > limit) return Promise.resolve('too-large')
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else chunks.length = 0
    })
    req.on('end', () => resolveBody(size > limit ? 'too-large' : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

function sendJson(res: ServerResponse, status: number, result: WireResult<unknown>): void {
  const body = JSON.stringify(result)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

function sendRefusal(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } })
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

function describeListenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new Error(
      `Port ${port} is already in use. Choose another with --port, or 0 for any free port.`,
    )
  }
  if (error.code === 'EACCES') {
    return new Error(`Not allowed to listen on port ${port}. Choose a port above 1023, or 0.`)
  }
  return error
}
