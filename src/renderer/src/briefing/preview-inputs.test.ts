import { describe, expect, it } from 'vitest'
import type { Annotation, StudentSpeaker } from '../../../shared/model/annotation'
import type { Tag } from '../../../shared/model/tag'
import { defaultOptions, requestFromOptions } from './composer-options'
import { documentStamp, sameRequest } from './preview-inputs'

const annotation = (id: string, updatedAt: string) => ({ id, updatedAt }) as Annotation
const tag = (id: string, description: string) =>
  ({ id, name: id, description, group: 'Role', colour: '#000000' }) as Tag
const speaker = { id: 's1', name: 'Ada', role: 'Minister' } as StudentSpeaker

describe('documentStamp', () => {
  const base = documentStamp([annotation('a1', 't1')], [tag('claim', '')], [speaker])

  it('is the same for the same document', () => {
    expect(documentStamp([annotation('a1', 't1')], [tag('claim', '')], [speaker])).toBe(base)
  })

  it('changes when a highlight is added, removed or edited', () => {
    expect(documentStamp([], [tag('claim', '')], [speaker])).not.toBe(base)
    expect(documentStamp([annotation('a1', 't2')], [tag('claim', '')], [speaker])).not.toBe(base)
    expect(
      documentStamp(
        [annotation('a1', 't1'), annotation('a2', 't1')],
        [tag('claim', '')],
        [speaker],
      ),
    ).not.toBe(base)
  })

  it('changes when a tag is described, which clears a warning', () => {
    expect(
      documentStamp([annotation('a1', 't1')], [tag('claim', 'A position')], [speaker]),
    ).not.toBe(base)
  })

  it('changes when a speaker the student added is renamed', () => {
    expect(
      documentStamp([annotation('a1', 't1')], [tag('claim', '')], [{ ...speaker, name: 'Bo' }]),
    ).not.toBe(base)
  })
})

describe('sameRequest', () => {
  const context = { libraryIds: [], tagIds: [], proposedTitle: null, today: '2025-03-14' }
  const request = requestFromOptions(defaultOptions('2025-03-14'), context)

  it('holds for equal requests built apart, so the outline is not asked for twice', () => {
    expect(sameRequest(request, requestFromOptions(defaultOptions('2025-03-14'), context))).toBe(
      true,
    )
  })

  it('tells a changed option apart', () => {
    expect(sameRequest(request, { ...request, groupBy: 'speaker' })).toBe(false)
  })
})
