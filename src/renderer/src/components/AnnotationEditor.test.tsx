import { fireEvent, render, screen } from '@solidjs/testing-library'
import { describe, expect, it } from 'vitest'
import type { Annotation, AnnotationPatch } from '../../../shared/model/annotation'
import type { Article } from '../../../shared/model/article'
import { fakeApi } from '../../../../test-support/renderer/fake-api'
import { ApiContext } from '../api-context'
import { flushPendingEdits } from '../lifecycle'
import { WorkspaceProvider } from '../workspace-context'
import { testAnnotation } from './annotations/test-fixtures'
import { AnnotationEditor } from './AnnotationEditor'

const article = { id: 'a1', speakers: [] } as unknown as Article

function renderEditor() {
  const annotation = testAnnotation('h1')
  const api = fakeApi({
    'annotations:update': async (id, patch: AnnotationPatch) =>
      ({ ...annotation, ...patch, id }) as Annotation,
  })
  const view = render(() => (
    <ApiContext.Provider value={api}>
      <WorkspaceProvider>
        <AnnotationEditor
          annotation={annotation}
          article={article}
          top={0}
          left={0}
          focus="note"
          onClose={() => {}}
        />
      </WorkspaceProvider>
    </ApiContext.Provider>
  ))
  return { api, view, annotation }
}

describe('AnnotationEditor', () => {
  it('sends the note still waiting for its save when the page is asked to flush', async () => {
    const { api, annotation } = renderEditor()
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Who decides?' } })
    // The note waits for a pause in typing...
    expect(api['annotations:update']).not.toHaveBeenCalled()
    // ...unless the window closes or the app quits first: the flush sends it, and waits for main.
    await flushPendingEdits()
    expect(api['annotations:update']).toHaveBeenCalledWith(annotation.id, { note: 'Who decides?' })
  })

  it('holds nothing to flush once closed', async () => {
    const { api, view } = renderEditor()
    view.unmount()
    await flushPendingEdits()
    expect(api['annotations:update']).not.toHaveBeenCalled()
  })
})
