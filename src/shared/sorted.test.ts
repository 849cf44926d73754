import { describe, expect, it } from 'vitest'
import { partitionPoint } from './sorted'

describe('partitionPoint', () => {
  const sorted = [1, 3, 3, 5, 8]

  it('finds the first item not before the point', () => {
    expect(partitionPoint(sorted, (n) => n < 3)).toBe(1)
    expect(partitionPoint(sorted, (n) => n <= 3)).toBe(3)
    expect(partitionPoint(sorted, (n) => n < 6)).toBe(4)
  })

  it('gives 0 when nothing is before it and the length when everything is', () => {
    expect(partitionPoint(sorted, (n) => n < 0)).toBe(0)
    expect(partitionPoint(sorted, (n) => n < 100)).toBe(5)
    expect(partitionPoint([], () => true)).toBe(0)
  })

  it('agrees with a scan on every point of a long list', () => {
    const items = Array.from({ length: 200 }, (_, i) => Math.floor(i / 3))
    for (let point = -1; point <= 70; point++) {
      const scanned = items.findIndex((n) => n >= point)
      expect(partitionPoint(items, (n) => n < point)).toBe(scanned === -1 ? items.length : scanned)
    }
  })
})
