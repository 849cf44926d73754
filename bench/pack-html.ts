import { readFile } from 'node:fs/promises'
import type {
  AppendixArticle,
  AppendixBlock,
  BriefingDocument,
  Entry,
  TagLabel,
} from '../src/main/briefing/briefing-document'
import { resolveFontFiles, type FontName } from '../src/main/briefing/fonts'
import { count } from '../src/main/briefing/format'
import { passageDisplay } from '../src/main/briefing/passage'
import { HIGHLIGHT, INK, PAGE } from '../src/main/briefing/render-theme'

/**
 * The baseline of the pack's bench: the same briefing as one HTML document, what an Electron
 * developer would print with Chromium's print-to-PDF instead of laying out a PDF themselves. It is
 * made from the same `BriefingDocument` the renderer draws, in the same faces (the same TTF files,
 * as data URLs) and type scale, so Chromium sets the same words. What print-to-PDF cannot do is
 * left out, and is noted in docs/performance.md: contents page numbers, footnotes at the foot of
 * the page (notes follow each article instead), PDF highlight comments and attached files.
 */

const FACES: Record<FontName, { family: string; weight: number; style: string }> = {
  serif: { family: 'Literata', weight: 400, style: 'normal' },
  serifItalic: { family: 'Literata', weight: 400, style: 'italic' },
  serifSemiBold: { family: 'Literata', weight: 600, style: 'normal' },
  sans: { family: 'Inter', weight: 400, style: 'normal' },
  sansMedium: { family: 'Inter', weight: 500, style: 'normal' },
  sansSemiBold: { family: 'Inter', weight: 600, style: 'normal' },
}

