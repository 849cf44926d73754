import type { SpeakerRow, WhoSaidWhat } from './briefing-document'
import type { Row } from './page-flow'
import { passageDisplay } from './passage'
import { lazyChild, runRows, sectionOpening, subheadingRows, unbreakable } from './render-blocks'
import type { RenderContext } from './render-context'
import { baselineIn, CONTENT_WIDTH, INK, PAGE, TYPE, type TextStyle } from './render-theme'

type Struct = PDFKit.PDFStructureElement

const COLUMN = 64
const TOTAL = 40
const PAD = 6
const HEAD: TextStyle = { ...TYPE.labelStrong, size: 7.5, leading: 10 }
const NAME: TextStyle = { ...TYPE.body, font: 'serifSemiBold', size: 10, leading: 14 }
const ROLE: TextStyle = { ...TYPE.label, size: 7.5, leading: 10.5 }
const FIGURE: TextStyle = { ...TYPE.labelStrong, size: 10, leading: 14, colour: INK.text }
const CLAIM: TextStyle = { ...TYPE.body, size: 10, leading: 14.5 }
const CLAIM_INDENT = 12

/**
 * Who said what: the balance of the pack in a sentence, a table of speakers against stances (or
 * tags) with counts, and each speaker's first tagged claim, linked to its entry.
 */
export function renderWhoSaidWhat(ctx: RenderContext, section: WhoSaidWhat): void {
  ctx.startSection(section.title)
  const sect = ctx.doc.struct('Sect')
  ctx.root.add(sect)
  ctx.flow.place(sectionOpening(ctx, sect, section.title, section.anchor, section.balance))
  if (section.rows.length === 0) {
    ctx.flow.place(
      ctx.paragraphRows('No passage in this pack is attributed to a speaker yet.', TYPE.body, sect),
    )
    sect.end()
    return
  }

  const table = ctx.doc.struct('Table')
  sect.add(table)
  const speakerWidth = CONTENT_WIDTH - section.columns.length * COLUMN - TOTAL
  const headings = [
    ...section.columns.map((c) => ({ text: c.name, colour: c.colour, width: COLUMN })),
    { text: 'All', colour: null, width: TOTAL },
  ]
  ctx.flow.place([headerRow(ctx, table, speakerWidth, headings, section.columnsAre)])
  for (const row of section.rows) {
    ctx.flow.place([speakerRow(ctx, table, speakerWidth, row)])
  }
  table.end()

  const claims = section.rows.filter((r) => r.firstClaim)
  if (claims.length > 0) {
    const heading = {
      title: 'First tagged claims',
      anchor: `${section.anchor}-claims`,
      subtitle: 'Each speaker’s first tagged passage in reading order; follow it to the entry.',
      colour: null,
    }
    const list = lazyChild(ctx, () => sect, 'L')
    claims.forEach((row, i) => {
      const rows = claimRows(ctx, row, lazyChild(ctx, list, 'LI'))
      ctx.flow.place(
        i === 0 ? [...subheadingRows(ctx, () => sect, heading, null), ...rows] : rows,
        {
          keepTogether: true,
        },
      )
    })
    list().end()
  }
  sect.end()
}

function headerRow(
  ctx: RenderContext,
  table: Struct,
  speakerWidth: number,
  headings: { text: string; colour: string | null; width: number }[],
  columnsAre: WhoSaidWhat['columnsAre'],
): Row {
  const wrapped = headings.map((h) => ctx.wrap(h.text, HEAD, h.width - 8))
  const height = Math.max(...wrapped.map((l) => l.length)) * HEAD.leading + 16
  return {
    height,
    draw: (y) => {
      const tr = ctx.doc.struct('TR')
      table.add(tr)
      const cell = (lines: string[], x: number, width: number, centred: boolean) => {
        const th = ctx.doc.struct('TH')
        tr.add(th)
        th.add(() =>
          lines.forEach((line, i) => {
            const dx = centred ? (width - ctx.width(line, HEAD)) / 2 : 0
            ctx.text(line, x + dx, y + 12 + HEAD.size + i * HEAD.leading, HEAD)
          }),
        )
        th.end()
      }
      cell(
        [columnsAre === 'stances' ? 'Speaker' : 'Speaker (tags used most)'],
        PAGE.left,
        speakerWidth,
        false,
      )
      let x = PAGE.left + speakerWidth
      headings.forEach((h, i) => {
        const colour = h.colour
        if (colour) ctx.artifact(() => ctx.box(x + h.width / 2 - 12, y + 2, 24, 5, colour, 2.5))
        cell(wrapped[i]!, x, h.width, true)
        x += h.width
      })
      tr.end()
      ctx.artifact(() => ctx.rule(PAGE.left, y + height - 1, CONTENT_WIDTH, INK.soft, 0.8))
    },
  }
}

