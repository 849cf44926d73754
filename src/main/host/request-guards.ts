import { timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * Whether `candidate` is the per-launch secret, in time that does not depend on where the two
 * differ (a timing side channel would let a local page guess it character by character).
 */
export function matchesSecret(candidate: string, secret: string): boolean {
  const given = Buffer.from(candidate)
  const expected = Buffer.from(secret)
  if (given.length !== expected.length) {
    // timingSafeEqual needs equal lengths; the secret's length is no secret.
    timingSafeEqual(expected, expected)
    return false
  }
  return timingSafeEqual(given, expected)
}

/**
 * Whether the Host header names this server by a loopback name. Anything else means the browser
 * reached us through a name an attacker controls (DNS rebinding), with that site's origin.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false
  const lower = host.toLowerCase()
  return lower === `127.0.0.1:${port}` || lower === `localhost:${port}`
}

/**
 * Whether an API request may come from the page it claims to: browsers send `Origin` on every
 * POST and `Sec-Fetch-Site` on every request, so a page on another origin (even another port of
 * localhost, which is same-site) is refused. Tools that send neither (curl, test clients) pass;
 * they already had to know the secret.
 */
export function isSameOriginRequest(headers: IncomingHttpHeaders): boolean {
  const fetchSite = headers['sec-fetch-site']
  if (fetchSite !== undefined && fetchSite !== 'same-origin') return false
  const origin = headers.origin
  if (origin === undefined) return true
  return headers.host !== undefined && origin === `http://${headers.host.toLowerCase()}`
}

/** Whether a Content-Type header is JSON (parameters such as charset=utf-8 allowed). */
export function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false
  const [mediaType = '', ...parameters] = value.split(';').map((part) => part.trim().toLowerCase())
  if (mediaType !== 'application/json') return false
  const charset = parameters.find((p) => p.startsWith('charset='))
  return charset === undefined || /^charset="?utf-8"?$/.test(charset)
}
