import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from './route'

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['#/articles/003_d19da5c6ad6d0496', { name: 'article', id: '003_d19da5c6ad6d0496' as never }],
    [
      '#/articles/003_d19da5c6ad6d0496/annotations/9b1d-2c',
      { name: 'article', id: '003_d19da5c6ad6d0496' as never, focus: '9b1d-2c' as never },
    ],
    ['#/overview', { name: 'overview' }],
    ['#/codebook', { name: 'codebook' }],
    ['#/briefing', { name: 'briefing' }],
    ['#/', { name: 'library' }],
  ])('reads %s and round-trips it', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route)
    if (hash !== '#/') expect(routeHref(route)).toBe(hash)
  })

  it('falls back to the library for anything else', () => {
    for (const hash of [
      '',
      '#',
      '#/articles/',
      '#/articles/../x',
      '#/elsewhere',
      `#/articles/${'a'.repeat(65)}`,
    ]) {
      expect(parseRoute(hash)).toEqual({ name: 'library' })
    }
  })
})
