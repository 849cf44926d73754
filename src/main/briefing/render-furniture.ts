import type { RenderContext } from './render-context'
import { INK, PAGE, TYPE } from './render-theme'

/**
 * The running header (the pack's title, and the section on the right) and "Page X of Y" at the
 * foot of every page but the cover. Drawn last, over buffered pages, once the page count is
 * known; marked as pagination artifacts so screen readers skip them.
 */
export function renderFurniture(ctx: RenderContext, title: string): void {
  const { count } = ctx.doc.bufferedPageRange()
  for (let page = 1; page < count; page++) {
    ctx.doc.switchToPage(page)
    ctx.page = page
    ctx.doc.markContent('Artifact', { type: 'Pagination' })
    const section = ctx.sectionOfPage[page] ?? ''
    const sectionWidth = section ? Math.min(ctx.width(section, TYPE.furniture), 200) : 0
    const left = fit(ctx, title, PAGE.right - PAGE.left - sectionWidth - 24)
    ctx.text(left, PAGE.left, PAGE.headerY, TYPE.furniture)
    if (section) {
      const right = fit(ctx, section, 200)
      ctx.text(right, PAGE.right - ctx.width(right, TYPE.furniture), PAGE.headerY, TYPE.furniture)
    }
    ctx.rule(PAGE.left, PAGE.headerY + 7, PAGE.right - PAGE.left, INK.rule, 0.5)
    const folio = `Page ${page + 1} of ${count}`
    ctx.text(
      folio,
      (PAGE.width - ctx.width(folio, TYPE.furniture)) / 2,
      PAGE.footerY,
      TYPE.furniture,
    )
    ctx.doc.endMarkedContent()
  }
}

/** `text`, shortened with an ellipsis at a word boundary if it is wider than `width`. */
function fit(ctx: RenderContext, text: string, width: number): string {
  if (ctx.width(text, TYPE.furniture) <= width) return text
  const words = text.split(' ')
  while (words.length > 1 && ctx.width(`${words.join(' ')}…`, TYPE.furniture) > width) words.pop()
  return `${words.join(' ')}…`
}
