import type { AppendixArticle, AppendixBlock, AppendixSection } from './briefing-document'
import { CUT_OFF_MARK } from '../../shared/model/article'
import { count } from './format'
import type { FootLine, Row } from './page-flow'
import { lazyChild, sectionOpening, subheadingRows } from './render-blocks'
import type { RenderContext } from './render-context'
import {
  baselineIn,
  CONTENT_WIDTH,
  HIGHLIGHT,
  INK,
  PAGE,
  TYPE,
  type TextStyle,
} from './render-theme'
import { wrapLines } from './wrap-lines'

type Struct = PDFKit.PDFStructureElement

const NOTE_INDENT = 14
const MARKER: TextStyle = { ...TYPE.labelStrong, size: 7, leading: 10 }
const NUMBER: TextStyle = { ...TYPE.label, size: 7.5 }

const LEAD =
  'Each article in full, with the highlights in their colours. Paragraph numbers match the ' +
  'citations; numbered notes are at the foot of the page, and every highlight carries its note ' +
  'as a comment that PDF readers list in their comments panel. […] marks where the source ' +
  'itself breaks off.'

/** The annotated articles: each on its own pages, highlights drawn behind the words. */
export function renderAppendix(
  ctx: RenderContext,
  section: AppendixSection,
  onArticle: (done: number, of: number) => void,
): void {
  ctx.startSection(section.title)
  const sect = ctx.doc.struct('Sect')
  ctx.root.add(sect)
  ctx.flow.place(sectionOpening(ctx, sect, section.title, section.anchor, LEAD))
  section.articles.forEach((article, i) => {
    // Each article starts a page, headed by its title; the first follows the section's opening.
    if (i > 0) ctx.startSection(article.title)
    else ctx.runningTitle(article.title)
    renderArticle(ctx, article, sect, section.orphansAnchor)
    ctx.flushHighlights()
    onArticle(i + 1, section.articles.length)
  })
  sect.end()
}

function renderArticle(
  ctx: RenderContext,
  article: AppendixArticle,
  parent: Struct,
  orphansAnchor: string | null,
): void {
  const art = ctx.doc.struct('Art')
  parent.add(art)
  const heading = subheadingRows(
    ctx,
    () => art,
    {
      title: article.title,
      anchor: article.anchor,
      subtitle: `${article.publication} · ${article.kindLabel}`,
      colour: null,
    },
    count(article.highlightCount, 'highlight'),
  )
  heading[0] = { ...heading[0]!, gap: 0 }

  let before: Row[] = heading
  for (const block of article.blocks) {
    const rows = blockRows(ctx, article, block, art)
    // A heading or a speaker line goes with the start of the paragraph after it.
    if (before.length > 0 && rows[0]) rows[0] = { ...rows[0], keepWithPrevious: true }
    if (block.kind === 'speaker-line') {
      before = [...before, ...rows]
      continue
    }
    ctx.flow.place([...before, ...rows])
    before = []
  }
  ctx.flow.place(before)
  if (article.orphanCount > 0) {
    const where = orphansAnchor ? ctx.anchors.get(orphansAnchor) : undefined
    ctx.flow.place(
      ctx.paragraphRows(
        `${count(article.orphanCount, 'highlight')} of this article no longer ` +
          `${article.orphanCount === 1 ? 'fits' : 'fit'} its text: see “Highlights that lost their place”` +
          (where ? ` (page ${where.page}).` : '.'),
        { ...TYPE.label, colour: INK.warning },
        art,
        { gap: 20 },
      ),
    )
  }
  art.end()
}

/**
 * One row per line of a block. Each line draws its highlights first (behind the words), records
 * them for the PDF highlight annotations, marks in the right margin the notes whose highlight
 * ends on it, and asks the flow for those notes' footnote lines.
 */
