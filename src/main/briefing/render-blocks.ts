import type { TagLabel } from './briefing-document'
import type { Row } from './page-flow'
import type { RenderContext } from './render-context'
import { baselineIn, PAGE, TYPE, type TextStyle } from './render-theme'
import { wrapRuns, type Run } from './wrap-runs'

type Struct = PDFKit.PDFStructureElement

/**
 * A structure element attached to its parent only when first drawn, so that elements enter the
 * tagged-PDF tree in the order their content reaches the page (pdfkit runs a child's content
 * as soon as it is added to an attached parent, on whatever page is current).
 */
export function lazyChild(ctx: RenderContext, parent: () => Struct, type: string): () => Struct {
  let element: Struct | null = null
  return () => {
    if (!element) {
      element = ctx.doc.struct(type)
      parent().add(element)
    }
    return element
  }
}

/** Rows for a top-level section's opening: its H1 heading (an anchor) and a lead paragraph. */
export function sectionOpening(
  ctx: RenderContext,
  section: Struct,
  title: string,
  anchor: string,
  lead: string | null,
): Row[] {
  const rows: Row[] = [
    {
      height: TYPE.h1.leading + 8,
      draw: (y) => {
        ctx.destination(anchor, y)
        const h1 = ctx.doc.struct('H1')
        section.add(h1)
        h1.add(() => ctx.text(title, PAGE.left, baselineIn(TYPE.h1, y), TYPE.h1))
        h1.end()
      },
    },
  ]
  if (lead) rows.push(...ctx.paragraphRows(lead, TYPE.lead, section, { gap: 2 }))
  rows.push({ height: 14, keepWithPrevious: true, draw: () => {} })
  return rows
}

/** Rows for a level-2 heading: optional colour swatch, title, a count on the right, subtitle. */
export function subheadingRows(
  ctx: RenderContext,
  parent: () => Struct,
  heading: { title: string; anchor: string; subtitle: string | null; colour: string | null },
  countLabel: string | null,
): Row[] {
  const indent = heading.colour ? 16 : 0
  const countWidth = countLabel ? ctx.width(countLabel, TYPE.label) + 12 : 0
  const titleLines = ctx.wrap(heading.title, TYPE.h2, PAGE.right - PAGE.left - indent - countWidth)
  const h2 = lazyChild(ctx, parent, 'H2')
  let firstBaseline = 0
  const rows: Row[] = titleLines.map((line, i) => ({
    height: TYPE.h2.leading,
    gap: i === 0 ? 26 : 0,
    keepWithPrevious: i > 0,
    draw: (y) => {
      const baseline = baselineIn(TYPE.h2, y)
      if (i === 0) {
        firstBaseline = baseline
        ctx.destination(heading.anchor, y)
        const colour = heading.colour
        if (colour) ctx.artifact(() => ctx.box(PAGE.left, baseline - 9.5, 10, 10, colour, 2.5))
      }
      h2().add(() => ctx.text(line, PAGE.left + indent, baseline, TYPE.h2))
      if (i < titleLines.length - 1) return
      h2().end()
      // The count sits beside the title's first line but comes after the whole title in the
      // text, so copied text and screen readers get the title in one piece.
      if (countLabel) {
        const count = ctx.doc.struct('P')
        parent().add(count)
        const w = ctx.width(countLabel, TYPE.label)
        count.add(() => ctx.text(countLabel, PAGE.right - w, firstBaseline, TYPE.label))
        count.end()
      }
    },
  }))
  if (heading.subtitle) {
    for (const row of ctx.paragraphRows(heading.subtitle, TYPE.label, parent(), {
      x: PAGE.left + indent,
      gap: 1,
    })) {
      rows.push({ ...row, keepWithPrevious: true })
    }
  }
  rows.push({
    height: 9,
    keepWithPrevious: true,
    draw: (y) => ctx.artifact(() => ctx.rule(PAGE.left, y + 5, PAGE.right - PAGE.left)),
  })
  return rows
}

/** Rows of mixed-style text (a name in bold, then a role), tagged as one element. */
export function runRows(
  ctx: RenderContext,
  runs: Run<TextStyle>[],
  element: () => Struct,
  options: { x: number; width: number; gap?: number; keepWithPrevious?: boolean },
): Row[] {
  const lines = wrapRuns(runs, options.width, (t, s) => ctx.width(t, s))
  const leading = Math.max(...runs.map((r) => r.style.leading))
  return lines.map((segments, i) => ({
    height: leading,
    gap: i === 0 ? (options.gap ?? 0) : 0,
    keepWithPrevious:
      (i === 0 && options.keepWithPrevious) || i === 1 || (i > 0 && i === lines.length - 1),
    draw: (y) => {
      // Align the baselines of different sizes on the row's main baseline.
      const baseline = baselineIn(runs[0]!.style, y, leading)
      element().add(() => {
        for (const s of segments) ctx.text(s.text, options.x + s.x, baseline, s.style)
      })
      if (i === lines.length - 1) element().end()
    },
  }))
}

const CHIP = { height: 12.5, padX: 5, gap: 4, rowGap: 4 } as const

/** Tag chips: each tag's name on its codebook colour, wrapped to as many rows as needed. */
export function chipRows(
  ctx: RenderContext,
  tags: readonly TagLabel[],
  element: () => Struct,
  options: { x: number; width: number; gap?: number },
): Row[] {
  const rows: { tag: TagLabel; x: number; w: number }[][] = [[]]
  let x = 0
  for (const tag of tags) {
    const w = ctx.width(tag.name, TYPE.chip) + CHIP.padX * 2
    if (x > 0 && x + w > options.width) {
      rows.push([])
      x = 0
    }
    rows.at(-1)!.push({ tag, x, w })
    x += w + CHIP.gap
  }
  return rows.map((chips, i) => ({
    height: CHIP.height + CHIP.rowGap,
    gap: i === 0 ? (options.gap ?? 0) : 0,
    keepWithPrevious: true,
    draw: (y) => {
      ctx.artifact(() => {
        for (const c of chips) ctx.box(options.x + c.x, y, c.w, CHIP.height, c.tag.colour, 3)
      })
      element().add(() => {
        chips.forEach((c, k) => {
          // A trailing space between chips keeps the names apart in copied text.
          const name = k < chips.length - 1 ? `${c.tag.name} ` : c.tag.name
          ctx.text(
            name,
            options.x + c.x + CHIP.padX,
            y + CHIP.height / 2 + TYPE.chip.size * 0.35,
            TYPE.chip,
          )
        })
      })
      if (i === rows.length - 1) element().end()
    },
  }))
}

/**
 * Text with no-break spaces where a line break would strand a number: after "¶", "¶¶" and "page",
 * so a citation never ends a line with a lone pilcrow.
 */
export function unbreakable(text: string): string {
  return text.replace(/(¶¶?|\bpage) (?=\d)/gu, '$1\u00a0')
}