function speakerRow(ctx: RenderContext, table: Struct, speakerWidth: number, row: SpeakerRow): Row {
  const names = ctx.wrap(row.speaker.name, NAME, speakerWidth - PAD * 2)
  const roles = row.speaker.role ? ctx.wrap(row.speaker.role, ROLE, speakerWidth - PAD * 2) : []
  const height = names.length * NAME.leading + roles.length * ROLE.leading + PAD * 2
  return {
    height,
    draw: (y) => {
      const tr = ctx.doc.struct('TR')
      table.add(tr)
      const th = ctx.doc.struct('TH')
      tr.add(th)
      th.add(() => {
        let top = y + PAD
        for (const line of names) {
          ctx.text(line, PAGE.left, baselineIn(NAME, top), NAME)
          top += NAME.leading
        }
        for (const line of roles) {
          ctx.text(line, PAGE.left, baselineIn(ROLE, top), ROLE)
          top += ROLE.leading
        }
      })
      th.end()
      let x = PAGE.left + speakerWidth
      const figures = [
        ...row.counts.map((n) => ({ n, width: COLUMN })),
        { n: row.total, width: TOTAL },
      ]
      for (const { n, width } of figures) {
        const style = n === 0 ? { ...FIGURE, colour: INK.faint, font: 'sans' as const } : FIGURE
        const label = String(n)
        const td = ctx.doc.struct('TD')
        tr.add(td)
        td.add(() =>
          ctx.text(
            label,
            x + (width - ctx.width(label, style)) / 2,
            baselineIn(NAME, y + PAD),
            style,
          ),
        )
        td.end()
        x += width
      }
      tr.end()
      ctx.artifact(() => ctx.rule(PAGE.left, y + height - 0.5, CONTENT_WIDTH, INK.rule, 0.5))
    },
  }
}

function claimRows(ctx: RenderContext, row: SpeakerRow, item: () => Struct): Row[] {
  const claim = row.firstClaim!
  const target = ctx.anchors.get(claim.entryAnchor)
  // No-break spaces keep "see page 4" on one line.
  const seePage = target ? ` · see\u00a0page\u00a0${target.page + 1}` : ''
  // What the claim is, when it is not a direct quotation, beside whose it is.
  const kind = claim.speechLabel ? ` · ${claim.speechLabel.toLocaleLowerCase('en-GB')}` : ''
  const rows = runRows(
    ctx,
    [
      { text: row.speaker.name, style: TYPE.labelStrong },
      ...(kind ? [{ text: kind, style: { ...TYPE.label, colour: INK.accent } }] : []),
    ],
    lazyChild(ctx, item, 'P'),
    {
      x: PAGE.left,
      width: CONTENT_WIDTH,
      gap: 12,
    },
  )
  const quote = lazyChild(ctx, item, claim.passage.kind === 'direct' ? 'BlockQuote' : 'P')
  const x = PAGE.left + CLAIM_INDENT
  const lines = ctx.wrap(passageDisplay(claim.passage), CLAIM, CONTENT_WIDTH - CLAIM_INDENT)
  lines.forEach((line, i) => {
    rows.push({
      height: CLAIM.leading,
      keepWithPrevious: true,
      draw: (y) => {
        ctx.artifact(() => ctx.box(PAGE.left + 2, y + 1, 1.5, CLAIM.leading, INK.rule))
        quote().add(() => ctx.text(line, x, baselineIn(CLAIM, y), CLAIM))
        ctx.link(x, y, ctx.width(line, CLAIM), CLAIM.leading, claim.entryAnchor)
        if (i === lines.length - 1) quote().end()
      },
    })
  })
  rows.push(
    ...runRows(
      ctx,
      [{ text: unbreakable(`${claim.citation}${seePage}`), style: TYPE.label }],
      lazyChild(ctx, item, 'P'),
      {
        x,
        width: CONTENT_WIDTH - CLAIM_INDENT,
        gap: 1,
        keepWithPrevious: true,
      },
    ),
  )
  rows.push({ height: 0, keepWithPrevious: true, draw: () => item().end() })
  return rows
}
