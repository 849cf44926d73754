import { describe, expect, it } from 'vitest'
import type {
  Annotation,
  AnnotationDraft,
  AnnotationId,
  StudentSpeakerId,
} from '../../../shared/model/annotation'
import type { TagId } from '../../../shared/model/tag'
import { testAnnotation, testTag } from '../components/annotations/test-fixtures'
import { absorbAnswer, applyChange, type Records } from './local-changes'

const NOW = '2026-11-23T10:00:00.000Z'
const LATER = '2026-11-23T10:05:00.000Z'
const start: Records = {
  annotations: [],
  tags: [testTag('claim'), testTag('evidence')],
  speakers: [],
  lastColour: 'yellow',
}

const A = '11111111-1111-4111-8111-111111111111' as AnnotationId

/** A draft of a highlight, with the id the page proposed. */
function draftOf(overrides: Partial<AnnotationDraft> = {}): AnnotationDraft {
  const { target, colour, tagIds, speaker, note } = testAnnotation(A)
  return { id: A, target, colour, tagIds, speaker, note, ...overrides }
}

function withHighlight(): Records {
  const draft = draftOf({ tagIds: ['claim' as TagId] })
  return applyChange(start, { channel: 'annotations:create', args: [draft] }, NOW)
}

describe('a change shown before the host has it', () => {
  it('adds a highlight under the id the page proposed, with the page’s time and its colour', () => {
    const draft = draftOf({ colour: 'green' })
    const shown = applyChange(start, { channel: 'annotations:create', args: [draft] }, NOW)
    expect(shown.annotations).toEqual([
      {
        id: A,
        target: draft.target,
        colour: 'green',
        tagIds: [],
        speaker: null,
        note: '',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ])
    expect(shown.lastColour).toBe('green')
    // Shown already (sent again, or adopted from a closed tab): nothing changes.
    expect(applyChange(shown, { channel: 'annotations:create', args: [draft] }, LATER)).toBe(shown)
  })

  it('changes only the fields a patch names, and deletes', () => {
    const shown = withHighlight()
    const noted = applyChange(
      shown,
      { channel: 'annotations:update', args: [A, { note: 'Why it matters', colour: 'pink' }] },
      LATER,
    )
    expect(noted.annotations[0]).toMatchObject({
      note: 'Why it matters',
      colour: 'pink',
      tagIds: ['claim'],
      createdAt: NOW,
      updatedAt: LATER,
    })
    expect(noted.lastColour).toBe('pink')
    expect(
      applyChange(noted, { channel: 'annotations:delete', args: [A] }, LATER).annotations,
    ).toEqual([])
  })

  it('merges and deletes tags as main does, on every highlight that carries them', () => {
    const shown = withHighlight()
    const claim = 'claim' as TagId
    const evidence = 'evidence' as TagId
    const merged = applyChange(shown, { channel: 'tags:merge', args: [claim, evidence] }, LATER)
    expect(merged.annotations[0]?.tagIds).toEqual([evidence])
    expect(merged.tags.map((t) => t.id)).toEqual([evidence])
    const untagged = applyChange(
      shown,
      { channel: 'tags:delete', args: [claim, { mode: 'untag' }] },
      LATER,
    )
    expect(untagged.annotations[0]?.tagIds).toEqual([])
    const gone = applyChange(
      shown,
      { channel: 'tags:delete', args: [claim, { mode: 'delete-annotations' }] },
      LATER,
    )
    expect(gone.annotations).toEqual([])
  })

  it('adds tags and speakers trimmed, under their proposed ids', () => {
    const tagId = '22222222-2222-4222-8222-222222222222' as TagId
    const speakerId = '33333333-3333-4333-8333-333333333333' as StudentSpeakerId
    const added = applyChange(
      applyChange(
        start,
        {
          channel: 'tags:create',
          args: [
            { id: tagId, name: ' Staffing ', colour: '#aa5500', description: '', group: ' Theme ' },
          ],
        },
        NOW,
      ),
      { channel: 'speakers:create', args: [{ id: speakerId, name: ' Sam ', role: ' tutor ' }] },
      NOW,
    )
    expect(added.tags.at(-1)).toEqual({
      id: tagId,
      name: 'Staffing',
      colour: '#aa5500',
      description: '',
      group: 'Theme',
    })
    expect(added.speakers).toEqual([{ id: speakerId, name: 'Sam', role: 'tutor' }])
  })
})

describe('an answer from main', () => {
  it('replaces the page’s record with main’s, times and all', () => {
    const shown = withHighlight()
    const mains: Annotation = { ...shown.annotations[0]!, createdAt: LATER, updatedAt: LATER }
    const held = absorbAnswer(
      start,
      { channel: 'annotations:create', args: [draftOf()] },
      mains,
      LATER,
    )
    expect(held.annotations).toEqual([mains])
    expect(
      absorbAnswer(held, { channel: 'annotations:delete', args: [A] }, null, LATER).annotations,
    ).toEqual([])
  })
})

describe('merging highlights over the same words', () => {
  const B = '22222222-2222-4222-8222-222222222222' as AnnotationId
  const twice = (): Records => {
    const first = applyChange(
      start,
      {
        channel: 'annotations:create',
        args: [draftOf({ tagIds: ['claim' as TagId], note: 'One.' })],
      },
      NOW,
    )
    const second = { ...draftOf({ tagIds: ['evidence' as TagId], note: 'Two.' }), id: B }
    return applyChange(first, { channel: 'annotations:create', args: [second] }, NOW)
  }

  it('shows the first with every tag and note, and the others gone, as main will', () => {
    const merged = applyChange(twice(), { channel: 'annotations:merge', args: [A, [B]] }, LATER)
    expect(merged.annotations).toMatchObject([
      { id: A, tagIds: ['claim', 'evidence'], note: 'One.\n\nTwo.', updatedAt: LATER },
    ])
  })

  it('takes main’s record when it answers, and leaves the others gone', () => {
    const fromMain: Annotation = { ...twice().annotations[0]!, note: 'As main has it.' }
    const held = absorbAnswer(
      twice(),
      { channel: 'annotations:merge', args: [A, [B]] },
      fromMain,
      LATER,
    )
    expect(held.annotations).toEqual([fromMain])
  })
})
