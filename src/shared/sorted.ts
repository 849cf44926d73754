/**
 * The index of the first item of `items` that `isBefore` refuses, or `items.length` if it refuses
 * none. `items` must hold every item it accepts ahead of every item it refuses, as a list sorted
 * by what it compares does. A binary search: an article's blocks, a highlight's edges or a text's
 * shifts are found in log n steps, however long the article.
 */
export function partitionPoint<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (isBefore(items[mid]!)) low = mid + 1
    else high = mid
  }
  return low
}
