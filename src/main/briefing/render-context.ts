import { GlyphAudit, type FontName, type GlyphChecker } from './fonts'
import { PageFlow, type Row } from './page-flow'
import { baselineIn, INK, PAGE, type TextStyle } from './render-theme'
import { wrapLines } from './wrap-lines'

type Doc = PDFKit.PDFDocument
type Struct = PDFKit.PDFStructureElement

/** Where an anchor landed: a page index (from 0) and the top of its row. */
export interface Place {
  page: number
  y: number
}

/** A highlight's rectangles on one page, waiting to become one PDF highlight annotation. */
interface PendingHighlight {
  page: number
  quads: number[]
  box: { x0: number; y0: number; x1: number; y1: number }
  comment: string
  subject: string
  colour: string
  modified: Date
}

/**
 * Everything the section renderers share: the pdfkit document, the page flow, the fonts and their
 * glyph audit, where anchors landed, and which section each page belongs to (for the running
 * header). Text is always drawn one laid-out line at a time through `text`, so every character
 * drawn is audited and nothing is wrapped behind the flow's back.
 */
export class RenderContext {
  readonly audit = new GlyphAudit()
  readonly flow: PageFlow
  readonly anchors = new Map<string, Place>()
  /** The running header's section title for each page. */
  readonly sectionOfPage: string[] = []
  /** The tagged-PDF root: every section is a child of this Document element. */
  readonly root: Struct
  page = -1
  private section = ''
  private readonly highlights = new Map<string, PendingHighlight>()

  constructor(
    readonly doc: Doc,
    private readonly fontFiles: Record<FontName, string>,
    private readonly glyphs: Record<FontName, GlyphChecker>,
    readonly author: string,
  ) {
    this.flow = new PageFlow(PAGE.top, PAGE.bottom, {
      newPage: () => this.addPage(),
      drawFootnoteRule: (top) =>
        this.artifact(() => this.rule(PAGE.left, top + 5, 72, INK.faint, 0.5)),
    })
    this.root = doc.struct('Document')
    doc.addStructure(this.root)
  }

  /** Append a page at the end of the document. */
  addPage(): void {
    this.doc.addPage()
    this.page = this.doc.bufferedPageRange().count - 1
    this.sectionOfPage[this.page] = this.section
  }

  /**
   * Start a top-level section on a fresh page, named in the running header from there on.
   */
  startSection(title: string): void {
    this.section = title
    if (this.page < 0 || !this.flow.isAtTop) this.flow.breakPage()
    else this.sectionOfPage[this.page] = title
  }

  /** Name the section in the running header of the pages that follow (not the current one). */
  runningTitle(title: string): void {
    this.section = title
  }

  /** Remember that `anchor` is here, for links, the contents and the outline. */
  destination(anchor: string, y: number): void {
    this.doc.addNamedDestination(anchor, 'XYZ', PAGE.left - 24, y - 6, null)
    this.anchors.set(anchor, { page: this.page, y })
  }

