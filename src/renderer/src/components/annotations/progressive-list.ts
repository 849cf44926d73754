import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js'

/**
 * How many of `items`, from the start, can be shown if at most `budget` of them may be drawn
 * anew (not in `drawn`, what was shown before): the longest such prefix.
 */
export function prefixWithinBudget<T>(
  items: readonly T[],
  drawn: ReadonlySet<T>,
  budget: number,
): number {
  let fresh = 0
  for (let i = 0; i < items.length; i++) {
    if (drawn.has(items[i]!) || ++fresh <= budget) continue
    return i
  }
  return items.length
}

/**
 * A long list, shown from its start a frame at a time: each frame draws at most `perFrame` items
 * it did not show before, and asks for another frame until the whole list is shown. A thousand
 * entries would otherwise be made in the frame that first shows the list (the reader's panel
 * opens with the article). Items are compared as objects, so a list changed in one place (an
 * item replaced, added or removed) is shown whole at once, and a list narrowed by a filter and
 * widened again fills in from the top.
 */
export function createProgressiveList<T>(
  list: Accessor<readonly T[]>,
  perFrame: number,
): Accessor<readonly T[]> {
  const [frames, setFrames] = createSignal(0)
  let drawn: ReadonlySet<T> = new Set()
  let pending: number | undefined
  const shown = createMemo(() => {
    frames()
    const items = list()
    const length = prefixWithinBudget(items, drawn, perFrame)
    const visible = length === items.length ? items : items.slice(0, length)
    drawn = new Set(visible)
    if (length < items.length && pending === undefined) {
      pending = requestAnimationFrame(() => {
        pending = undefined
        setFrames((n) => n + 1)
      })
    }
    return visible
  })
  onCleanup(() => {
    if (pending !== undefined) cancelAnimationFrame(pending)
  })
  return shown
}
