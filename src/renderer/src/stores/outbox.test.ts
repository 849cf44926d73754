import { describe, expect, it, vi } from 'vitest'
import type { AnnotationDraft, AnnotationId } from '../../../shared/model/annotation'
import type { ArticleId } from '../../../shared/model/article'
import { fakeClock, settled } from '../../../../test-support/outbox/fake-clock'
import { fakeHost } from '../../../../test-support/outbox/fake-host'
import type { Change } from './change'
import { createOutbox, DEFAULT_TIMING, type OutboxEntry, type OutboxListener } from './outbox'

let ids = 0
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`

const draft = (id: string): AnnotationDraft => ({
  id: id as AnnotationId,
  target: {
    articleId: 'a1' as ArticleId,
    contentHash: 'f'.repeat(64),
    quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
  },
  colour: 'yellow',
  tagIds: [],
  speaker: null,
  note: '',
})
const create = (id: string): Change => ({ channel: 'annotations:create', args: [draft(id)] })
const note = (id: string, text: string): Change => ({
  channel: 'annotations:update',
  args: [id as AnnotationId, { note: text }],
})
const colour = (id: string): Change => ({
  channel: 'annotations:update',
  args: [id as AnnotationId, { colour: 'pink' }],
})

function setUp(host = fakeHost()) {
  const time = fakeClock()
  const saved: OutboxEntry[][] = []
  const listener = {
    answered: vi.fn<OutboxListener['answered']>(),
    refused: vi.fn<OutboxListener['refused']>(),
    resync: vi.fn<OutboxListener['resync']>(async () => {}),
    changed: vi.fn(),
  }
  const outbox = createOutbox({ transport: host.transport, clock: time.clock, newId, listener })
  outbox.keepIn({ save: (entries) => saved.push(entries.map((e) => ({ ...e }))) })
  const kept = () => saved.at(-1) ?? []
  return { host, time, outbox, listener, kept }
}

const notes = (records: { annotations: readonly { id: string; note: string }[] }) =>
  records.annotations.map((a) => [a.id, a.note])

describe('the outbox with its host there', () => {
  it('sends each change once, in order, and lets it go once the host has it on disk', async () => {
    const { host, outbox, kept, listener } = setUp()
    const [a, b] = [newId(), newId()]
    const answers = [create(a), create(b), note(a, 'First')].map((c) => outbox.submit(c))
    expect(kept()).toHaveLength(3)
    const results = await Promise.all(answers)
    expect(results.every((r) => r.answered)).toBe(true)
    expect(host.made.map((c) => c.channel)).toEqual([
      'annotations:create',
      'annotations:create',
      'annotations:update',
    ])
    expect(notes(host.disk())).toEqual([
      [a, 'First'],
      [b, ''],
    ])
    expect(kept()).toEqual([])
    expect(outbox.state()).toMatchObject({ unsent: 0, unconfirmed: 0, unreachable: null })
    expect(listener.answered).toHaveBeenCalledTimes(3)
    // The first call learns which store session it is talking to; every change names it.
    expect(host.calls[0]?.channel).toBe('store:status')
    expect(host.calls.slice(1).every((c) => c.expectedSession === 'session-1')).toBe(true)
  })
})

describe('the outbox while its host is away', () => {
  it('keeps every change, says why, retries with backoff, and delivers all when it is back', async () => {
    const { host, time, outbox, kept } = setUp()
    host.mode.down = true
    const a = newId()
    expect(await outbox.submit(create(a))).toEqual({ answered: false })
    expect(await outbox.submit(note(a, 'Typed while the host was down'))).toEqual({
      answered: false,
    })
    expect(outbox.state()).toMatchObject({
      unsent: 2,
      unreachable: 'Briefpack cannot reach its host.',
    })
    expect(kept().map((e) => e.change.channel)).toEqual([
      'annotations:create',
      'annotations:update',
    ])

    await time.advance(20_000)
    // 0.5 s, doubling, never more than 5 s apart.
    expect(time.delays.slice(0, 6)).toEqual([500, 1000, 2000, 4000, 5000, 5000])
    expect(host.made).toEqual([])

    host.mode.down = false
    await time.advance(DEFAULT_TIMING.maxRetryMs)
    expect(notes(host.disk())).toEqual([[a, 'Typed while the host was down']])
    expect(outbox.state()).toMatchObject({ unsent: 0, unconfirmed: 0, unreachable: null })
    expect(kept()).toEqual([])
  })

  it('folds a note typed on while the host is away into one change', async () => {
    const { host, time, outbox, kept } = setUp()
    host.mode.down = true
    const a = newId()
    for (const text of ['W', 'Wr', 'Written offline']) await outbox.submit(note(a, text))
    await outbox.submit(colour(a))
    expect(kept().map((e) => e.change.args[1])).toEqual([
      { note: 'Written offline' },
      { colour: 'pink' },
    ])
    host.mode.down = false
    await time.advance(DEFAULT_TIMING.maxRetryMs)
    expect(host.made).toHaveLength(2)
  })

  it('makes a change once when its answer was lost: the repeat carries the same change id', async () => {
    const { host, time, outbox } = setUp()
    const a = newId()
    await outbox.submit(create(a))
    host.mode.dropAnswers = true
    expect(await outbox.submit(note(a, 'Answer lost'))).toEqual({ answered: false })
    expect(host.made).toHaveLength(2)
    host.mode.dropAnswers = false
    await time.advance(DEFAULT_TIMING.firstRetryMs)
    expect(host.made).toHaveLength(2)
    const sent = host.calls.filter((c) => c.channel === 'annotations:update')
    expect(sent).toHaveLength(2)
    expect(sent[0]!.changeId).toBe(sent[1]!.changeId)
    expect(outbox.state()).toMatchObject({ unsent: 0, unconfirmed: 0 })
  })

  it('hands over what it can on flush, and says how many it could not', async () => {
    const { host, outbox } = setUp()
    host.mode.down = true
    void outbox.submit(create(newId()))
    void outbox.submit(create(newId()))
    expect(await outbox.flush()).toEqual({ unsaved: 2 })
    host.mode.down = false
    expect(await outbox.flush()).toEqual({ unsaved: 0 })
    expect(host.made).toHaveLength(2)
  })
})

describe('the outbox and a host that could not write', () => {
  it('keeps a change the host holds only in memory until the host says it is on disk', async () => {
    const { host, time, outbox, kept } = setUp()
    host.mode.diskFails = true
    const a = newId()
    expect(await outbox.submit(create(a))).toMatchObject({ answered: true })
    expect(outbox.state()).toMatchObject({
      unsent: 0,
      unconfirmed: 1,
      problem: 'The disk is full.',
    })
    expect(kept()).toHaveLength(1)
    await time.advance(DEFAULT_TIMING.pollMs)
    expect(outbox.state().unconfirmed).toBe(1)
    // The store's own retry writes it; the next look at the host's status lets it go.
    host.diskRecovers()
    await time.advance(DEFAULT_TIMING.pollMs)
    expect(outbox.state()).toMatchObject({ unconfirmed: 0, problem: null })
    expect(kept()).toEqual([])
  })

  it('sends again, first and in order, what a restarted host lost from memory, then reads afresh', async () => {
    const { host, time, outbox, listener } = setUp()
    const a = newId()
    await outbox.submit(create(a))
    host.mode.diskFails = true
    await outbox.submit(note(a, 'Only in memory'))
    // The host is restarted between two changes: nothing failed that the page could see.
    host.mode.diskFails = false
    host.restart()
    expect(notes(host.memory())).toEqual([[a, '']])
    await outbox.submit(colour(a))
    await time.advance(0)
    expect(host.memory().annotations[0]).toMatchObject({ note: 'Only in memory', colour: 'pink' })
    expect(notes(host.disk())).toEqual([[a, 'Only in memory']])
    const sentAfterRestart = host.calls.slice(-4).map((c) => c.channel)
    expect(sentAfterRestart).toEqual([
      'annotations:update',
      'store:status',
      'annotations:update',
      'annotations:update',
    ])
    expect(outbox.state()).toMatchObject({ unsent: 0, unconfirmed: 0 })
    expect(listener.resync).toHaveBeenCalledOnce()
  })
})

describe('the outbox and a host that refuses a change', () => {
  it('drops it and tells the caller still waiting for it', async () => {
    const { host, outbox, listener } = setUp()
    const a = newId()
    host.mode.refuse.set(a, { code: 'invalid-argument', message: 'The article changed.' })
    await expect(outbox.submit(create(a))).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'The article changed.',
    })
    expect(listener.refused).toHaveBeenCalledWith(create(a), expect.anything(), true)
    expect(outbox.state().unsent).toBe(0)
  })

  it('says so itself when the change was queued long before', async () => {
    const { host, time, outbox, listener } = setUp()
    host.mode.down = true
    const a = newId()
    await outbox.submit(create(a))
    host.mode.refuse.set(a, { code: 'not-found', message: 'That article is not in the library.' })
    host.mode.down = false
    await time.advance(DEFAULT_TIMING.firstRetryMs)
    expect(listener.refused).toHaveBeenCalledWith(create(a), expect.anything(), false)
  })

  it('tries a change that failed inside the host again, and gives it up after three tries', async () => {
    const { host, time, outbox, listener } = setUp()
    const a = newId()
    host.mode.refuse.set(a, { code: 'internal', message: 'Something went wrong.' })
    expect(await outbox.submit(create(a))).toEqual({ answered: false })
    expect(outbox.state()).toMatchObject({ unsent: 1, problem: 'Something went wrong.' })
    await time.advance(10_000)
    expect(host.calls.filter((c) => c.channel === 'annotations:create')).toHaveLength(3)
    expect(listener.refused).toHaveBeenCalledOnce()
    expect(outbox.state().unsent).toBe(0)
  })

  it('counts a deletion the host no longer finds as done', async () => {
    const { host, outbox, listener } = setUp()
    const a = newId()
    host.mode.refuse.set(a, { code: 'not-found', message: 'That highlight no longer exists.' })
    expect(
      await outbox.submit({ channel: 'annotations:delete', args: [a as AnnotationId] }),
    ).toEqual({
      answered: true,
      value: null,
    })
    expect(listener.refused).not.toHaveBeenCalled()
  })
})

describe('the outbox and changes another page left', () => {
  it('sends them once adopted, and a repeat of one the host made already changes nothing', async () => {
    const { host, outbox } = setUp()
    const a = newId()
    await outbox.submit(create(a))
    const left: OutboxEntry[] = [
      { changeId: 'left-1', change: create(a), madeAt: '2026-11-23T09:00:00.000Z', keptBy: null },
      {
        changeId: 'left-2',
        change: note(a, 'From the closed tab'),
        madeAt: '2026-11-23T09:00:01.000Z',
        keptBy: null,
      },
    ]
    outbox.adopt(left)
    await settled()
    expect(host.disk().annotations).toHaveLength(1)
    expect(notes(host.disk())).toEqual([[a, 'From the closed tab']])
    expect(outbox.state().unsent).toBe(0)
  })
})
