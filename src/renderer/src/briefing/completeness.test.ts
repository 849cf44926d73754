import { describe, expect, it } from 'vitest'
import type { Annotation, AnnotationId } from '../../../shared/model/annotation'
import type { ArticleId } from '../../../shared/model/article'
import type { BriefingWarning } from '../../../shared/model/briefing'
import type { TagId } from '../../../shared/model/tag'
import {
  CHECK_GROUPS,
  checkSummary,
  describeCharacter,
  groupWarnings,
  shortQuote,
} from './completeness'

const articleId = 'art_1' as ArticleId
const annotationId = (id: string) => id as AnnotationId

const annotation = (id: string, note: string, exact = 'the quoted words'): Annotation => ({
  id: annotationId(id),
  target: {
    articleId,
    contentHash: 'h',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
  },
  colour: 'yellow',
  tagIds: [],
  speaker: null,
  note,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
})

describe('shortQuote', () => {
  it('quotes a short passage whole, with its spacing tidied', () => {
    expect(shortQuote('  Housing  is\na right ')).toBe('“Housing is a right”')
  })

  it('cuts a long passage at a word, with an ellipsis', () => {
    const long = 'The council said it would build more homes than any other borough in the region'
    const short = shortQuote(long, 40)
    expect(short).toBe('“The council said it would build more…”')
    expect(short.length).toBeLessThanOrEqual(43)
  })
})

describe('shortQuote with quotation marks of its own', () => {
  it('nests in single marks, so none is doubled', () => {
    expect(shortQuote('upon one individual.”')).toBe('‘upon one individual.”’')
    expect(shortQuote('plain words')).toBe('“plain words”')
  })
})

describe('describeCharacter', () => {
  it('names a character by its code point, since the font may not show it', () => {
    expect(describeCharacter('→')).toBe('“→” (U+2192)')
    expect(describeCharacter('😀')).toBe('“😀” (U+1F600)')
  })
})

describe('groupWarnings', () => {
  it('puts each warning under its heading in a fixed order, linking to where to fix it', () => {
    const warnings: BriefingWarning[] = [
      { kind: 'undescribed-tag', tagId: 'funding' as TagId, name: 'Funding' },
      { kind: 'no-speaker', annotationId: annotationId('a2'), articleId, quote: 'Said someone' },
      { kind: 'untagged', annotationId: annotationId('a1'), articleId, quote: 'Left untagged' },
      { kind: 'orphaned', annotationId: annotationId('a3'), articleId, quote: 'Moved text' },
    ]
    const groups = groupWarnings(warnings, [])
    expect(groups.map((g) => g.title)).toEqual([
      'Highlights with no tag',
      'Quotes with no speaker',
      'Tags with no description',
      'Orphaned highlights',
    ])
    expect(groups[0]!.items).toEqual([
      {
        key: 'untagged:a1',
        label: '“Left untagged”',
        detail: null,
        href: '#/articles/art_1/annotations/a1',
        merge: null,
      },
    ])
    expect(groups[2]!.items[0]).toMatchObject({ label: 'Funding', href: '#/codebook' })
    expect(groups[3]!.items[0]!.href).toBe('#/articles/art_1/annotations/a3')
  })

  it('is empty when nothing weakens the pack', () => {
    expect(groupWarnings([], [])).toEqual([])
    expect(checkSummary([])).toBe('Nothing weakens this pack.')
  })

  it('lists a highlight repeated in the warnings once', () => {
    const warning: BriefingWarning = {
      kind: 'untagged',
      annotationId: annotationId('a1'),
      articleId,
      quote: 'x',
    }
    expect(groupWarnings([warning, warning], [])[0]!.items).toHaveLength(1)
  })

  it('links each missing character to the first note using it and counts the others', () => {
    const annotations = [
      annotation('a1', 'No arrows here'),
      annotation('a2', 'Rent → income', 'Rents rose faster than wages'),
      annotation('a3', 'See → above'),
    ]
    const warnings: BriefingWarning[] = [
      { kind: 'missing-glyphs', characters: ['→', '☃'] },
      { kind: 'missing-glyphs', characters: ['→'] },
    ]
    const [group] = groupWarnings(warnings, annotations)
    expect(group!.title).toBe('Characters the PDF fonts lack')
    expect(group!.items).toEqual([
      {
        key: 'missing-glyphs:→',
        label: '“→” (U+2192)',
        detail: 'in the note on “Rents rose faster than wages” and 1 more',
        href: '#/articles/art_1/annotations/a2',
        merge: null,
      },
      {
        key: 'missing-glyphs:☃',
        label: '“☃” (U+2603)',
        detail: 'in the title, author or a quote',
        href: null,
        merge: null,
      },
    ])
  })

  it('offers to merge highlights over the same words into the first made', () => {
    const warnings: BriefingWarning[] = [
      {
        kind: 'duplicate',
        exact: true,
        articleId,
        quote: 'Said twice',
        annotationIds: [annotationId('a1'), annotationId('a2')],
      },
      {
        kind: 'duplicate',
        exact: false,
        articleId,
        quote: 'Nearly said twice',
        annotationIds: [annotationId('a3'), annotationId('a4'), annotationId('a5')],
      },
    ]
    const [group] = groupWarnings(warnings, [])
    expect(group!.title).toBe('Highlights over the same words')
    expect(group!.items.map((i) => [i.label, i.detail, i.href, i.merge])).toEqual([
      [
        '“Said twice”',
        'highlighted 2 times',
        '#/articles/art_1/annotations/a1',
        { keepId: 'a1', otherIds: ['a2'] },
      ],
      [
        '“Nearly said twice”',
        '3 highlights over nearly the same words',
        '#/articles/art_1/annotations/a3',
        { keepId: 'a3', otherIds: ['a4', 'a5'] },
      ],
    ])
  })

  it('gives every heading advice', () => {
    for (const group of CHECK_GROUPS) expect(group.advice.length).toBeGreaterThan(10)
  })

  it('sums up how many things could be better, and that none blocks export', () => {
    const groups = groupWarnings(
      [
        { kind: 'untagged', annotationId: annotationId('a1'), articleId, quote: 'x' },
        { kind: 'missing-glyphs', characters: ['→', '☃'] },
      ],
      [],
    )
    expect(checkSummary(groups)).toBe(
      '3 things could make this pack stronger. None stops you exporting.',
    )
  })
})
