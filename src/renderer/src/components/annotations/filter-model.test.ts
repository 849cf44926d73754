import { describe, expect, it } from 'vitest'
import { NO_FILTER } from '../../annotations/annotation-view'
import type { TagId } from '../../../../shared/model/tag'
import {
  countHighlights,
  isFiltering,
  pruneFilter,
  shownSummary,
  speakerNamesOf,
  tagsInUse,
  toggleItem,
} from './filter-model'
import { testAnnotation, testTag, testView } from './test-fixtures'

describe('isFiltering', () => {
  it('is false for no filter and for blank search text', () => {
    expect(isFiltering(NO_FILTER)).toBe(false)
    expect(isFiltering({ ...NO_FILTER, text: '   ' })).toBe(false)
  })

  it('is true when any part narrows the list', () => {
    expect(isFiltering({ ...NO_FILTER, text: 'nhs' })).toBe(true)
    expect(isFiltering({ ...NO_FILTER, colours: ['pink'] })).toBe(true)
    expect(isFiltering({ ...NO_FILTER, tagIds: ['x' as TagId] })).toBe(true)
    expect(isFiltering({ ...NO_FILTER, speakers: ['Ann Lee'] })).toBe(true)
  })
})

describe('toggleItem', () => {
  it('adds a missing item at the end and removes a present one', () => {
    expect(toggleItem(['a', 'b'], 'c')).toEqual(['a', 'b', 'c'])
    expect(toggleItem(['a', 'b', 'c'], 'b')).toEqual(['a', 'c'])
  })

  it('leaves the list it was given alone', () => {
    const list = ['a']
    toggleItem(list, 'b')
    expect(list).toEqual(['a'])
  })
})

describe('speakerNamesOf', () => {
  it('lists each speaker once, alphabetically, skipping unattributed views', () => {
    const views = [testView('1', 'Zoe Ball'), testView('2'), testView('3', 'Ann Lee')]
    views.push(testView('4', 'Zoe Ball'))
    expect(speakerNamesOf(views)).toEqual(['Ann Lee', 'Zoe Ball'])
  })
})

describe('pruneFilter', () => {
  const tags = [testTag('claim'), testTag('evidence')]

  it('drops tags the codebook no longer has', () => {
    const filter = { ...NO_FILTER, tagIds: ['claim', 'gone'] as TagId[] }
    expect(pruneFilter(filter, tags).tagIds).toEqual(['claim'])
  })

  it('returns the same filter when every tag still exists', () => {
    const filter = { ...NO_FILTER, tagIds: ['evidence'] as TagId[] }
    expect(pruneFilter(filter, tags)).toBe(filter)
  })
})

describe('shownSummary and countHighlights', () => {
  it('says how many are shown only while filtering', () => {
    expect(shownSummary(3, 12, true)).toBe('3 of 12 shown')
    expect(shownSummary(12, 12, false)).toBe('')
  })

  it('counts in words, singular and plural', () => {
    expect(countHighlights(0)).toBe('0 highlights')
    expect(countHighlights(1)).toBe('1 highlight')
    expect(countHighlights(12)).toBe('12 highlights')
  })
})

describe('tagsInUse', () => {
  const tags = [testTag('claim'), testTag('evidence'), testTag('funding'), testTag('culture')]

  it('offers the tags some view carries, and selected ones, in codebook order', () => {
    const views = [
      testView('1', null, { annotation: testAnnotation('1', ['funding']) }),
      testView('2', null, { annotation: testAnnotation('2', ['claim', 'gone']) }),
    ]
    const offered = tagsInUse(views, tags, ['culture' as TagId])
    expect(offered.map((t) => t.id)).toEqual(['claim', 'funding', 'culture'])
  })
})
