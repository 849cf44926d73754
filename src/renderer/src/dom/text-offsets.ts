// The reader renders each block of article text inside one element carrying `data-text-start`
// (the block's offset in `Article.text`) whose text content is exactly that block's text; marks
// and spans inside it only wrap text. So a DOM point maps to an article offset by counting the
// characters before it in its container, and the containers' gaps are the "\n\n" between blocks.

const CONTAINER = '[data-text-start]'

export interface TextSpan {
  start: number
  end: number
}

const containerStart = (el: Element) => Number((el as HTMLElement).dataset.textStart)

/** Characters of text between the start of `container` and the point (node, offset). */
function charsBefore(container: Element, node: Node, offset: number): number {
  const range = container.ownerDocument.createRange()
  range.setStart(container, 0)
  range.setEnd(node, offset)
  return range.toString().length
}

/**
 * The article offset of a DOM point under `root`. A point outside every container (on a paragraph
 * number, say) moves to the nearest container edge in the direction that keeps the selection
 * inside: forward for a selection's start, back for its end. Null when there is no such container.
 */
export function pointToOffset(
  root: Element,
  node: Node,
  offset: number,
  edge: 'start' | 'end',
): number | null {
  const containers = [...root.querySelectorAll(CONTAINER)]
  const doc = root.ownerDocument
  const ordered = edge === 'start' ? containers : containers.reverse()
  for (const container of ordered) {
    const contents = doc.createRange()
    contents.selectNodeContents(container)
    const where = contents.comparePoint(node, offset) // -1 before, 0 inside, 1 after
    if (where === 0) return containerStart(container) + charsBefore(container, node, offset)
    if (edge === 'start' && where < 0) return containerStart(container)
    if (edge === 'end' && where > 0) {
      return containerStart(container) + (container.textContent ?? '').length
    }
  }
  return null
}

/** The article span a DOM range covers, or null if it covers no article text. */
export function rangeToSpan(root: Element, range: Range): TextSpan | null {
  const start = pointToOffset(root, range.startContainer, range.startOffset, 'start')
  const end = pointToOffset(root, range.endContainer, range.endOffset, 'end')
  if (start === null || end === null || end <= start) return null
  return { start, end }
}