  /** Draw one line of text with its baseline at `baseline`. */
  text(str: string, x: number, baseline: number, style: TextStyle): void {
    if (!str) return
    this.use(style)
    this.audit.check(str, this.glyphs[style.font])
    this.doc.text(str, x, baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      characterSpacing: style.tracking ?? 0,
    })
  }

  /** The width of `str` in `style`. */
  width(str: string, style: TextStyle): number {
    this.use(style)
    return this.doc.widthOfString(str, { characterSpacing: style.tracking ?? 0 })
  }

  /** `str` broken into lines no wider than `width`. */
  wrap(str: string, style: TextStyle, width: number): string[] {
    return wrapLines(str, width, (s) => this.width(s, style)).map((l) => str.slice(l.start, l.end))
  }

  /**
   * Rows for a paragraph of plain text: one per line, tagged as `type` under `parent`. The second
   * line keeps with the first and the last with the one before, so a page never ends on a
   * paragraph's lone first line or starts with its lone last line.
   */
  paragraphRows(
    str: string,
    style: TextStyle,
    parent: Struct,
    options: { x?: number; width?: number; type?: string; gap?: number } = {},
  ): Row[] {
    const x = options.x ?? PAGE.left
    const lines = this.wrap(str, style, options.width ?? PAGE.right - x)
    // Created when first drawn: pdfkit waits for every element it has made before it can finish.
    let element: Struct | null = null
    return lines.map((line, i) => ({
      height: style.leading,
      gap: i === 0 ? (options.gap ?? 0) : 0,
      keepWithPrevious: i > 0 && (i === 1 || i === lines.length - 1),
      draw: (y) => {
        if (!element) {
          element = this.doc.struct(options.type ?? 'P')
          parent.add(element)
        }
        element.add(() => this.text(line, x, baselineIn(style, y), style))
        if (i === lines.length - 1) element.end()
      },
    }))
  }

  /** Draw decoration that is not content (rules, backgrounds) as a tagged-PDF artifact. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact')
    draw()
    this.doc.endMarkedContent()
  }

  rule(x: number, y: number, width: number, colour: string = INK.rule, weight = 0.6): void {
    this.doc
      .save()
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(weight)
      .strokeColor(colour)
      .stroke()
    this.doc.restore()
  }

  box(x: number, y: number, w: number, h: number, colour: string, radius = 0, opacity = 1): void {
    this.doc.save().fillOpacity(opacity)
    if (radius > 0) this.doc.roundedRect(x, y, w, h, radius)
    else this.doc.rect(x, y, w, h)
    this.doc.fill(colour).restore()
  }

  /** An internal link over a box, to a named destination. */
  link(x: number, y: number, w: number, h: number, anchor: string): void {
    this.doc.goTo(x, y, w, h, anchor)
  }

  /**
   * Add a rectangle (top-left coordinates) to a highlight's PDF annotation on this page. One
   * annotation per highlight per page, so a reader's comment panel lists each note once.
   */
  highlightQuad(
    key: string,
    rect: { x: number; y: number; w: number; h: number },
    info: Pick<PendingHighlight, 'comment' | 'subject' | 'colour' | 'modified'>,
  ): void {
    const id = `${key}@${this.page}`
    const pending = this.highlights.get(id) ?? {
      ...info,
      page: this.page,
      quads: [],
      box: { x0: rect.x, y0: rect.y, x1: rect.x + rect.w, y1: rect.y + rect.h },
    }
    // PDF user space has its origin at the bottom left; quad points go TL, TR, BL, BR.
    const top = PAGE.height - rect.y
    const bottom = PAGE.height - (rect.y + rect.h)
    pending.quads.push(rect.x, top, rect.x + rect.w, top, rect.x, bottom, rect.x + rect.w, bottom)
    pending.box.x0 = Math.min(pending.box.x0, rect.x)
    pending.box.y0 = Math.min(pending.box.y0, rect.y)
    pending.box.x1 = Math.max(pending.box.x1, rect.x + rect.w)
    pending.box.y1 = Math.max(pending.box.y1, rect.y + rect.h)
    this.highlights.set(id, pending)
  }

  /** Write the pending highlight annotations onto their pages. */
  flushHighlights(): void {
    const current = this.page
    for (const h of this.highlights.values()) {
      this.doc.switchToPage(h.page)
      const [x0, y0, x1, y1] = [h.box.x0, PAGE.height - h.box.y1, h.box.x1, PAGE.height - h.box.y0]
      // The highlight is already drawn in the page's content, where it prints and shows in every
      // viewer. An empty appearance stops viewers from drawing it a second time, darker, on top;
      // poppler ignores appearances of highlights and draws its own, so it is also transparent.
      const appearance = this.doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [x0, y0, x1, y1] })
      appearance.end('')
      this.doc.annotate(h.box.x0, h.box.y0, h.box.x1 - h.box.x0, h.box.y1 - h.box.y0, {
        AP: { N: appearance },
        Subtype: 'Highlight',
        QuadPoints: h.quads,
        Contents: new String(h.comment),
        Subj: new String(h.subject),
        T: new String(this.author || 'Briefpack'),
        M: h.modified,
        CA: 0,
        color: h.colour,
      } as unknown as PDFKit.Mixins.AnnotationOption)
    }
    this.highlights.clear()
    if (current >= 0) this.doc.switchToPage(current)
  }

  private use(style: TextStyle): void {
    // Fonts are named by file path, not registered names: pdfkit caches a font under the name it
    // was first opened by, and would parse the file again for every other name.
    this.doc.font(this.fontFiles[style.font]).fontSize(style.size).fillColor(style.colour)
  }
}
