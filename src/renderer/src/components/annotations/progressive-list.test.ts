import { describe, expect, it } from 'vitest'
import { prefixWithinBudget } from './progressive-list'

const items = Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, note: '' }))
const keyOf = (item: { id: string }) => item.id
const keys = (list: readonly { id: string }[]) => new Set(list.map(keyOf))
const prefix = (list: readonly { id: string }[], shown: Set<string>, budget: number) =>
  prefixWithinBudget(list, shown, budget, keyOf)

describe('prefixWithinBudget', () => {
  it('shows as many new items as the budget allows, from the start', () => {
    expect(prefix(items, new Set(), 4)).toBe(4)
    expect(prefix(items, new Set(), 0)).toBe(0)
    expect(prefix(items, new Set(), 50)).toBe(10)
  })

  it('counts only items not shown before against the budget', () => {
    expect(prefix(items, keys(items.slice(0, 6)), 2)).toBe(8)
  })

  it('keeps a list shown whole when one item is added or removed, however small the budget', () => {
    const shown = keys(items)
    expect(prefix([{ id: 'new', note: '' }, ...items], shown, 1)).toBe(11)
    expect(prefix(items.slice(1), shown, 0)).toBe(9)
  })

  it('keeps a list shown whole when every item was replaced by a changed copy', () => {
    // An undo of a tag's rename gives every entry a new view object, under the same key.
    const changed = items.map((item) => ({ ...item, note: 'changed' }))
    expect(prefix(changed, keys(items), 0)).toBe(10)
  })

  it('fills a widened list in from the top, stopping at the first item over budget', () => {
    // A filter had shown items 2 and 7; it is cleared.
    expect(prefix(items, keys([items[2]!, items[7]!]), 3)).toBe(4)
  })
})
