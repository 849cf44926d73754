import type { Locator, Page } from '@playwright/test'

/**
 * Select `words` inside `container` by dragging the mouse across them, as a student would: press
 * at the first character's left edge, release at the last character's right edge.
 */
export async function selectWithMouse(page: Page, container: Locator, words: string) {
  await container.scrollIntoViewIfNeeded()
  const points = await container.evaluate((root, wanted) => {
    const start = (root.textContent ?? '').indexOf(wanted)
    if (start < 0) throw new Error(`“${wanted}” is not in the container`)
    const end = start + wanted.length
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const charRect = (offset: number) => {
      let seen = 0
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node as Text).data.length
        if (offset < seen + length) {
          const range = document.createRange()
          range.setStart(node, offset - seen)
          range.setEnd(node, offset - seen + 1)
          walker.currentNode = root
          return range.getClientRects()[0]!
        }
        seen += length
      }
      throw new Error('offset outside the text')
    }
    const first = charRect(start)
    const last = charRect(end - 1)
    return {
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
    }
  }, words)
  await page.mouse.move(points.from.x, points.from.y)
  await page.mouse.down()
  await page.mouse.move(points.to.x, points.to.y, { steps: 12 })
  await page.mouse.up()
}
