import type { ContentsEntry } from './briefing-document'
import { PageFlow, type Row } from './page-flow'
import { sectionOpening } from './render-blocks'
import type { RenderContext } from './render-context'
import { baselineIn, INK, PAGE, TYPE, type TextStyle } from './render-theme'

type Struct = PDFKit.PDFStructureElement

export const CONTENTS_TITLE = 'Contents'

const LEVEL: Record<1 | 2, { style: TextStyle; indent: number; gap: number }> = {
  1: { style: { ...TYPE.body, font: 'serifSemiBold', size: 11, leading: 18 }, indent: 0, gap: 10 },
  2: { style: { ...TYPE.body, leading: 15.5 }, indent: 16, gap: 0 },
}
const NUMBER_WIDTH = 36

/** What the contents needs to draw itself on the pages reserved for it. */
export interface ReservedContents {
  firstPage: number
  pages: number
  section: Struct
}

/**
 * Reserve the contents pages before the body is drawn: page numbers are only known afterwards,
 * but the body's pages must already be numbered after the contents. The rows are laid out now,
 * with nothing drawn, to count the pages they will take.
 */
export function reserveContents(
  ctx: RenderContext,
  entries: readonly ContentsEntry[],
): ReservedContents {
  ctx.startSection(CONTENTS_TITLE)
  const firstPage = ctx.page
  const section = ctx.doc.struct('TOC')
  ctx.root.add(section)
  let pages = 1
  const dry = new PageFlow(PAGE.top, PAGE.bottom, {
    newPage: () => pages++,
    drawFootnoteRule: () => {},
  })
  const rows = contentsRows(ctx, entries, section, () => null)
  dry.place(rows.map((row) => ({ ...row, draw: () => {} })))
  for (let p = 1; p < pages; p++) ctx.flow.breakPage()
  // Mark the last reserved page as used, so the next section starts on a page of its own.
  ctx.flow.occupy()
  return { firstPage, pages, section }
}

/** Draw the contents on its reserved pages, each line linked to its section. */
export function renderContents(
  ctx: RenderContext,
  entries: readonly ContentsEntry[],
  reserved: ReservedContents,
): void {
  const last = ctx.page
  let page = reserved.firstPage
  ctx.doc.switchToPage(page)
  ctx.page = page
  const flow = new PageFlow(PAGE.top, PAGE.bottom, {
    newPage: () => {
      page = Math.min(page + 1, reserved.firstPage + reserved.pages - 1)
      ctx.doc.switchToPage(page)
      ctx.page = page
    },
    drawFootnoteRule: () => {},
  })
  flow.place(
    contentsRows(ctx, entries, reserved.section, (anchor) => ctx.anchors.get(anchor)?.page ?? null),
  )
  reserved.section.end()
  ctx.doc.switchToPage(last)
  ctx.page = last
}

function contentsRows(
  ctx: RenderContext,
  entries: readonly ContentsEntry[],
  section: Struct,
  pageOf: (anchor: string) => number | null,
): Row[] {
  const rows: Row[] = sectionOpening(ctx, section, CONTENTS_TITLE, 'contents', null)
  for (const entry of entries) {
    const { style, indent, gap } = LEVEL[entry.level]
    const x = PAGE.left + indent
    const lines = ctx.wrap(entry.title, style, PAGE.right - NUMBER_WIDTH - x)
    let item: Struct
    lines.forEach((line, i) => {
      rows.push({
        height: style.leading,
        gap: i === 0 ? gap : 0,
        keepWithPrevious: i > 0,
        draw: (y) => {
          const baseline = baselineIn(style, y)
          // Made when drawn, not when laid out: pdfkit waits for every element it has made.
          if (i === 0) section.add((item = ctx.doc.struct('TOCI')))
          item.add(() => ctx.text(line, x, baseline, style))
          ctx.link(x, y, PAGE.right - x, style.leading, entry.anchor)
          if (i < lines.length - 1) return
          const page = pageOf(entry.anchor)
          const label = page === null ? '' : String(page + 1)
          const width = ctx.width(label, style)
          const end = x + ctx.width(line, style) + 6
          ctx.artifact(() => dotLeader(ctx, end, PAGE.right - width - 6, baseline))
          item.add(() => ctx.text(label, PAGE.right - width, baseline, style))
          item.end()
        },
      })
    })
  }
  return rows
}

/** Faint dots from the title to its page number, which lead the eye along the line. */
function dotLeader(ctx: RenderContext, from: number, to: number, baseline: number): void {
  const doc = ctx.doc
  doc.save().fillColor(INK.faint)
  for (let x = Math.ceil(from / 5) * 5; x <= to; x += 5) doc.circle(x, baseline - 1, 0.45)
  doc.fill().restore()
}
