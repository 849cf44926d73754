import { describe, expect, it } from 'vitest'
import { CHANNELS } from './contract'
import { ARGS_SCHEMAS, parseArgs } from './contract-validation'

describe('parseArgs', () => {
  it('has a schema for every channel', () => {
    expect(Object.keys(ARGS_SCHEMAS).sort()).toEqual([...CHANNELS].sort())
  })

  it('accepts well-formed calls', () => {
    expect(parseArgs('articles:list', [])).toEqual({ ok: true, args: [] })
    expect(parseArgs('articles:get', ['003_d19da5c6ad6d0496'])).toEqual({
      ok: true,
      args: ['003_d19da5c6ad6d0496'],
    })
  })

  it.each([
    ['a path', ['../../etc/passwd']],
    ['an absolute path', ['/etc/passwd']],
    ['an empty id', ['']],
    ['a number', [42]],
    ['an object', [{ id: 'x' }]],
    ['an over-long id', ['a'.repeat(65)]],
    ['a missing id', []],
    ['an extra argument', ['003_d19da5c6ad6d0496', 'more']],
    ['no argument array at all', 'articles'],
    ['null', null],
  ])('refuses articles:get with %s, saying why', (_what, raw) => {
    const result = parseArgs('articles:get', raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^Invalid arguments for articles:get: /)
  })

  it('refuses arguments to a call that takes none', () => {
    expect(parseArgs('articles:list', ['surprise']).ok).toBe(false)
  })
})