/** `@font-face` rules for the pack's six faces, each the renderer's TTF file as a data URL. */
export async function packFontFaces(): Promise<string> {
  const files = resolveFontFiles()
  const rules = await Promise.all(
    (Object.keys(FACES) as FontName[]).map(async (name) => {
      const { family, weight, style } = FACES[name]
      const data = (await readFile(files[name])).toString('base64')
      return `@font-face { font-family: '${family}'; font-weight: ${weight}; font-style: ${style}; src: url(data:font/ttf;base64,${data}) format('truetype'); }`
    }),
  )
  return rules.join('\n')
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
const esc = (text: string) => text.replace(/[&<>"']/gu, (c) => ESCAPES[c]!)

const inches = (points: number) => `${(points / 72).toFixed(4)}in`

/** The renderer's page margins, for page.pdf (which takes no points). */
export const PACK_MARGINS = {
  top: inches(PAGE.top),
  bottom: inches(PAGE.height - PAGE.bottom),
  left: inches(PAGE.left),
  right: inches(PAGE.width - PAGE.right),
}

const STYLE = `
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10.5pt/16pt Literata, serif; color: ${INK.text}; }
h1 { font: 600 22pt/28pt Literata, serif; margin: 0 0 8pt; }
h2 { font: 600 14pt/19pt Literata, serif; margin: 26pt 0 0; display: flex; gap: 6pt; align-items: baseline; }
h2 .count { margin-left: auto; font: 8.5pt/12.5pt Inter, sans-serif; color: ${INK.muted}; }
h3 { font: 600 8pt/13pt Inter, sans-serif; letter-spacing: 0.8pt; color: ${INK.muted}; text-transform: uppercase; margin: 14pt 0 0; border-bottom: 0.5pt solid ${INK.rule}; }
section { break-before: page; }
.lead { font: 11.5pt/17pt Literata, serif; color: ${INK.soft}; margin: 0 0 6pt; }
.label { font: 8.5pt/12.5pt Inter, sans-serif; color: ${INK.muted}; margin: 0; }
.strong { font-weight: 600; color: ${INK.soft}; }
.rule { border: 0; border-top: 0.5pt solid ${INK.rule}; margin: 4pt 0 0; }
.swatch { display: inline-block; width: 10pt; height: 10pt; border-radius: 2.5pt; }
.cover { padding-top: 64pt; }
.kicker { font: 600 8pt/13pt Inter, sans-serif; letter-spacing: 1.6pt; color: ${INK.accent}; }
.cover h1 { font-size: 30pt; line-height: 37pt; margin: 9pt 0 16pt; }
.cover .author { font: 13pt/18pt Literata, serif; }
.cover .articles p { font: 11pt/15pt Literata, serif; margin: 0; }
.cover .articles .label { margin-bottom: 8pt; }
.figures { display: flex; margin-top: 24pt; }
.figures div { flex: 1; font: 600 26pt/30pt Literata, serif; }
.figures span { display: block; font: 8.5pt/20pt Inter, sans-serif; color: ${INK.muted}; }
.cover .foot { margin-top: 48pt; }
.toc a { color: inherit; text-decoration: none; display: block; }
.toc .l1 { font: 600 11pt/18pt Literata, serif; margin-top: 10pt; }
.toc .l2 { font: 10.5pt/15.5pt Literata, serif; padding-left: 16pt; }
.entry { break-inside: avoid; margin: 18pt 0 0 16pt; }
.entry blockquote { margin: 0; font: 11pt/16.5pt Literata, serif; border-left: 2.5pt solid; margin-left: -14pt; padding-left: 11.5pt; }
.entry .who { margin-top: 5pt; }
.chips { margin-top: 6pt; }
.chip { display: inline-block; font: 500 7.5pt/12.5pt Inter, sans-serif; padding: 0 5pt; border-radius: 3pt; margin: 0 4pt 4pt 0; }
.note { font: italic 9.5pt/13.5pt Literata, serif; color: ${INK.soft}; margin: 5pt 0 0; }
.note b { font: 600 8.5pt Inter, sans-serif; color: ${INK.accent}; margin-right: 6pt; }
.warning { color: ${INK.warning}; }
table { border-collapse: collapse; width: 100%; margin-top: 10pt; }
th, td { padding: 6pt 0; border-bottom: 0.5pt solid ${INK.rule}; text-align: center; width: 64pt; }
th:first-child { text-align: left; width: auto; }
thead th { font: 600 7.5pt/10pt Inter, sans-serif; color: ${INK.soft}; border-bottom: 0.8pt solid ${INK.soft}; vertical-align: bottom; }
tbody th .name { display: block; font: 600 10pt/14pt Literata, serif; }
tbody th .role { display: block; font: 7.5pt/10.5pt Inter, sans-serif; color: ${INK.muted}; }
td { font: 600 10pt/14pt Inter, sans-serif; }
td.zero { color: ${INK.faint}; font-weight: 400; }
.claim { break-inside: avoid; margin-top: 12pt; }
.claim blockquote { margin: 0 0 0 12pt; font: 10pt/14.5pt Literata, serif; border-left: 1.5pt solid ${INK.rule}; padding-left: 9pt; margin-left: 2pt; }
.claim a { color: inherit; text-decoration: none; }
article + article { break-before: page; }
.block { margin: 7pt 0 0; position: relative; font: 10.5pt/16.5pt Literata, serif; }
.block.speaker-line { margin-top: 14pt; font: 500 8.5pt/13pt Inter, sans-serif; color: ${INK.muted}; break-after: avoid; }
.block .num { position: absolute; left: -42pt; width: 30pt; text-align: right; font: 7.5pt/16.5pt Inter, sans-serif; color: ${INK.muted}; }
mark { color: inherit; border-radius: 1.5pt; }
${Object.entries(HIGHLIGHT)
  .map(
    ([name, { wash, edge }]) =>
      `mark.${name} { background: ${wash}d9; } sup.${name} { color: ${edge}; }`,
  )
  .join('\n')}
sup { font: 600 7pt Inter, sans-serif; margin-left: 1pt; }
.notes { margin-top: 14pt; border-top: 0.5pt solid ${INK.rule}; padding-top: 4pt; }
.notes p { font: 8.5pt/11.5pt Literata, serif; color: ${INK.soft}; margin: 3pt 0 0 14pt; text-indent: -14pt; }
.notes p b { font: 600 7.5pt Inter, sans-serif; display: inline-block; width: 14pt; text-indent: 0; }
.codebook li, .sources li { break-inside: avoid; list-style: none; margin-top: 7pt; }
.codebook ul, .sources ol { padding: 0; margin: 8pt 0 0; }
.codebook .tag { display: flex; align-items: baseline; gap: 9pt; font-weight: 600; }
.codebook .tag .label { margin-left: auto; }
.codebook .desc { font: 9.5pt/13.5pt Literata, serif; color: ${INK.soft}; margin: 0 70pt 0 18pt; }
.sources li { margin-top: 10pt; padding-left: 18pt; text-indent: -18pt; }
.sources .label { text-indent: 0; }
`

const GROUPING_WORDS = { tag: 'argument tag', speaker: 'speaker', article: 'article' } as const

const chip = (tag: TagLabel) =>
  `<span class="chip" style="background:${tag.colour}">${esc(tag.name)}</span>`

function entryHtml(entry: Entry): string {
  const who = entry.speaker
    ? `<p class="label who"><span class="strong">${esc(entry.speaker.name)}</span>${entry.speaker.role ? `, ${esc(entry.speaker.role)}` : ''}</p>`
    : ''
  const orphan = entry.orphaned
    ? `<p class="label"><span class="strong warning">Not found in the article’s text: </span>${esc(entry.orphaned.reason)} Shown as it was saved.</p>`
    : ''
  const tags =
    entry.tags.length > 0 ? `<div class="chips">${entry.tags.map(chip).join('')}</div>` : ''
  const note = entry.note
    ? entry.note
        .split(/\n+/u)
        .map((para, p) => `<p class="note">${p === 0 ? '<b>Note</b>' : ''}${esc(para)}</p>`)
        .join('')
    : ''
  const label = [
    entry.speechLabel,
    entry.part && `Part ${entry.part.index} of ${entry.part.of} of one highlight`,
  ]
    .filter(Boolean)
    .join(' · ')
  const labelHtml = label ? `<p class="label strong">${esc(label)}</p>` : ''
  return `<li class="entry" id="${entry.anchor}">${labelHtml}<blockquote style="border-color:${HIGHLIGHT[entry.colour].edge}">${esc(passageDisplay(entry.passage))}</blockquote>${who}<p class="label${who ? '' : ' who'}">${esc(entry.citation.label)}</p>${orphan}${tags}${note}</li>`
}

/**
 * A block's text with its highlights as `<mark>`s: cut at every highlight's edge, each piece
 * wrapped in one mark per highlight covering it (so overlaps show both washes, as in the pack),
 * and each note's number after the piece where its highlight ends.
 */
function markedText(block: AppendixBlock): string {
  const edges = [
    ...new Set([0, block.text.length, ...block.highlights.flatMap((h) => [h.start, h.end])]),
  ].sort((a, b) => a - b)
  let html = ''
  for (let i = 0; i < edges.length - 1; i++) {
    const from = edges[i]!
    const to = edges[i + 1]!
    const covering = block.highlights.filter((h) => h.start < to && h.end > from)
    const open = covering.map((h) => `<mark class="${h.colour}">`).join('')
    const close = '</mark>'.repeat(covering.length)
    const notes = block.highlights
      .filter((h) => h.noteNumber !== null && h.end === to)
      .map((h) => `<sup class="${h.colour}">${h.noteNumber}</sup>`)
      .join('')
    html += `${open}${esc(block.text.slice(from, to))}${close}${notes}`
  }
  return html
}

function articleHtml(article: AppendixArticle): string {
  const blocks = article.blocks
    .map((block) => {
      const num = block.number === null ? '' : `<span class="num">${block.number}</span>`
      const mark = block.cutOff ? ' <span class="warning">[…]</span>' : ''
      return `<p class="block ${block.kind}">${num}${markedText(block)}${mark}</p>`
    })
    .join('\n')
  const notes =
    article.notes.length > 0
      ? `<div class="notes">${article.notes.map((n) => `<p><b>${n.number}</b>${esc(n.text)}</p>`).join('')}</div>`
      : ''
  const orphans =
    article.orphanCount > 0
      ? `<p class="label warning">${count(article.orphanCount, 'highlight')} of this article no longer fit its text: see “Highlights that lost their place”.</p>`
      : ''
  return `<article><h2 id="${article.anchor}">${esc(article.title)}<span class="count">${count(article.highlightCount, 'highlight')}</span></h2><p class="label">${esc(article.publication)} · ${esc(article.kindLabel)}</p><hr class="rule">
${blocks}${notes}${orphans}</article>`
}

/** The whole pack as one HTML document, sections in the renderer's order. */
export function briefingHtml(doc: BriefingDocument, fontFaces: string): string {
  const { cover, keyArguments: key, whoSaidWhat: who, appendix, codebook, sources } = doc
  const figures = [
    [cover.counts.quotes, cover.counts.quotes === 1 ? 'quoted passage' : 'quoted passages'],
    [cover.counts.speakers, cover.counts.speakers === 1 ? 'speaker' : 'speakers'],
    [cover.counts.tags, cover.counts.tags === 1 ? 'tag' : 'tags'],
  ] as const
  const passages = new Set(
    key.groups.flatMap((g) => g.entries.map((e) => `${e.annotationId}#${e.part?.index ?? 0}`)),
  )
  const parts: string[] = []

  parts.push(`<div class="cover"><div class="kicker">BRIEFING PACK</div><h1>${esc(cover.title)}</h1>
${cover.author ? `<p class="author">${esc(cover.author)}</p>` : ''}<p class="label">${esc(cover.dateLabel)}</p><hr class="rule" style="margin:26pt 0">
<h3>${cover.articles.length === 1 ? 'The article' : 'The articles'}</h3><div class="articles">${cover.articles.map((a) => `<p>${esc(a.title)}</p><p class="label">${esc(a.publication)}</p>`).join('')}</div>
<div class="figures">${figures.map(([n, label]) => `<div>${n}<span>${label}</span></div>`).join('')}</div>
<div class="foot">${cover.orphaned > 0 ? `<p class="label warning">${count(cover.orphaned, 'highlight')} could not be placed in the current text of their articles; they are listed in the pack and flagged.</p>` : ''}<p class="label">${esc(cover.groupingLabel)}. Made with Briefpack.</p></div></div>`)

  parts.push(
    `<section class="toc"><h1 id="contents">Contents</h1>${doc.contents.map((c) => `<a class="l${c.level}" href="#${c.anchor}">${esc(c.title)}</a>`).join('')}</section>`,
  )

  parts.push(`<section><h1 id="${key.anchor}">${esc(key.title)}</h1><p class="lead">${count(passages.size, 'quoted passage')}, grouped by ${GROUPING_WORDS[key.groupBy]}.${key.groupBy === 'tag' ? ' A passage with several tags appears under each of them.' : ''}</p>
${key.groups
  .map(
    (g) =>
      `<h2 id="${g.anchor}">${g.colour ? `<span class="swatch" style="background:${g.colour}"></span>` : ''}${esc(g.title)}<span class="count">${count(g.entries.length, 'passage')}</span></h2>${g.subtitle ? `<p class="label">${esc(g.subtitle)}</p>` : ''}<hr class="rule"><ul style="padding:0;list-style:none">${g.entries.map(entryHtml).join('\n')}</ul>`,
  )
  .join('\n')}</section>`)

  parts.push(`<section><h1 id="${who.anchor}">${esc(who.title)}</h1><p class="lead">${esc(who.balance)}</p>
<table><thead><tr><th>${who.columnsAre === 'stances' ? 'Speaker' : 'Speaker (tags used most)'}</th>${who.columns.map((c) => `<th><span class="swatch" style="background:${c.colour};width:24pt;height:5pt"></span><br>${esc(c.name)}</th>`).join('')}<th style="width:40pt">All</th></tr></thead>
<tbody>${who.rows.map((r) => `<tr><th><span class="name">${esc(r.speaker.name)}</span>${r.speaker.role ? `<span class="role">${esc(r.speaker.role)}</span>` : ''}</th>${[...r.counts, r.total].map((n) => `<td${n === 0 ? ' class="zero"' : ''}>${n}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>First tagged claims</h2><p class="label">Each speaker’s first tagged passage in reading order; follow it to the entry.</p><hr class="rule">
${who.rows
  .filter((r) => r.firstClaim)
  .map(
    (r) =>
      `<div class="claim"><p class="label strong">${esc(r.speaker.name)}${r.firstClaim!.speechLabel ? ` · ${esc(r.firstClaim!.speechLabel.toLocaleLowerCase('en-GB'))}` : ''}</p><blockquote><a href="#${r.firstClaim!.entryAnchor}">${esc(passageDisplay(r.firstClaim!.passage))}</a></blockquote><p class="label" style="margin-left:14pt">${esc(r.firstClaim!.citation)}</p></div>`,
  )
  .join('\n')}</section>`)

  if (doc.orphans) {
    parts.push(
      `<section><h1 id="${doc.orphans.anchor}">${esc(doc.orphans.title)}</h1><p class="lead">${count(doc.orphans.entries.length, 'highlight')} no longer found in the text of their articles.</p><ul style="padding:0;list-style:none">${doc.orphans.entries.map(entryHtml).join('\n')}</ul></section>`,
    )
  }

  if (appendix) {
    parts.push(`<section><h1 id="${appendix.anchor}">${esc(appendix.title)}</h1><p class="lead">Each article in full, with the highlights in their colours. Paragraph numbers match the citations; numbered notes follow each article.</p>
${appendix.articles.map(articleHtml).join('\n')}</section>`)
  }

  if (codebook) {
    parts.push(`<section class="codebook"><h1 id="${codebook.anchor}">${esc(codebook.title)}</h1><p class="lead">Each tag used in this pack, what it means, and how many passages carry it.</p>
${codebook.groups
  .map(
    (g) =>
      `<h3>${esc(g.name)}</h3><ul>${g.tags.map((t) => `<li><div class="tag"><span class="swatch" style="background:${t.tag.colour};width:9pt;height:9pt"></span>${esc(t.tag.name)}<span class="label">${count(t.count, 'passage')}</span></div><p class="desc">${esc(t.description || 'No description yet.')}</p></li>`).join('')}</ul>`,
  )
  .join('\n')}</section>`)
  }

  parts.push(`<section class="sources"><h1 id="${sources.anchor}">${esc(sources.title)}</h1><p class="lead">The articles this pack quotes. Briefpack records each article’s title, publication and kind; it keeps no author, date or address for them, so none is given here.</p>
<ol>${sources.sources.map((s, i) => `<li>${i + 1}. “${esc(s.title)}”, <i>${esc(s.publication)}</i>. ${esc(s.kindLabel)}.<p class="label">${count(s.quotes, 'passage')} quoted in this pack.</p></li>`).join('')}</ol></section>`)

  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${esc(doc.meta.title)}</title>
<style>
${fontFaces}
${STYLE}
</style></head>
<body>
${parts.join('\n')}
</body></html>`
}

/** The running header and "Page X of Y" footer, as Chromium's print-to-PDF draws them. */
export function packHeaderFooter(title: string): {
  headerTemplate: string
  footerTemplate: string
} {
  const style = `font-family: Inter, sans-serif; font-size: 7.5pt; color: ${INK.muted}; width: 100%; margin: 0 ${PAGE.left}pt;`
  return {
    headerTemplate: `<div style="${style} border-bottom: 0.5pt solid ${INK.rule}; padding-bottom: 3pt;">${esc(title)}</div>`,
    footerTemplate: `<div style="${style} text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
  }
}
