import { fireEvent, screen } from '@solidjs/testing-library'
import { Show } from 'solid-js'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Article, ArticleId, SpeakerId } from '../../../shared/model/article'
import { fakeHost } from '../../../../test-support/outbox/fake-host'
import { renderWithHost } from '../../../../test-support/outbox/render-workspace'
import { testAnnotation } from './annotations/test-fixtures'
import { useWorkspace } from '../workspace-context'
import { flushPendingEdits } from '../lifecycle'
import { AnnotationEditor } from './AnnotationEditor'

const ID = '11111111-1111-4111-8111-111111111111'
// The editor reads only the article's speakers (jsdom cannot read the bundled articles' files).
const news: Article = {
  id: 'a1' as ArticleId,
  title: 'An article',
  publication: 'A paper',
  kind: 'news-report',
  text: 'words',
  blocks: [],
  speakers: [
    {
      id: 'julia-ross' as SpeakerId,
      name: 'Julia Ross',
      role: null,
      kind: 'person',
      roleCutOff: false,
    },
  ],
  attributions: [],
  contentHash: 'h',
  wordCount: 1,
}

beforeEach(() => {
  vi.useFakeTimers()
  localStorage.clear()
})
afterEach(() => vi.useRealTimers())

const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms)

/** A host that has one highlight, and its editor open on the page. */
async function openEditor() {
  const host = fakeHost({
    records: { annotations: [testAnnotation(ID)], tags: [], speakers: [], lastColour: 'yellow' },
  })
  const Editor = () => {
    const { annotations } = useWorkspace()
    const annotation = () => annotations.state.items.find((a) => a.id === ID)
    return (
      <Show when={annotation()}>
        {(a) => (
          <AnnotationEditor
            annotation={a()}
            article={news}
            top={0}
            left={0}
            focus="note"
            onClose={() => {}}
          />
        )}
      </Show>
    )
  }
  await renderWithHost(host, () => <Editor />)
  await tick()
  const dialog = screen.getByRole('dialog', { name: 'Highlight' })
  const type = (text: string) =>
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: text } })
  const saveState = () => dialog.querySelector('.annotation-editor__saved')!.textContent
  return { host, type, saveState }
}

describe('the note editor’s save state', () => {
  it('says Saving… while the note waits to be sent, and Saved once it is on disk', async () => {
    const { host, type, saveState } = await openEditor()
    expect(saveState()).toBe('Saved')
    type('Why this matters')
    expect(saveState()).toBe('Saving…')
    await tick(500)
    expect(saveState()).toBe('Saved')
    expect(host.disk().annotations[0]?.note).toBe('Why this matters')
  })

  it('says Not saved yet, never Saved, while the host cannot write the note', async () => {
    const { host, type, saveState } = await openEditor()
    host.mode.diskFails = true
    type('Written on a full disk')
    await tick(500)
    expect(saveState()).toBe('Not saved yet — retrying')
    expect(host.memory().annotations[0]?.note).toBe('Written on a full disk')
    host.diskRecovers()
    await tick(1_500)
    expect(saveState()).toBe('Saved')
  })

  it('keeps a note typed while the host is away, says so, and saves it once the host is back', async () => {
    const { host, type, saveState } = await openEditor()
    host.mode.down = true
    type('Typed with the host stopped')
    await tick(500)
    expect(saveState()).toBe('Not saved yet — retrying')
    expect(screen.getByLabelText('Note')).toHaveValue('Typed with the host stopped')
    await tick(20_000)
    expect(saveState()).toBe('Not saved yet — retrying')
    host.mode.down = false
    await tick(5_000)
    expect(saveState()).toBe('Saved')
    expect(host.disk().annotations[0]?.note).toBe('Typed with the host stopped')
  })
})

describe('the note editor before the page goes away', () => {
  it('hands over a note still waiting for its pause, and the flush waits until it is on disk', async () => {
    const { host, type } = await openEditor()
    type('Who decides?')
    // The note waits for a pause in typing…
    expect(host.memory().annotations[0]?.note).toBe('')
    // …unless the window closes or the app quits first: the flush sends it and waits for disk.
    const flushed = flushPendingEdits()
    await tick()
    await flushed
    expect(host.disk().annotations[0]?.note).toBe('Who decides?')
  })
})
