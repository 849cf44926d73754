import { screen } from '@solidjs/testing-library'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AnnotationDraft } from '../../../shared/model/annotation'
import type { ArticleId } from '../../../shared/model/article'
import { fakeHost } from '../../../../test-support/outbox/fake-host'
import { renderWithHost } from '../../../../test-support/outbox/render-workspace'
import { SaveFailureBanner, SaveStatus } from './SaveStatus'

const draft: AnnotationDraft = {
  target: {
    articleId: 'a1' as ArticleId,
    contentHash: 'f'.repeat(64),
    quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
  },
  colour: 'green',
  tagIds: [],
  speaker: null,
  note: '',
}

const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms)
const status = () => screen.getByRole('status')
const chrome = () => (
  <>
    <SaveStatus />
    <SaveFailureBanner />
  </>
)

beforeEach(() => {
  vi.useFakeTimers()
  localStorage.clear()
})
afterEach(() => vi.useRealTimers())

describe('SaveStatus', () => {
  it('says Saving… while a change is on its way, and Saved once the host has it on disk', async () => {
    const host = fakeHost()
    const { annotations } = await renderWithHost(host, chrome)
    await tick()
    expect(status()).toHaveTextContent('Saved')
    let write!: () => void
    host.mode.hold = new Promise((resolve) => (write = resolve))
    void annotations.create(draft)
    await tick()
    expect(status()).toHaveTextContent('Saving…')
    write()
    await tick()
    expect(status()).toHaveTextContent('Saved')
    expect(host.disk().annotations).toHaveLength(1)
  })

  it('says Not saved yet at once when the host answers that it could not write, and why', async () => {
    const host = fakeHost()
    const { annotations } = await renderWithHost(host, chrome)
    await tick()
    host.mode.diskFails = true
    await annotations.create(draft)
    // No poll has run (it waits 1.5 s): the answer itself said so.
    expect(status()).toHaveTextContent('Not saved yet — retrying')
    expect(screen.getByRole('alert')).toHaveTextContent('The disk is full.')
    host.diskRecovers()
    await tick(1_500)
    expect(status()).toHaveTextContent('Saved')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows a change made while the host is away as made, says it is kept and retried, and Saved once it is back', async () => {
    const host = fakeHost()
    const { annotations } = await renderWithHost(host, chrome)
    await tick()
    host.mode.down = true
    const made = await annotations.create(draft)
    expect(annotations.state.items).toEqual([made])
    expect(status()).toHaveTextContent('Not saved yet — retrying')
    expect(screen.getByRole('alert')).toHaveTextContent(
      /cannot reach its host\. .*Your 1 change not saved yet is kept in this page, even if you reload it or close the tab.*Undo and redo wait until then\./,
    )
    await tick(10_000)
    expect(status()).toHaveTextContent('Not saved yet — retrying')
    host.mode.down = false
    await tick(5_000)
    expect(status()).toHaveTextContent('Saved')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(host.disk().annotations.map((a) => a.id)).toEqual([made.id])
  })
})
