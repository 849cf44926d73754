import { describe, expect, it } from 'vitest'
import { prefixWithinBudget } from './progressive-list'

const items = Array.from({ length: 10 }, (_, i) => ({ i }))

describe('prefixWithinBudget', () => {
  it('shows as many new items as the budget allows, from the start', () => {
    expect(prefixWithinBudget(items, new Set(), 4)).toBe(4)
    expect(prefixWithinBudget(items, new Set(), 0)).toBe(0)
    expect(prefixWithinBudget(items, new Set(), 50)).toBe(10)
  })

  it('counts only items not drawn before against the budget', () => {
    const drawn = new Set(items.slice(0, 6))
    expect(prefixWithinBudget(items, drawn, 2)).toBe(8)
  })

  it('shows a list changed in one place whole, however small the budget', () => {
    const drawn = new Set(items)
    const replaced = items.map((item, i) => (i === 5 ? { i: 5 } : item))
    expect(prefixWithinBudget(replaced, drawn, 1)).toBe(10)
    expect(prefixWithinBudget([{ i: -1 }, ...items], drawn, 1)).toBe(11)
    expect(prefixWithinBudget(items.slice(1), drawn, 0)).toBe(9)
  })

  it('fills a widened list in from the top, stopping at the first item over budget', () => {
    // A filter had shown items 2 and 7; it is cleared.
    const drawn = new Set([items[2]!, items[7]!])
    expect(prefixWithinBudget(items, drawn, 3)).toBe(4)
  })
})
