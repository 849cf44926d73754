import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js'

/**
 * How many of `items`, from the start, can be shown if at most `budget` of them may be new (their
 * key not in `shown`, the keys shown before): the longest such prefix.
 */
export function prefixWithinBudget<T>(
  items: readonly T[],
  shown: ReadonlySet<string>,
  budget: number,
  keyOf: (item: T) => string,
): number {
  let fresh = 0
  for (let i = 0; i < items.length; i++) {
    if (shown.has(keyOf(items[i]!)) || ++fresh <= budget) continue
    return i
  }
  return items.length
}

/**
 * A long list, shown from its start a little at a time: at first at most `first` items, then,
 * after each frame is painted, at most `perFrame` more that were not shown before, until the
 * whole list is shown. A thousand entries would otherwise be made before the frame that first
 * shows the list (the reader's panel opens with the article), and any made before that frame
 * delay it. Items are known by `keyOf`, so a list changed anywhere (items replaced, as an undo
 * of a tag's rename replaces hundreds, or one added or removed) stays shown whole, and a list
 * narrowed by a filter and widened again fills in from the top.
 */
export function createProgressiveList<T>(
  list: Accessor<readonly T[]>,
  budget: { first: number; perFrame: number },
  keyOf: (item: T) => string,
): Accessor<readonly T[]> {
  const [steps, setSteps] = createSignal(0)
  let shownKeys: ReadonlySet<string> = new Set()
  let frame: number | undefined
  let task: ReturnType<typeof setTimeout> | undefined
  // After the next frame is painted: a task queued from requestAnimationFrame runs after it.
  const stepAfterPaint = () => {
    frame = requestAnimationFrame(() => {
      frame = undefined
      task = setTimeout(() => {
        task = undefined
        setSteps((n) => n + 1)
      })
    })
  }
  const shown = createMemo(() => {
    const allowed = steps() === 0 ? budget.first : budget.perFrame
    const items = list()
    const length = prefixWithinBudget(items, shownKeys, allowed, keyOf)
    const visible = length === items.length ? items : items.slice(0, length)
    shownKeys = new Set(visible.map(keyOf))
    if (length < items.length && frame === undefined && task === undefined) stepAfterPaint()
    return visible
  })
  onCleanup(() => {
    if (frame !== undefined) cancelAnimationFrame(frame)
    clearTimeout(task)
  })
  return shown
}
