/**
 * Reading a rendered pack back, for the tests: text per page, annotations, outline, attachments,
 * metadata and structure through pdfjs-dist (what a browser's PDF viewer uses), so assertions
 * are about what a reader gets out of the file rather than about what the renderer meant to draw.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PackReading {
  pages: number
  /** Each page's text with white space (line breaks, no-break spaces) collapsed to one space. */
  text: string[]
  annotations: { page: number; subtype: string; contents: string; dest: string | null }[]
  outline: OutlineNode[]
  /** Named destination → page index (from 0). */
  destinations: Map<string, number>
  attachments: Map<string, string>
  info: Record<string, unknown>
  marked: boolean
  /** Structure roles in document order, e.g. ["Document", "Sect", "H1", …]. */
  roles: string[]
}

export interface OutlineNode {
  title: string
  page: number | null
  items: OutlineNode[]
}

interface StructNode {
  role?: string
  children?: StructNode[]
}

/** Read everything the tests check from a PDF's bytes. */
export async function readPack(bytes: Uint8Array): Promise<PackReading> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 })
    .promise
  const text: string[] = []
  const annotations: PackReading['annotations'] = []
  const roles: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const content = await page.getTextContent()
    // As a reader's copy would join them: pieces of a line run on, lines are separated.
    const strings = content.items.map((item) =>
      'str' in item ? item.str + (item.hasEOL ? '\n' : '') : '',
    )
    text.push(normalise(strings.join('')))
    for (const a of await page.getAnnotations()) {
      annotations.push({
        page: n - 1,
        subtype: String(a.subtype),
        contents: String(a.contentsObj?.str ?? a.contents ?? ''),
        dest: typeof a.dest === 'string' ? a.dest : null,
      })
    }
    const tree = (await page.getStructTree()) as StructNode | null
    const walk = (node: StructNode) => {
      if (node.role) roles.push(node.role)
      node.children?.forEach(walk)
    }
    if (tree) walk(tree)
  }

  const destinations = new Map<string, number>()
  for (const [name, dest] of Object.entries(await pdf.getDestinations())) {
    const ref = (dest as unknown[])[0]
    if (ref && typeof ref === 'object') {
      destinations.set(name, await pdf.getPageIndex(ref as { num: number; gen: number }))
    }
  }
  const outlineOf = async (
    items: Awaited<ReturnType<typeof pdf.getOutline>>,
  ): Promise<OutlineNode[]> =>
    Promise.all(
      (items ?? []).map(async (item) => ({
        title: item.title,
        page: typeof item.dest === 'string' ? (destinations.get(item.dest) ?? null) : null,
        items: await outlineOf(item.items),
      })),
    )

  const attachments = new Map<string, string>()
  const files = ((await pdf.getAttachments()) ?? {}) as Record<string, { content: Uint8Array }>
  for (const [name, file] of Object.entries(files)) {
    attachments.set(name, new TextDecoder().decode(file.content))
  }
  const { info } = await pdf.getMetadata()
  const markInfo = await pdf.getMarkInfo()
  const reading: PackReading = {
    pages: pdf.numPages,
    text,
    annotations,
    outline: await outlineOf(await pdf.getOutline()),
    destinations,
    attachments,
    info: info as Record<string, unknown>,
    marked: markInfo?.Marked === true,
    roles,
  }
  await pdf.destroy()
  return reading
}

/** Collapse every run of white space (no-break spaces included) to one space. */
export function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}
