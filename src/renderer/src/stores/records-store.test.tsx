import { createRoot } from 'solid-js'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AnnotationId } from '../../../shared/model/annotation'
import { fakeHost } from '../../../../test-support/outbox/fake-host'
import { createApi } from '../api-transport'
import { testAnnotation } from '../components/annotations/test-fixtures'
import { createAnnotationsStore } from './annotations-store'
import { createRecordsStore } from './records-store'

const X = '11111111-1111-4111-8111-111111111111' as AnnotationId
const Y = '22222222-2222-4222-8222-222222222222' as AnnotationId
const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms)
const withAnnotations = (...ids: string[]) => ({
  annotations: ids.map((id) => testAnnotation(id)),
  tags: [],
  speakers: [],
  lastColour: 'yellow' as const,
})

function startStores(host: ReturnType<typeof fakeHost>) {
  const refused: string[] = []
  return createRoot((dispose) => {
    const records = createRecordsStore({
      api: createApi(host.transport),
      transport: host.transport,
      storage: localStorage,
      onRefused: (message) => refused.push(message),
    })
    const annotations = createAnnotationsStore(records)
    const started = records.start()
    return { records, annotations, refused, started, dispose }
  })
}
const shown = (stores: ReturnType<typeof startStores>) =>
  stores.annotations.state.items.map((a) => [a.id, a.note])

beforeEach(() => {
  vi.useFakeTimers()
  localStorage.clear()
})
afterEach(() => vi.useRealTimers())

describe('the records the page shows', () => {
  it('are read again from a restarted host once everything queued is sent, keeping the student’s changes', async () => {
    const host = fakeHost({ records: withAnnotations(X) })
    const stores = startStores(host)
    await stores.started
    host.mode.down = true
    await stores.annotations.update(X, { note: 'Typed while away' })
    expect(shown(stores)).toEqual([[X, 'Typed while away']])
    // Back with data the page did not know (another highlight, made elsewhere).
    host.restart(withAnnotations(X, Y))
    host.mode.down = false
    await tick(5_000)
    expect(shown(stores)).toEqual([
      [X, 'Typed while away'],
      [Y, ''],
    ])
    expect(host.disk().annotations.find((a) => a.id === X)?.note).toBe('Typed while away')
    stores.dispose()
  })

  it('take back a change the host refused later, and say why', async () => {
    const host = fakeHost()
    const stores = startStores(host)
    await stores.started
    host.mode.down = true
    const made = await stores.annotations.create(testAnnotation(X))
    expect(shown(stores)).toEqual([[made.id, '']])
    host.mode.refuse.set(made.id, { code: 'invalid-argument', message: 'The article changed.' })
    host.mode.down = false
    await tick(5_000)
    expect(shown(stores)).toEqual([])
    expect(stores.refused).toEqual([
      'A new highlight could not be saved, so it was taken back: The article changed.',
    ])
    stores.dispose()
  })

  it('are kept in the browser’s storage while queued, and sent by the next page', async () => {
    const host = fakeHost({ records: withAnnotations(X) })
    const first = startStores(host)
    await first.started
    host.mode.down = true
    await first.annotations.update(X, { note: 'Kept across a reload' })
    first.dispose()
    host.mode.down = false
    const next = startStores(host)
    await next.started
    await tick()
    expect(shown(next)).toEqual([[X, 'Kept across a reload']])
    expect(host.disk().annotations[0]?.note).toBe('Kept across a reload')
    expect(next.records.outboxState()).toMatchObject({ unsent: 0, unconfirmed: 0 })
    next.dispose()
  })
})
