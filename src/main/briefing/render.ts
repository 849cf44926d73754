import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import PDFDocument from 'pdfkit'
import type { BriefingDocument } from './briefing-document'
import { annotationsCsv } from './csv'
import { GlyphAudit, resolveFontFiles, type FontName, type GlyphChecker } from './fonts'
import { renderAppendix } from './render-appendix'
import { renderCodebook, renderSources } from './render-codebook'
import { renderContents, reserveContents } from './render-contents'
import { RenderContext } from './render-context'
import { renderCover } from './render-cover'
import { renderKeyArguments, renderOrphans } from './render-entries'
import { renderFurniture } from './render-furniture'
import { PAGE } from './render-theme'
import { renderWhoSaidWhat } from './render-who-said-what'
import { annotationsJsonLd } from './web-annotation'

export interface RenderOptions {
  /** Called with the share of the work done, from 0 to 1, as sections are drawn. */
  onProgress?(fraction: number): void
  /** The creation date written into the PDF; now, unless a test needs the same bytes twice. */
  now?: Date
}

export interface RenderResult {
  pages: number
  /** Characters the pack's fonts cannot draw (they print as empty boxes), each once. */
  missingGlyphs: string[]
}

/**
 * Draw a briefing pack as a PDF into `out` (a stream, or a file path). A path is written beside
 * its final name and renamed into place at the end, so a failed export never leaves half a PDF
 * where the student expects their pack. The only module that imports pdfkit.
 */
export async function renderBriefing(
  briefing: BriefingDocument,
  out: Writable | string,
  options: RenderOptions = {},
): Promise<RenderResult> {
  if (typeof out !== 'string') return renderTo(briefing, out, options)
  const partial = join(dirname(out), `.${basename(out)}.${process.pid}.part`)
  try {
    const result = await renderTo(briefing, createWriteStream(partial), options)
    await rename(partial, out)
    return result
  } catch (error) {
    await rm(partial, { force: true })
    throw new Error(`Could not write the briefing pack to ${out}: ${(error as Error).message}`, {
      cause: error,
    })
  }
}

async function renderTo(
  briefing: BriefingDocument,
  out: Writable,
  options: RenderOptions,
): Promise<RenderResult> {
  const progress = (f: number) => options.onProgress?.(Math.min(1, Math.max(0, f)))
  const now = options.now ?? new Date()
  const fonts = resolveFontFiles()
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    // The flow lays out every line itself; zero margins keep pdfkit from breaking pages on its own.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: 'en-GB',
    font: fonts.serif,
    info: {
      Title: briefing.meta.title,
      Author: briefing.meta.author,
      Subject: briefing.meta.subject,
      Keywords: briefing.meta.keywords.join(', '),
      Creator: 'Briefpack',
      CreationDate: now,
      ModDate: now,
    },
  })
  const written = pipeline(doc, out)
  const glyphs = {} as Record<FontName, GlyphChecker>
  for (const [name, path] of Object.entries(fonts) as [FontName, string][]) {
    // pdfkit's font object holds the fontkit font, which knows which characters it can draw.
    glyphs[name] = (doc.font(path) as unknown as { _font: { font: GlyphChecker } })._font.font
  }

  const ctx = new RenderContext(doc, fonts, glyphs, briefing.meta.author)
  let pages: number
  try {
    renderCover(ctx, briefing.cover)
    const contents = reserveContents(ctx, briefing.contents)
    progress(0.05)
    renderKeyArguments(ctx, briefing.keyArguments, (done, of) => progress(0.05 + (0.4 * done) / of))
    renderWhoSaidWhat(ctx, briefing.whoSaidWhat)
    if (briefing.orphans) renderOrphans(ctx, briefing.orphans)
    progress(0.5)
    if (briefing.appendix) {
      renderAppendix(ctx, briefing.appendix, (done, of) => progress(0.5 + (0.35 * done) / of))
    }
    if (briefing.codebook) renderCodebook(ctx, briefing.codebook)
    renderSources(ctx, briefing.sources)
    ctx.flow.finishPage()
    ctx.flushHighlights()
    renderContents(ctx, briefing.contents, contents)
    addOutline(ctx, briefing)
    renderFurniture(ctx, briefing.meta.title)
    attachData(doc, briefing, now)
    progress(0.95)
    pages = doc.bufferedPageRange().count
    ctx.root.end()
    doc.end()
  } catch (error) {
    // Close the output rather than leave it open, waiting for a document that will not come.
    doc.destroy(error as Error)
    await written.catch(() => {})
    throw error
  }
  await written
  progress(1)
  return { pages, missingGlyphs: ctx.audit.characters }
}

