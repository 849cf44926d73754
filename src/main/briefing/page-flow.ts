/**
 * A line of a footnote, drawn in the page's footnote area. `gap` is space above it (between notes).
 */
export interface FootLine {
  height: number
  gap?: number
  draw(y: number): void
}

/** A horizontal slice of a page that is drawn in one piece: a line of text, a heading, a chip row. */
export interface Row {
  height: number
  /** Space above the row, dropped when the row starts a page. */
  gap?: number
  /** Never start a page with this row: it goes with the row before it (a widow, an attribution). */
  keepWithPrevious?: boolean
  /** Footnote lines the row calls for: at least the first starts on the row's page. */
  footnotes?: FootLine[]
  /** Draw the row with its top at `y`. */
  draw(y: number): void
}

export interface FlowHooks {
  /** Start a new page (the flow has drawn the last one's footnotes). */
  newPage(): void
  /** Draw the rule that separates footnotes from the text, above the area starting at `top`. */
  drawFootnoteRule(top: number): void
}

/** Space the footnote rule takes above the first footnote of a page. */
export const FOOTNOTE_SEPARATOR = 14

/**
 * Flows rows down pages between `top` and `bottom`. It plans each page before drawing on it, so it
 * can keep an entry together when it fits, never leave an attribution or a paragraph's last line
 * at the top of a page (`keepWithPrevious`), and reserve room at the foot for footnotes; a note
 * too long for what is left continues on the next page. pdfkit is not involved: rows draw
 * themselves, which keeps this planner testable with plain numbers.
 */
export class PageFlow {
  y: number
  private atTop = true
  private pageFoot: FootLine[] = []
  private carry: FootLine[] = []

  constructor(
    readonly top: number,
    readonly bottom: number,
    private readonly hooks: FlowHooks,
  ) {
    this.y = top
  }

  /** Whether nothing has been placed on the current page yet. */
  get isAtTop(): boolean {
    return this.atTop
  }

  /**
   * Place rows in order. With `keepTogether`, rows that would break across this page but fit on
   * a page of their own start a new page instead.
   */
  place(rows: readonly Row[], options: { keepTogether?: boolean } = {}): void {
    if (rows.length === 0) return
    if (options.keepTogether && !this.atTop && !this.fitsHere(rows) && this.fitsOnEmptyPage(rows)) {
      this.breakPage()
    }
    let i = 0
    while (i < rows.length) {
      const { count, split } = this.fitCount(rows, i)
      if (count === 0) {
        this.breakPage()
        continue
      }
      this.drawRows(rows, i, count, split)
      i += count
      // A note that ran over must finish before later notes start: continue on a new page.
      if (i < rows.length || this.carry.length > 0) this.breakPage()
    }
  }

  /** Count the current page as used (drawn on outside the flow), so the next section starts anew. */
  occupy(): void {
    this.atTop = false
  }

  /** Finish this page (drawing its footnotes) and start the next. */
  breakPage(): void {
    this.finishPage()
    this.hooks.newPage()
    this.y = this.top
    this.atTop = true
    this.pageFoot = []
    // Footnote lines carried over take at most three quarters of the new page, leaving room for
    // the text that follows; a note longer than that (rare) goes on over further pages.
    let room = ((this.bottom - this.top) * 3) / 4
    while (
      this.carry.length > 0 &&
      room >= lineHeight(this.carry[0]!, this.pageFoot.length === 0)
    ) {
      const line = this.carry.shift()!
      room -= lineHeight(line, this.pageFoot.length === 0)
      this.pageFoot.push(line)
    }
  }

  /** Draw the footnotes of the current page; call once after the last rows. */
  finishPage(): void {
    if (this.pageFoot.length === 0) return
    let y = this.bottom - footHeight(this.pageFoot)
    this.hooks.drawFootnoteRule(y)
    y += FOOTNOTE_SEPARATOR
    this.pageFoot.forEach((line, i) => {
      y += i === 0 ? 0 : (line.gap ?? 0)
      line.draw(y)
      y += line.height
    })
    this.pageFoot = []
  }

  private fitsHere(rows: readonly Row[]): boolean {
    return this.totalHeight(rows, this.atTop) <= this.bottom - this.y - footHeight(this.pageFoot)
  }

  private fitsOnEmptyPage(rows: readonly Row[]): boolean {
    return this.totalHeight(rows, true) <= this.bottom - this.top
  }

  private totalHeight(rows: readonly Row[], atTop: boolean): number {
    const notes = rows.flatMap((r) => r.footnotes ?? [])
    const body = rows.reduce(
      (sum, r, i) => sum + r.height + (i === 0 && atTop ? 0 : (r.gap ?? 0)),
      0,
    )
    return body + (notes.length > 0 ? footHeight(notes) : 0)
  }

  /** How many rows from `from` go on this page; `split` if the last one's notes run over. */
  private fitCount(rows: readonly Row[], from: number): { count: number; split: boolean } {
    let y = this.y
    let atTop = this.atTop
    let foot = [...this.pageFoot]
    for (let k = from; k < rows.length; k++) {
      const row = rows[k]!
      const bottomOfRow = y + (atTop ? 0 : (row.gap ?? 0)) + row.height
      const notes = row.footnotes ?? []
      // Notes carried from an earlier page come first; new ones wait until those are done.
      const blocked = notes.length > 0 && this.carry.length > 0
      if (!blocked && bottomOfRow <= this.bottom - footHeight([...foot, ...notes])) {
        y = bottomOfRow
        atTop = false
        foot = [...foot, ...notes]
        continue
      }
      if (!blocked && notes.length > 0) {
        if (bottomOfRow <= this.bottom - footHeight([...foot, notes[0]!])) {
          return { count: k - from + 1, split: true }
        }
      }
      let b = k
      while (b > from && rows[b]!.keepWithPrevious) b--
      if (b > from) return { count: b - from, split: false }
      // Nowhere to break before row k: on a fresh page break at k anyway (or, if even the first
      // row is taller than a page, place it and let it run over) so the flow always moves on.
      if (this.atTop) return { count: Math.max(1, k - from), split: false }
      return { count: 0, split: false }
    }
    return { count: rows.length - from, split: false }
  }

  private drawRows(rows: readonly Row[], from: number, count: number, split: boolean): void {
    for (let k = from; k < from + count; k++) {
      const row = rows[k]!
      if (!this.atTop) this.y += row.gap ?? 0
      row.draw(this.y)
      this.y += row.height
      this.atTop = false
      const notes = row.footnotes ?? []
      if (!(split && k === from + count - 1)) {
        this.pageFoot.push(...notes)
        continue
      }
      // Give this page as many of the note's lines as fit; the rest continue overleaf.
      let n = 0
      while (
        n < notes.length &&
        this.y <= this.bottom - footHeight([...this.pageFoot, ...notes.slice(0, n + 1)])
      ) {
        n++
      }
      n = Math.max(1, n)
      this.pageFoot.push(...notes.slice(0, n))
      this.carry.push(...notes.slice(n))
    }
  }
}

function lineHeight(line: FootLine, first: boolean): number {
  return line.height + (first ? FOOTNOTE_SEPARATOR : (line.gap ?? 0))
}

/** Height of a page's footnote area holding `lines`, the separator included. */
export function footHeight(lines: readonly FootLine[]): number {
  return lines.reduce((sum, line, i) => sum + lineHeight(line, i === 0), 0)
}
