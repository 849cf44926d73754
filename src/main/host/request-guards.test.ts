import { describe, expect, it } from 'vitest'
import {
  isAllowedHost,
  isJsonContentType,
  isSameOriginRequest,
  matchesSecret,
} from './request-guards'

describe('matchesSecret', () => {
  it('accepts only the exact secret', () => {
    expect(matchesSecret('abc_-123', 'abc_-123')).toBe(true)
    for (const candidate of ['', 'abc_-12', 'abc_-1234', 'ABC_-123', 'abc_-124']) {
      expect(matchesSecret(candidate, 'abc_-123'), candidate).toBe(false)
    }
  })
})

describe('isAllowedHost', () => {
  it('accepts loopback names with this port only', () => {
    expect(isAllowedHost('127.0.0.1:8080', 8080)).toBe(true)
    expect(isAllowedHost('LOCALHOST:8080', 8080)).toBe(true)
    for (const host of [undefined, '', '127.0.0.1', '127.0.0.1:8081', 'evil.example:8080']) {
      expect(isAllowedHost(host, 8080), String(host)).toBe(false)
    }
  })
})

describe('isSameOriginRequest', () => {
  const host = '127.0.0.1:8080'
  it('accepts the page itself and clients that send no browser headers', () => {
    expect(isSameOriginRequest({ host })).toBe(true)
    expect(
      isSameOriginRequest({ host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }),
    ).toBe(true)
  })

  it('refuses other origins and any Sec-Fetch-Site but same-origin', () => {
    for (const headers of [
      { host, origin: 'null' },
      { host, origin: 'http://localhost:8080' },
      { host, origin: 'https://127.0.0.1:8080' },
      { host, 'sec-fetch-site': 'cross-site' },
      { host, 'sec-fetch-site': 'same-site' },
      { host, 'sec-fetch-site': 'none' },
      { origin: 'http://undefined' },
    ]) {
      expect(isSameOriginRequest(headers), JSON.stringify(headers)).toBe(false)
    }
  })
})

describe('isJsonContentType', () => {
  it('accepts application/json, with a UTF-8 charset at most', () => {
    expect(isJsonContentType('application/json')).toBe(true)
    expect(isJsonContentType('Application/JSON; charset=UTF-8')).toBe(true)
    expect(isJsonContentType('application/json;charset="utf-8"')).toBe(true)
    for (const type of [
      undefined,
      '',
      'text/plain',
      'application/jsonp',
      'application/json; charset=latin1',
      'multipart/form-data',
    ]) {
      expect(isJsonContentType(type), String(type)).toBe(false)
    }
  })
})
