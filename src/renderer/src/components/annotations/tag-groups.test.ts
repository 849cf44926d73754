import { describe, expect, it } from 'vitest'
import {
  TAG_PALETTE,
  UNGROUPED_LABEL,
  countTagUse,
  groupNames,
  groupTags,
  suggestColour,
} from './tag-groups'
import { testAnnotation, testTag } from './test-fixtures'

describe('groupTags', () => {
  it('keeps codebook order for groups and for tags within them, ungrouped last', () => {
    const tags = [
      testTag('claim', 'Role'),
      testTag('loose', ''),
      testTag('funding', 'Theme'),
      testTag('evidence', 'Role'),
    ]
    const groups = groupTags(tags)
    expect(groups.map((g) => g.label)).toEqual(['Role', 'Theme', UNGROUPED_LABEL])
    expect(groups[0]?.tags.map((t) => t.id)).toEqual(['claim', 'evidence'])
    expect(groups[2]?.group).toBe('')
  })

  it('treats a group name with stray spaces as the same group', () => {
    const groups = groupTags([testTag('a', 'Role'), testTag('b', ' Role ')])
    expect(groups).toHaveLength(1)
    expect(groups[0]?.tags).toHaveLength(2)
  })

  it('gives no groups for no tags', () => {
    expect(groupTags([])).toEqual([])
  })
})

describe('groupNames', () => {
  it('lists each non-empty group once, in codebook order', () => {
    const tags = [testTag('a', 'Theme'), testTag('b', ''), testTag('c', 'Role')]
    tags.push(testTag('d', 'Theme'))
    expect(groupNames(tags)).toEqual(['Theme', 'Role'])
  })
})

describe('countTagUse', () => {
  it('counts the annotations carrying each tag, 0 for unused tags', () => {
    const tags = [testTag('claim'), testTag('evidence'), testTag('unused')]
    const annotations = [
      testAnnotation('1', ['claim']),
      testAnnotation('2', ['claim', 'evidence']),
      testAnnotation('3', []),
    ]
    const counts = countTagUse(annotations, tags)
    expect([...counts]).toEqual([
      ['claim', 2],
      ['evidence', 1],
      ['unused', 0],
    ])
  })

  it('counts an annotation once even if a tag is repeated, and ignores unknown tags', () => {
    const counts = countTagUse(
      [testAnnotation('1', ['claim', 'claim', 'gone'])],
      [testTag('claim')],
    )
    expect(counts.get(testTag('claim').id)).toBe(1)
    expect(counts.size).toBe(1)
  })
})

describe('suggestColour', () => {
  it('offers the first palette colour no tag uses, ignoring case', () => {
    const tags = [
      testTag('a', 'Role', TAG_PALETTE[0].toUpperCase()),
      testTag('b', 'Role', '#000000'),
    ]
    expect(suggestColour(tags)).toBe(TAG_PALETTE[1])
  })

  it('falls back to the first colour when the palette is used up', () => {
    const tags = TAG_PALETTE.map((colour, i) => testTag(`t${i}`, 'Role', colour))
    expect(suggestColour(tags)).toBe(TAG_PALETTE[0])
  })
})

describe('TAG_PALETTE', () => {
  it('has no repeats, every colour written #rrggbb in lower case', () => {
    expect(new Set(TAG_PALETTE).size).toBe(TAG_PALETTE.length)
    for (const colour of TAG_PALETTE) expect(colour).toMatch(/^#[0-9a-f]{6}$/)
  })
})
