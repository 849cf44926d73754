import { describe, expect, it } from 'vitest'
import { CHANNELS } from './contract'
import { ARGS_SCHEMAS, parseArgs } from './contract-validation'
import { NEWS_ID } from '../../test-support/articles'

describe('parseArgs', () => {
  it('has a schema for every channel', () => {
    expect(Object.keys(ARGS_SCHEMAS).sort()).toEqual([...CHANNELS].sort())
  })

  it('accepts well-formed calls', () => {
    expect(parseArgs('articles:list', [])).toEqual({ ok: true, args: [] })
    expect(parseArgs('articles:get', [NEWS_ID])).toEqual({
      ok: true,
      args: [NEWS_ID],
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
    ['an extra argument', [NEWS_ID, 'more']],
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

describe('annotation calls from an untrusted renderer', () => {
  const draft = () => ({
    target: {
      articleId: NEWS_ID,
      contentHash: 'a'.repeat(64),
      quote: { type: 'TextQuoteSelector', exact: 'zero star', prefix: 'a ', suffix: ' rating' },
      position: { type: 'TextPositionSelector', start: 10, end: 19 },
    },
    colour: 'yellow',
    tagIds: ['role-claim'],
    speaker: { source: 'article', id: 'graham-farrant' },
    note: 'Line one\nLine two',
  })

  it('accepts a well-formed draft and patch', () => {
    expect(parseArgs('annotations:create', [draft()]).ok).toBe(true)
    expect(parseArgs('annotations:update', ['id-1', { note: '' }]).ok).toBe(true)
    expect(parseArgs('annotations:update', ['id-1', { speaker: null }]).ok).toBe(true)
  })

  it.each([
    ['an unknown colour', (d: ReturnType<typeof draft>) => ({ ...d, colour: 'red' })],
    [
      'a note over 100,000 characters',
      (d: ReturnType<typeof draft>) => ({ ...d, note: 'x'.repeat(100_001) }),
    ],
    ['an extra field', (d: ReturnType<typeof draft>) => ({ ...d, html: '<img onerror=x>' })],
    [
      'a malformed hash',
      (d: ReturnType<typeof draft>) => ({ ...d, target: { ...d.target, contentHash: 'zz' } }),
    ],
    [
      'an empty quote',
      (d: ReturnType<typeof draft>) => ({
        ...d,
        target: { ...d.target, quote: { ...d.target.quote, exact: '' } },
      }),
    ],
    [
      'a backwards position',
      (d: ReturnType<typeof draft>) => ({
        ...d,
        target: { ...d.target, position: { type: 'TextPositionSelector', start: 19, end: 10 } },
      }),
    ],
    ['a tag id that is a path', (d: ReturnType<typeof draft>) => ({ ...d, tagIds: ['../x'] })],
    [
      'an unknown speaker source',
      (d: ReturnType<typeof draft>) => ({ ...d, speaker: { source: 'web', id: 'x' } }),
    ],
  ])('refuses a draft with %s', (_what, spoil) => {
    expect(parseArgs('annotations:create', [spoil(draft())]).ok).toBe(false)
  })

  it('takes a new record’s id from the page only as a UUID', () => {
    const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e'
    const tag = { name: 'X', colour: '#aa5500', description: '', group: '' }
    expect(parseArgs('annotations:create', [{ ...draft(), id: uuid }]).ok).toBe(true)
    expect(parseArgs('tags:create', [{ ...tag, id: uuid }]).ok).toBe(true)
    expect(parseArgs('speakers:create', [{ name: 'Sam', role: '', id: uuid }]).ok).toBe(true)
    for (const id of ['role-claim', uuid.toUpperCase(), `${uuid}x`, '../x', '', 42, undefined]) {
      expect(parseArgs('annotations:create', [{ ...draft(), id }]).ok, String(id)).toBe(false)
      expect(parseArgs('tags:create', [{ ...tag, id }]).ok, String(id)).toBe(false)
      expect(parseArgs('speakers:create', [{ name: 'Sam', role: '', id }]).ok, String(id)).toBe(
        false,
      )
    }
  })

  it('refuses a patch field that is there but undefined (structured clone keeps it)', () => {
    for (const field of ['colour', 'tagIds', 'speaker', 'note']) {
      expect(parseArgs('annotations:update', ['id-1', { note: 'x', [field]: undefined }])).toEqual({
        ok: false,
        message: expect.stringMatching(/^Invalid arguments for annotations:update: /),
      })
    }
    for (const field of ['name', 'colour', 'description', 'group']) {
      expect(parseArgs('tags:update', ['role-claim', { group: 'x', [field]: undefined }]).ok).toBe(
        false,
      )
    }
    expect(parseArgs('tags:update', ['role-claim', { group: '' }]).ok).toBe(true)
  })

  it('refuses an empty patch and an unknown tag deletion mode', () => {
    expect(parseArgs('annotations:update', ['id-1', {}])).toMatchObject({
      ok: false,
      message: /Nothing to change/,
    })
    expect(parseArgs('tags:delete', ['role-claim', { mode: 'everything' }]).ok).toBe(false)
    expect(
      parseArgs('tags:create', [{ name: 'X', colour: 'red', description: '', group: '' }]).ok,
    ).toBe(false)
  })
})

describe('desktop calls from an untrusted renderer', () => {
  it('accepts a find step and refuses an empty, over-long or loose one', () => {
    const step = { text: 'Dorset', forward: true, newSearch: true }
    expect(parseArgs('page:find', [step]).ok).toBe(true)
    expect(parseArgs('page:find', [{ ...step, text: '' }]).ok).toBe(false)
    expect(parseArgs('page:find', [{ ...step, text: 'x'.repeat(1001) }]).ok).toBe(false)
    expect(parseArgs('page:find', [{ ...step, matchCase: true }]).ok).toBe(false)
    expect(parseArgs('page:find', [{ text: 'Dorset' }]).ok).toBe(false)
    expect(parseArgs('page:stop-find', ['activate-selection']).ok).toBe(true)
    expect(parseArgs('page:stop-find', ['keepSelection']).ok).toBe(false)
  })

  it('accepts clipboard text with or without HTML, and refuses a runaway copy', () => {
    expect(parseArgs('clipboard:write', [{ text: 'a' }]).ok).toBe(true)
    expect(parseArgs('clipboard:write', [{ text: 'a', html: '<p>a</p>' }]).ok).toBe(true)
    expect(parseArgs('clipboard:write', [{ text: 'a', html: undefined }]).ok).toBe(false)
    expect(parseArgs('clipboard:write', [{ text: 'x'.repeat(1_000_001) }])).toMatchObject({
      ok: false,
      message: /too much to copy/,
    })
  })
})
