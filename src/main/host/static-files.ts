import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
}

/** The Content-Type to serve a file with; unknown kinds are plain bytes (with nosniff). */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Map the URL path below the secret (still percent-encoded, without query) to a file inside
 * `root`, or null. Every segment is decoded once and must be a plain name: no `.`/`..`, no
 * dotfiles, no encoded or literal slash or backslash, no NUL, no `:` (Windows drives and
 * alternate streams), no empty segment. The joined path is checked to be inside `root` as well.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  const raw = urlPath === '' ? 'index.html' : urlPath
  const segments: string[] = []
  for (const encoded of raw.split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(encoded)
    } catch {
      return null
    }
    if (segment === '' || segment.startsWith('.') || /[/\\:\0]/.test(segment)) return null
    segments.push(segment)
  }
  const resolved = join(root, ...segments)
  return resolved.startsWith(root.endsWith(sep) ? root : root + sep) ? resolved : null
}

/**
 * Send a file from `root` (whose path comes from resolveStaticPath), or answer 404. Symbolic links
 * are followed only when their target is inside `root` too.
 */
export async function sendStaticFile(
  res: ServerResponse,
  options: { root: string; file: string; headOnly: boolean; headers: Record<string, string> },
): Promise<void> {
  let size: number
  let real: string
  try {
    const realRoot = await realpath(options.root)
    real = await realpath(options.file)
    const info = await stat(real)
    if (!real.startsWith(realRoot + sep) || !info.isFile()) throw new Error('not a file here')
    size = info.size
  } catch {
    res.writeHead(404, { ...options.headers, 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Not found')
    return
  }
  res.writeHead(200, {
    ...options.headers,
    'Content-Type': contentTypeFor(real),
    'Content-Length': String(size),
    // index.html names the current build's hashed assets: never reuse a stale copy.
    'Cache-Control': real.endsWith(`${sep}index.html`) ? 'no-store' : 'no-cache',
  })
  if (options.headOnly) {
    res.end()
    return
  }
  const stream = createReadStream(real)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}
