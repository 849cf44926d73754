import type { Cover } from './briefing-document'
import { count } from './format'
import type { RenderContext } from './render-context'
import { CONTENT_WIDTH, INK, PAGE, TYPE, type TextStyle } from './render-theme'

const KICKER: TextStyle = { ...TYPE.h3, colour: INK.accent, tracking: 1.6 }
const AUTHOR: TextStyle = { ...TYPE.lead, size: 13, leading: 18, colour: INK.text }
const ARTICLE: TextStyle = { ...TYPE.body, size: 11, leading: 15 }
const FIGURE_LABEL: TextStyle = { ...TYPE.label, size: 8.5 }
/** How many articles the cover names before it points to the sources for the rest. */
const COVER_ARTICLES = 6

/**
 * The cover: what the pack is, whose it is and when, the articles it covers and how much it
 * holds. Laid out at fixed positions on its own page; it has no running header or page footer.
 */
export function renderCover(ctx: RenderContext, cover: Cover): void {
  ctx.startSection('')
  const sect = ctx.doc.struct('Sect')
  ctx.root.add(sect)
  const x = PAGE.left
  let y = 150

  const block = (type: string, draw: () => void) => {
    const element = ctx.doc.struct(type)
    sect.add(element)
    element.add(draw)
    element.end()
  }
  const lines = (text: string, style: TextStyle, width = CONTENT_WIDTH) => {
    const wrapped = ctx.wrap(text, style, width)
    block('P', () => {
      for (const line of wrapped) {
        ctx.text(line, x, y + style.size, style)
        y += style.leading
      }
    })
  }

  block('P', () => ctx.text('BRIEFING PACK', x, y, KICKER))
  y += 22
  const title = ctx.wrap(cover.title, TYPE.coverTitle, CONTENT_WIDTH)
  block('H1', () => {
    for (const line of title) {
      ctx.text(line, x, y + TYPE.coverTitle.size, TYPE.coverTitle)
      y += TYPE.coverTitle.leading
    }
  })
  y += 16
  if (cover.author) lines(cover.author, AUTHOR)
  lines(cover.dateLabel, { ...TYPE.label, size: 9.5, leading: 14 })
  y += 26
  ctx.artifact(() => ctx.rule(x, y, CONTENT_WIDTH, INK.rule, 0.8))
  y += 26

  lines(cover.articles.length === 1 ? 'THE ARTICLE' : 'THE ARTICLES', { ...TYPE.h3, tracking: 1.2 })
  y += 4
  // The cover is one page: past a handful of articles the rest are named under Sources.
  const shown = cover.articles.length > COVER_ARTICLES ? COVER_ARTICLES - 1 : COVER_ARTICLES
  for (const article of cover.articles.slice(0, shown)) {
    lines(article.title, ARTICLE)
    lines(article.publication, TYPE.label)
    y += 8
  }
  const more = cover.articles.length - shown
  if (more > 0) lines(`and ${count(more, 'more article')}, listed under Sources.`, ARTICLE)
  y += 24

  const figures = [
    {
      n: cover.counts.quotes,
      label: cover.counts.quotes === 1 ? 'quoted passage' : 'quoted passages',
    },
    { n: cover.counts.speakers, label: cover.counts.speakers === 1 ? 'speaker' : 'speakers' },
    { n: cover.counts.tags, label: cover.counts.tags === 1 ? 'tag' : 'tags' },
  ]
  const column = CONTENT_WIDTH / figures.length
  block('P', () => {
    figures.forEach((f, i) => {
      const fx = x + i * column
      ctx.text(String(f.n), fx, y + TYPE.figure.size, TYPE.figure)
      // A space after each label keeps the figures apart in copied text.
      ctx.text(`${f.label} `, fx, y + TYPE.figure.leading + 12, FIGURE_LABEL)
    })
  })

  // The foot of the cover: how the pack is organised, and anything the student should know.
  const foot = [
    ...(cover.orphaned > 0
      ? [
          {
            text: `${count(cover.orphaned, 'highlight')} could not be placed in the current text of ${cover.orphaned === 1 ? 'its article' : 'their articles'}; ${cover.orphaned === 1 ? 'it is' : 'they are'} listed in the pack and flagged.`,
            style: { ...TYPE.label, colour: INK.warning },
          },
        ]
      : []),
    { text: `${cover.groupingLabel}. Made with Briefpack.`, style: TYPE.label },
  ].map((note) => ({ ...note, lines: ctx.wrap(note.text, note.style, CONTENT_WIDTH) }))
  y = PAGE.bottom - foot.reduce((h, n) => h + n.lines.length * n.style.leading + 4, 0)
  for (const note of foot) {
    block('P', () => {
      for (const line of note.lines) {
        ctx.text(line, x, y + note.style.size, note.style)
        y += note.style.leading
      }
    })
    y += 4
  }
  sect.end()
  ctx.flow.occupy()
}