function blockRows(
  ctx: RenderContext,
  article: AppendixArticle,
  block: AppendixBlock,
  art: Struct,
): Row[] {
  const style = block.kind === 'paragraph' ? TYPE.article : TYPE.speakerLine
  // Where the source breaks off, the mark follows the words, wrapped with them.
  const marked = block.cutOff ? `${block.text} ${CUT_OFF_MARK}` : block.text
  const lines = wrapLines(marked, CONTENT_WIDTH, (s) => ctx.width(s, style))
  const paragraph = lazyChild(ctx, () => art, 'P')
  return lines.map((line, i) => {
    const text = block.text.slice(line.start, Math.min(line.end, block.text.length))
    const mark = marked.slice(Math.max(line.start, block.text.length), line.end)
    const last = i === lines.length - 1
    // A highlight's note is marked on the line where the highlight ends.
    const ending = block.highlights.filter(
      (h) => h.noteNumber !== null && h.end > line.start && (h.end <= line.end || last),
    )
    const footnotes = ending.flatMap((h) => {
      const note = article.notes.find((n) => n.number === h.noteNumber)
      return note ? footnoteLines(ctx, note.number, note.text) : []
    })
    return {
      height: style.leading,
      gap: i === 0 ? (block.kind === 'paragraph' ? 7 : 14) : 0,
      keepWithPrevious: i === 1 || (i > 0 && last),
      footnotes,
      draw: (y) => {
        const baseline = baselineIn(style, y)
        ctx.artifact(() => {
          for (const h of block.highlights) {
            const from = Math.max(h.start, line.start)
            const to = Math.min(h.end, line.end)
            if (to <= from) continue
            const x0 = PAGE.left + ctx.width(text.slice(0, from - line.start), style)
            const x1 = PAGE.left + ctx.width(text.slice(0, to - line.start), style)
            const rect = {
              x: x0 - 0.5,
              y: baseline - style.size * 0.95,
              w: x1 - x0 + 1,
              h: style.size * 1.3,
            }
            ctx.box(rect.x, rect.y, rect.w, rect.h, HIGHLIGHT[h.colour].wash, 1.5, 0.85)
            ctx.highlightQuad(h.annotationId, rect, {
              comment: h.comment,
              subject: h.tags.join(', ') || 'Highlight',
              colour: HIGHLIGHT[h.colour].wash,
              modified: new Date(h.updatedAt),
            })
          }
        })
        paragraph().add(() => {
          if (i === 0 && block.number !== null) {
            const label = String(block.number)
            ctx.text(label, PAGE.left - 12 - ctx.width(label, NUMBER), baseline, NUMBER)
          }
          ctx.text(text, PAGE.left, baseline, style)
          if (mark) {
            const at = PAGE.left + ctx.width(text, style)
            ctx.text(mark, at, baseline, { ...style, colour: INK.warning })
          }
          let x = PAGE.right + 8
          for (const h of ending) {
            const label = String(h.noteNumber)
            ctx.text(label, x, baseline - 3, { ...MARKER, colour: HIGHLIGHT[h.colour].edge })
            x += ctx.width(label, MARKER) + 4
          }
        })
        if (last) paragraph().end()
      },
    }
  })
}

/**
 * A note's lines for the foot of the page. Footnotes are drawn when their page is finished, which
 * may be after their article's element has closed, so they hang from the document's root.
 */
function footnoteLines(ctx: RenderContext, number: number, text: string): FootLine[] {
  const width = CONTENT_WIDTH - NOTE_INDENT
  const lines = text.split(/\n+/u).flatMap((para) => ctx.wrap(para, TYPE.footnote, width))
  const note = lazyChild(ctx, () => ctx.root, 'Note')
  return lines.map((line, i) => ({
    height: TYPE.footnote.leading,
    gap: i === 0 ? 3 : 0,
    draw: (y) => {
      const baseline = baselineIn(TYPE.footnote, y)
      note().add(() => {
        if (i === 0) ctx.text(String(number), PAGE.left, baseline, { ...MARKER, size: 7.5 })
        ctx.text(line, PAGE.left + NOTE_INDENT, baseline, TYPE.footnote)
      })
      if (i === lines.length - 1) note().end()
    },
  }))
}
