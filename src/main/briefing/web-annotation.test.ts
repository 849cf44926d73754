import { describe, expect, it } from 'vitest'
import type { AnnotationRecord } from './briefing-document'
import { annotationIri, annotationsJsonLd, ANNO_CONTEXT } from './web-annotation'
import { ROUND_UP_ID } from '../../../test-support/articles'

const record: AnnotationRecord = {
  id: '3f1c2b7e-0d4a-4c5e-9b1a-2f3e4d5c6b7a' as never,
  articleId: ROUND_UP_ID as never,
  articleTitle: 'Behind the headlines',
  publication: 'Community Care',
  status: 'anchored',
  quote: { exact: 'partnership working', prefix: 'that ', suffix: ' is' },
  position: { start: 1200, end: 1219 },
  paragraphs: { from: 2, to: 2 },
  speaker: { name: 'Bob Holman', role: 'community worker' },
  tags: [{ id: 'role-lesson' as never, name: 'Lesson', group: 'Role' }],
  colour: 'pink',
  note: 'Fragility',
  createdAt: '2025-03-10T09:00:00.000Z',
  updatedAt: '2025-03-10T09:05:00.000Z',
  speech: 'direct',
  duplicateIds: [],
  part: null,
}

describe('annotationsJsonLd', () => {
  it('writes W3C Web Annotations with quote and position selectors, note and tag bodies', () => {
    const json = JSON.parse(annotationsJsonLd([record], { title: 'Pack', author: 'Sam' }))
    expect(json['@context']).toBe(ANNO_CONTEXT)
    expect(json.type).toBe('AnnotationCollection')
    expect(json.total).toBe(1)
    const [anno] = json.first.items
    expect(anno).toMatchObject({
      id: 'urn:uuid:3f1c2b7e-0d4a-4c5e-9b1a-2f3e4d5c6b7a',
      type: 'Annotation',
      motivation: 'commenting',
      created: record.createdAt,
      modified: record.updatedAt,
      creator: { type: 'Person', name: 'Sam' },
      target: {
        source: 'urn:briefpack:article:000_3c475a4ad3004cc5',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'partnership working',
            prefix: 'that ',
            suffix: ' is',
          },
          { type: 'TextPositionSelector', start: 1200, end: 1219 },
        ],
      },
    })
    expect(anno.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Fragility', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Lesson' },
      { type: 'TextualBody', purpose: 'identifying', value: 'Bob Holman' },
      { type: 'TextualBody', purpose: 'classifying', value: 'direct speech' },
    ])
  })

  it('classifies reported speech, and gives an orphan no position that would select other words', () => {
    const reported = { ...record, speech: 'reported' as const }
    const orphan = { ...record, status: 'orphaned' as const, position: null, speech: null }
    const [a, b] = JSON.parse(annotationsJsonLd([reported, orphan], { title: 'P', author: '' }))
      .first.items
    expect(a.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'classifying',
      value: 'reported speech',
    })
    expect(b.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'partnership working', prefix: 'that ', suffix: ' is' },
    ])
    expect(b.body.some((x: { purpose: string }) => x.purpose === 'classifying')).toBe(false)
    // It says why it has no position instead, so that it always has a body.
    expect(b.body.at(-1)).toEqual({
      type: 'TextualBody',
      purpose: 'describing',
      value: 'The saved words are no longer found in the article’s current text.',
    })
  })

  it('puts the annotations on one page with an id of its own', () => {
    const json = JSON.parse(annotationsJsonLd([record], { title: 'Pack', author: '' }))
    expect(json.first).toMatchObject({
      id: 'urn:briefpack:briefing-pack:page-1',
      type: 'AnnotationPage',
      startIndex: 0,
    })
    expect(json.first.items).toHaveLength(1)
  })

  it('gives each part of a highlight quoted in parts an id of its own', () => {
    const parts = [1, 2].map((index) => ({ ...record, part: { index, of: 2 } }))
    const items = JSON.parse(annotationsJsonLd(parts, { title: 'P', author: '' })).first.items
    expect(items.map((x: { id: string }) => x.id)).toEqual([
      'urn:uuid:3f1c2b7e-0d4a-4c5e-9b1a-2f3e4d5c6b7a#part-1',
      'urn:uuid:3f1c2b7e-0d4a-4c5e-9b1a-2f3e4d5c6b7a#part-2',
    ])
  })

  it('makes a plain highlight without a note or tags a highlighting annotation with no body', () => {
    const bare = { ...record, note: '', tags: [], speaker: null, speech: null }
    const [anno] = JSON.parse(annotationsJsonLd([bare], { title: 'Pack', author: '' })).first.items
    expect(anno.motivation).toBe('highlighting')
    expect(anno.body).toBeUndefined()
    expect(anno.creator).toBeUndefined()
  })

  it('names ids that are not UUIDs under Briefpack’s URN', () => {
    expect(annotationIri('a 1')).toBe('urn:briefpack:annotation:a%201')
  })
})
