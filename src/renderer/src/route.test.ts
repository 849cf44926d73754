import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref } from './route'

describe('parseRoute', () => {
  it('reads an article route and round-trips it', () => {
    const route = parseRoute('#/articles/003_d19da5c6ad6d0496')
    expect(route).toEqual({ name: 'article', id: '003_d19da5c6ad6d0496' })
    expect(routeHref(route)).toBe('#/articles/003_d19da5c6ad6d0496')
  })

  it('falls back to the library for anything else', () => {
    for (const hash of ['', '#', '#/', '#/articles/', '#/articles/../x', '#/elsewhere']) {
      expect(parseRoute(hash)).toEqual({ name: 'library' })
    }
  })
})
