import type { Entry, KeyArguments, OrphansSection } from './briefing-document'
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
  // A passage is counted once however many tags it is listed under; each part of a highlight
  // quoted in parts (one per speaker) is a passage of its own.
  const passages = new Set(
    section.groups.flatMap((g) => g.entries.map((e) => `${e.annotationId}#${e.part?.index ?? 0}`)),
  )
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

/**
 * The highlights whose words are no longer found in their article: listed apart, as they were
 * saved, so none is lost and none is passed off as a quotation of today's text.
 */
export function renderOrphans(ctx: RenderContext, section: OrphansSection): void {
  ctx.startSection(section.title)
  const sect = ctx.doc.struct('Sect')
  ctx.root.add(sect)
  const one = section.entries.length === 1
  const lead =
    `${count(section.entries.length, 'highlight')} no longer found in the text of ` +
    `${one ? 'its article' : 'their articles'} (the text changed since ${one ? 'it was' : 'they were'} made). ` +
    `${one ? 'It is' : 'Each is'} shown with the words saved then; open ${one ? 'it' : 'each'} in ` +
    'Briefpack to place it again or delete it.'
  ctx.flow.place(sectionOpening(ctx, sect, section.title, section.anchor, lead))
  const list = lazyChild(ctx, () => sect, 'L')
  for (const entry of section.entries) {
    ctx.flow.place(entryRows(ctx, entry, lazyChild(ctx, list, 'LI')), { keepTogether: true })
  }
  list().end()
  sect.end()
}

/** The rows of one entry, tagged as one list item. */
export function entryRows(ctx: RenderContext, entry: Entry, item: () => Struct): Row[] {
  const x = PAGE.left + QUOTE_INDENT
  const width = CONTENT_WIDTH - QUOTE_INDENT
  const display = passageDisplay(entry.passage)
  // A direct quotation's opening mark hangs in the margin, so the words line up below it.
  const hang =
    entry.passage.kind === 'direct' && /^[“‘]/u.test(display)
      ? ctx.width(display.charAt(0), TYPE.quote)
      : 0
  const lines = ctx.wrap(display, TYPE.quote, width)
  // Only a direct quotation is a quotation (BlockQuote); any other passage is the article's text.
  const quote = lazyChild(ctx, item, entry.passage.kind === 'direct' ? 'BlockQuote' : 'P')
  const bar = HIGHLIGHT[entry.colour].edge

  // Said before the words, so that reported speech or narration is never read as a quotation.
  const label = speechLabelRows(ctx, entry, lazyChild(ctx, item, 'P'), { x, width })
  const rows: Row[] = [
    ...label,
    ...lines.map((line, i): Row => ({
      height: TYPE.quote.leading,
      gap: i === 0 ? (label.length > 0 ? 3 : 18) : 0,
      keepWithPrevious:
        (i === 0 && label.length > 0) || i === 1 || (i > 0 && i === lines.length - 1),
      draw: (y) => {
        if (i === 0 && label.length === 0) ctx.destination(entry.anchor, y)
        ctx.artifact(() => ctx.box(PAGE.left + 2, y + 1, 2.5, TYPE.quote.leading, bar))
        quote().add(() =>
          ctx.text(line, x - (i === 0 ? hang : 0), baselineIn(TYPE.quote, y), TYPE.quote),
        )
        if (i === lines.length - 1) quote().end()
      },
    })),
  ]

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
          { text: 'Not found in the article’s text: ', style: warning },
          { text: `${entry.orphaned.reason} Shown as it was saved.`, style: TYPE.label },
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

/**
 * The line before a passage that is not a direct quotation, saying what it is ("Reported
 * speech"), and for one speaker's part of a highlight over several, which part. None otherwise.
 */
function speechLabelRows(
  ctx: RenderContext,
  entry: Entry,
  paragraph: () => Struct,
  at: { x: number; width: number },
): Row[] {
  const part = entry.part ? `Part ${entry.part.index} of ${entry.part.of} of one highlight` : null
  const words = [entry.speechLabel, part].filter((w): w is string => w !== null).join(' · ')
  if (!words) return []
  const rows = runRows(
    ctx,
    [{ text: words, style: { ...TYPE.labelStrong, colour: INK.accent } }],
    paragraph,
    { ...at, gap: 18 },
  )
  const first = rows[0]!
  rows[0] = {
    ...first,
    draw: (y) => {
      ctx.destination(entry.anchor, y)
      first.draw(y)
    },
  }
  return rows
}