/** Bookmarks mirroring the contents: sections, with their groups and articles beneath. */
function addOutline(ctx: RenderContext, briefing: BriefingDocument): void {
  type Item = PDFKit.PDFOutline & { outlineData: Record<string, unknown> }
  type AddItem = (title: string, options: { pageNumber: number; expanded?: boolean }) => Item
  let parent: Item | null = null
  const add = (owner: PDFKit.PDFOutline, title: string, anchor: string, expanded: boolean) => {
    const place = ctx.anchors.get(anchor)
    if (!place) return null
    const item = (owner.addItem as unknown as AddItem).call(owner, title, {
      pageNumber: place.page,
      expanded,
    })
    // Jump to the heading itself (its named destination), not just to the top of its page.
    item.outlineData.Dest = new String(anchor)
    return item
  }
  add(ctx.doc.outline, 'Contents', 'contents', false)
  for (const entry of briefing.contents) {
    if (entry.level === 1) parent = add(ctx.doc.outline, entry.title, entry.anchor, true)
    else if (parent) add(parent, entry.title, entry.anchor, false)
  }
}

/** The pack's own data, attached so it can be reopened or analysed without retyping it. */
function attachData(doc: PDFKit.PDFDocument, briefing: BriefingDocument, now: Date): void {
  const encode = (text: string) => Buffer.from(text, 'utf8')
  const dates = { creationDate: now, modifiedDate: now }
  doc.file(encode(annotationsJsonLd(briefing.records, briefing.meta)), {
    name: 'annotations.jsonld',
    type: 'application/ld+json',
    description: 'The annotations in this pack as W3C Web Annotations (JSON-LD)',
    relationship: 'Data',
    ...dates,
  } as PDFKit.Mixins.PDFAttachmentOptions)
  doc.file(encode(annotationsCsv(briefing.records)), {
    name: 'annotations.csv',
    type: 'text/csv',
    description: 'The annotations in this pack as a table (CSV, UTF-8)',
    relationship: 'Data',
    ...dates,
  } as PDFKit.Mixins.PDFAttachmentOptions)
}

/** Register the pack's faces on `doc` and return what each can draw. */
function registerFonts(
  doc: PDFKit.PDFDocument,
  fonts: Record<FontName, string>,
): Record<FontName, GlyphChecker> {
  const glyphs = {} as Record<FontName, GlyphChecker>
  for (const [name, path] of Object.entries(fonts) as [FontName, string][]) {
    doc.registerFont(name, path)
    // pdfkit's font object holds the fontkit font, which knows which characters it can draw.
    glyphs[name] = (doc.font(name) as unknown as { _font: { font: GlyphChecker } })._font.font
  }
  return glyphs
}

let noteFaces: GlyphChecker[] | null = null

/**
 * The characters of `texts` that the faces notes are set in cannot draw (they would print as
 * empty boxes), each once: what the composer warns about before the student exports. The fonts
 * are loaded once, into a document that is never written.
 */
export function findMissingGlyphs(texts: readonly string[]): string[] {
  if (!noteFaces) {
    const glyphs = registerFonts(new PDFDocument({ autoFirstPage: false }), resolveFontFiles())
    noteFaces = [glyphs.serifItalic, glyphs.serif]
  }
  const audit = new GlyphAudit()
  for (const text of texts) for (const face of noteFaces) audit.check(text, face)
  return audit.characters
}
