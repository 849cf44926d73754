import type { Entry, KeyArguments } from './briefing-document'
import { count } from './format'
import type { Row } from './page-flow'
import { passageDisplay } from './passage'
import {
  chipRows,
  lazyChild,
  runRows,
  sectionOpening,
  subheadingRows,
  unbreakable,
} from './render-blocks'
import type { RenderContext } from './render-context'
import { baselineIn, CONTENT_WIDTH, HIGHLIGHT, INK, PAGE, TYPE } from './render-theme'

type Struct = PDFKit.PDFStructureElement

const QUOTE_INDENT = 16
const GROUPING_WORDS = { tag: 'argument tag', speaker: 'speaker', article: 'article' } as const

/**
 * The key arguments: one subsection per group, each entry a quoted passage with its attribution,
 * citation, tags and note. An entry is kept on one page when it fits; a longer one breaks between
 * lines of the passage, never leaving its attribution alone at the top of a page.
 */
export function renderKeyArguments(
  ctx: RenderContext,
  section: KeyArguments,
  onGroup: (done: number, of: number) => void,
): void {
  ctx.startSection(section.title)
  const sect = ctx.doc.struct('Sect')
  ctx.root.add(sect)
  const passages = new Set(section.groups.flatMap((g) => g.entries.map((e) => e.annotationId)))
  const lead =
    passages.size === 0
      ? 'Nothing is highlighted in the chosen articles yet, or nothing carries the chosen tags.'
      : `${count(passages.size, 'quoted passage')}, grouped by ${GROUPING_WORDS[section.groupBy]}.` +
        (section.groupBy === 'tag'
          ? ' A passage with several tags appears under each of them.'
          : '')
  ctx.flow.place(sectionOpening(ctx, sect, section.title, section.anchor, lead))

  section.groups.forEach((group, g) => {
    const heading = subheadingRows(ctx, () => sect, group, count(group.entries.length, 'passage'))
    const list = lazyChild(ctx, () => sect, 'L')
    group.entries.forEach((entry, i) => {
      const rows = entryRows(ctx, entry, lazyChild(ctx, list, 'LI'))
      if (i === 0) {
        // The heading goes with the start of its first entry.
        rows[0] = { ...rows[0]!, gap: 10, keepWithPrevious: true }
        ctx.flow.place([...heading, ...rows], { keepTogether: true })
      } else ctx.flow.place(rows, { keepTogether: true })
    })
    list().end()
    onGroup(g + 1, section.groups.length)
  })
  sect.end()
}

/** The rows of one entry, tagged as one list item. */
export function entryRows(ctx: RenderContext, entry: Entry, item: () => Struct): Row[] {
  const x = PAGE.left + QUOTE_INDENT
  const width = CONTENT_WIDTH - QUOTE_INDENT
  const display = passageDisplay(entry.passage)
  // Opening quotation marks hang in the margin, so the words line up with the lines below.
  const hang = /^[“‘]/u.test(display) ? ctx.width(display.charAt(0), TYPE.quote) : 0
  const lines = ctx.wrap(display, TYPE.quote, width)
  const quote = lazyChild(ctx, item, 'BlockQuote')
  const bar = HIGHLIGHT[entry.colour].edge

  const rows: Row[] = lines.map((line, i) => ({
    height: TYPE.quote.leading,
    gap: i === 0 ? 18 : 0,
    keepWithPrevious: i === 1 || (i > 0 && i === lines.length - 1),
    draw: (y) => {
      if (i === 0) ctx.destination(entry.anchor, y)
      ctx.artifact(() => ctx.box(PAGE.left + 2, y + 1, 2.5, TYPE.quote.leading, bar))
      quote().add(() =>
        ctx.text(line, x - (i === 0 ? hang : 0), baselineIn(TYPE.quote, y), TYPE.quote),
      )
      if (i === lines.length - 1) quote().end()
    },
  }))

  const attribution = lazyChild(ctx, item, 'P')
  const who = entry.speaker
    ? [
        { text: entry.speaker.name, style: TYPE.labelStrong },
        ...(entry.speaker.role ? [{ text: `, ${entry.speaker.role}`, style: TYPE.label }] : []),
      ]
    : []
  if (who.length > 0) {
    rows.push(...runRows(ctx, who, attribution, { x, width, gap: 5, keepWithPrevious: true }))
  }
  rows.push(
    ...runRows(
      ctx,
      [{ text: unbreakable(entry.citation.label), style: TYPE.label }],
      lazyChild(ctx, item, 'P'),
      {
        x,
        width,
        gap: who.length > 0 ? 0 : 5,
        keepWithPrevious: true,
      },
    ),
  )
  if (entry.orphaned) {
    const flag = lazyChild(ctx, item, 'P')
    const warning = { ...TYPE.labelStrong, colour: INK.warning }
    rows.push(
      ...runRows(
        ctx,
        [
          { text: 'Not placed: ', style: warning },
          { text: `${entry.orphaned.reason} Quoted as it was saved.`, style: TYPE.label },
        ],
        flag,
        { x, width, gap: 3, keepWithPrevious: true },
      ),
    )
  }
  if (entry.tags.length > 0) {
    rows.push(...chipRows(ctx, entry.tags, lazyChild(ctx, item, 'P'), { x, width, gap: 6 }))
  }
  if (entry.note) {
    entry.note.split(/\n+/u).forEach((para, p) => {
      const note = lazyChild(ctx, item, 'P')
      const runs = [
        ...(p === 0
          ? [{ text: 'Note  ', style: { ...TYPE.labelStrong, colour: INK.accent } }]
          : []),
        { text: para, style: TYPE.note },
      ]
      const noteRows = runRows(ctx, runs, note, { x, width, gap: p === 0 ? 5 : 2 })
      if (p === 0 && noteRows[0]) noteRows[0] = { ...noteRows[0], keepWithPrevious: true }
      rows.push(...noteRows)
    })
  }
  rows.push({ height: 0, keepWithPrevious: true, draw: () => item().end() })
  return rows
}
