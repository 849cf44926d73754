import type { CodebookSection, SourcesSection } from './briefing-document'
import { count } from './format'
import type { Row } from './page-flow'
import { lazyChild, runRows, sectionOpening } from './render-blocks'
import type { RenderContext } from './render-context'
import { baselineIn, CONTENT_WIDTH, INK, PAGE, TYPE, type TextStyle } from './render-theme'

const TAG_NAME: TextStyle = { ...TYPE.body, font: 'serifSemiBold' }
const DESCRIPTION: TextStyle = { ...TYPE.body, size: 9.5, leading: 13.5, colour: INK.soft }
const INDENT = 18

/** The codebook: each tag used, under its group, with its colour, description and count. */
export function renderCodebook(ctx: RenderContext, section: CodebookSection): void {
  ctx.startSection(section.title)
  const sect = ctx.doc.struct('Sect')
  ctx.root.add(sect)
  const lead = 'Each tag used in this pack, what it means, and how many passages carry it.'
  ctx.flow.place(sectionOpening(ctx, sect, section.title, section.anchor, lead))
  for (const group of section.groups) {
    const heading: Row = {
      height: TYPE.h3.leading,
      gap: 14,
      draw: (y) => {
        const h2 = ctx.doc.struct('H2')
        sect.add(h2)
        h2.add(() =>
          ctx.text(
            group.name.toLocaleUpperCase('en-GB'),
            PAGE.left,
            baselineIn(TYPE.h3, y),
            TYPE.h3,
          ),
        )
        h2.end()
        ctx.artifact(() => ctx.rule(PAGE.left, y + TYPE.h3.leading + 2, CONTENT_WIDTH))
      },
    }
    const list = lazyChild(ctx, () => sect, 'L')
    group.tags.forEach(({ tag, description, count: n }, i) => {
      const item = lazyChild(ctx, list, 'LI')
      const countLabel = count(n, 'passage')
      const rows: Row[] = [
        {
          height: TAG_NAME.leading,
          gap: i === 0 ? 8 : 7,
          keepWithPrevious: i === 0,
          draw: (y) => {
            const baseline = baselineIn(TAG_NAME, y)
            ctx.artifact(() => ctx.box(PAGE.left, baseline - 8.5, 9, 9, tag.colour, 2))
            const name = ctx.doc.struct('Lbl')
            item().add(name)
            name.add(() => {
              ctx.text(tag.name, PAGE.left + INDENT, baseline, TAG_NAME)
              ctx.text(
                countLabel,
                PAGE.right - ctx.width(countLabel, TYPE.label),
                baseline,
                TYPE.label,
              )
            })
            name.end()
          },
        },
        ...runRows(
          ctx,
          [{ text: description || 'No description yet.', style: DESCRIPTION }],
          lazyChild(ctx, item, 'LBody'),
          {
            x: PAGE.left + INDENT,
            width: CONTENT_WIDTH - INDENT - 70,
            keepWithPrevious: true,
          },
        ),
        { height: 0, keepWithPrevious: true, draw: () => item().end() },
      ]
      ctx.flow.place(i === 0 ? [heading, ...rows] : rows, { keepTogether: true })
    })
    list().end()
  }
  sect.end()
}

/** The sources: a full reference for each article, as far as Briefpack records one. */
export function renderSources(ctx: RenderContext, section: SourcesSection): void {
  ctx.startSection(section.title)
  const sect = ctx.doc.struct('Sect')
  ctx.root.add(sect)
  const lead =
    'The articles this pack quotes. Briefpack records each article’s title, publication and kind; ' +
    'it keeps no author, date or address for them, so none is given here.'
  ctx.flow.place(sectionOpening(ctx, sect, section.title, section.anchor, lead))
  const list = lazyChild(ctx, () => sect, 'L')
  section.sources.forEach((source, i) => {
    const item = lazyChild(ctx, list, 'LI')
    const number = `${i + 1}.`
    const rows = runRows(
      ctx,
      [
        { text: `“${source.title}”, `, style: TYPE.body },
        { text: source.publication, style: { ...TYPE.body, font: 'serifItalic' } },
        { text: `. ${source.kindLabel}.`, style: TYPE.body },
      ],
      lazyChild(ctx, item, 'LBody'),
      { x: PAGE.left + INDENT, width: CONTENT_WIDTH - INDENT, gap: 10 },
    )
    const first = rows[0]!
    rows[0] = {
      ...first,
      draw: (y) => {
        const lbl = ctx.doc.struct('Lbl')
        item().add(lbl)
        lbl.add(() => ctx.text(number, PAGE.left, baselineIn(TYPE.body, y), TYPE.body))
        lbl.end()
        first.draw(y)
      },
    }
    rows.push(
      ...runRows(
        ctx,
        [{ text: `${count(source.quotes, 'passage')} quoted in this pack.`, style: TYPE.label }],
        lazyChild(ctx, item, 'P'),
        {
          x: PAGE.left + INDENT,
          width: CONTENT_WIDTH - INDENT,
          keepWithPrevious: true,
        },
      ),
      { height: 0, keepWithPrevious: true, draw: () => item().end() },
    )
    ctx.flow.place(rows, { keepTogether: true })
  })
  list().end()
  ctx.flow.place(
    ctx.paragraphRows(
      'This PDF carries its annotations as two attached files, annotations.jsonld (W3C Web Annotation) and annotations.csv, for reopening or analysing them later.',
      TYPE.label,
      sect,
      { gap: 24 },
    ),
  )
  sect.end()
}
