import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../shared/errors'
import type { Article, ArticleId, ArticleSummary } from '../shared/model/article'
import type { StoreStatus } from '../shared/contract'
import { createChangeLog } from './change-log'
import { dispatch, INTERNAL_ERROR_MESSAGE, SESSION_CHANGED_MESSAGE } from './dispatch'
import { Committed } from './workspace/committed'
import { fakeHandlers as handlersFor } from '../../test-support/fake-handlers'
import type { Handlers } from './services'

const summary = { id: 'a1' as ArticleId, title: 'A title' } as ArticleSummary

function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  return handlersFor({
    'articles:list': () => [summary],
    'articles:get': (id) => {
      if (id === 'a1') return { id } as Article
      throw new AppError('not-found', 'That article is not in the library.')
    },
    ...overrides,
  })
}

describe('dispatch', () => {
  it('returns the handler value for a valid call', async () => {
    expect(await dispatch(fakeHandlers(), 'articles:list', [])).toEqual({
      ok: true,
      value: [summary],
    })
    expect(await dispatch(fakeHandlers(), 'articles:get', ['a1'])).toEqual({
      ok: true,
      value: { id: 'a1' },
    })
  })

  it('awaits asynchronous handlers', async () => {
    const handlers = fakeHandlers({ 'articles:list': async () => [summary] })
    expect(await dispatch(handlers, 'articles:list', [])).toEqual({ ok: true, value: [summary] })
  })

  it('refuses an unknown channel, including names inherited from Object', async () => {
    for (const channel of ['articles:delete', '__proto__', 'constructor', 'toString', '']) {
      const result = await dispatch(fakeHandlers(), channel, [])
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    }
  })

  it("refuses invalid arguments with the validator's message, without calling the handler", async () => {
    const get = vi.fn()
    const handlers = fakeHandlers({ 'articles:get': get })
    for (const raw of [[], ['../etc/passwd'], [42], ['a1', 'extra'], 'a1', null, { 0: 'a1' }]) {
      const result = await dispatch(handlers, 'articles:get', raw)
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.error.code).toBe('invalid-argument')
      expect(result.error.message).toMatch(/^Invalid arguments for articles:get: /)
    }
    expect(get).not.toHaveBeenCalled()
  })

  it("passes an AppError's code and message through", async () => {
    expect(await dispatch(fakeHandlers(), 'articles:get', ['missing'])).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That article is not in the library.' },
    })
  })

  it('hides any other error behind a generic message and logs the detail', async () => {
    const log = vi.fn()
    const boom = new Error('ENOENT: /secret/path/on/disk')
    const handlers = fakeHandlers({
      'articles:list': () => {
        throw boom
      },
    })
    const result = await dispatch(handlers, 'articles:list', [], log)
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE },
    })
    expect(log).toHaveBeenCalledWith(expect.stringContaining('articles:list'), boom)
  })

  it('never rejects, even for a rejected promise or a thrown non-Error', async () => {
    const log = vi.fn()
    const rejecting = fakeHandlers({ 'articles:list': () => Promise.reject(new Error('late')) })
    await expect(dispatch(rejecting, 'articles:list', [], log)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    })
    const throwing = fakeHandlers({
      'articles:list': () => {
        throw 'a string'
      },
    })
    await expect(dispatch(throwing, 'articles:list', [], log)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    })
    expect(log).toHaveBeenCalledTimes(2)
  })
})

describe('dispatch of a change', () => {
  const saved = { onDisk: false, problem: 'The disk is full.', storeSession: 'session-1' }
  const status = (storeSession: string) => ({ storeSession }) as StoreStatus
  const changing = (run = vi.fn()) =>
    fakeHandlers({
      'annotations:delete': async (id) => {
        run(id)
        return new Committed(null, saved)
      },
      'store:status': () => status('session-1'),
    })

  it('puts where the change is saved beside its value', async () => {
    expect(await dispatch(changing(), 'annotations:delete', ['a1'])).toEqual({
      ok: true,
      value: null,
      saved,
    })
  })

  it('answers a repeated change id with the first answer, without running it again', async () => {
    const run = vi.fn()
    const handlers = changing(run)
    const changes = createChangeLog()
    const call = { changeId: 'change-1', changes }
    const [first, again] = await Promise.all([
      dispatch(handlers, 'annotations:delete', ['a1'], undefined, call),
      dispatch(handlers, 'annotations:delete', ['a1'], undefined, call),
    ])
    expect(again).toBe(first)
    await dispatch(handlers, 'annotations:delete', ['a1'], undefined, call)
    expect(run).toHaveBeenCalledTimes(1)
    await dispatch(handlers, 'annotations:delete', ['a1'], undefined, { ...call, changeId: 'c2' })
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('refuses unrun a change that expects another store session', async () => {
    const run = vi.fn()
    const handlers = changing(run)
    const stale = await dispatch(handlers, 'annotations:delete', ['a1'], undefined, {
      expectedSession: 'session-0',
    })
    expect(stale).toEqual({
      ok: false,
      error: { code: 'session-changed', message: SESSION_CHANGED_MESSAGE },
    })
    expect(run).not.toHaveBeenCalled()
    const current = await dispatch(handlers, 'annotations:delete', ['a1'], undefined, {
      expectedSession: 'session-1',
    })
    expect(current).toMatchObject({ ok: true, saved })
  })
})
