import type { BriefingPreview, ExportResult } from '../../../shared/model/briefing'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** "1 page", "12 pages". */
export const countPages = (count: number) => plural(count, 'page', 'pages')

/** "1 entry", "7 entries". */
export const countEntries = (count: number) => plural(count, 'entry', 'entries')

/** "12 highlights in 4 sections": the outline in a line (top-level sections), for the live region. */
export function outlineSummary(preview: Pick<BriefingPreview, 'entryCount' | 'outline'>): string {
  const highlights = plural(preview.entryCount, 'highlight', 'highlights')
  const sections = preview.outline.filter((s) => s.level === 1).length
  return `${highlights} in ${plural(sections, 'section', 'sections')}`
}

/** What the composer knows when deciding whether Export can run. */
export interface ExportState {
  /** Annotations the student has made anywhere, loaded. */
  annotationCount: number
  chosenArticles: number
  /** The latest preview's entry count; null until a preview has arrived. */
  entryCount: number | null
  exporting: boolean
}

/**
 * Why Export cannot run now, in words shown beside the button, or null if it can. The
 * completeness check never blocks export; only a pack with nothing in it does.
 */
export function exportBlocker(state: ExportState): string | null {
  if (state.exporting) return 'Building your pack…'
  if (state.annotationCount === 0) return 'Highlight a passage first: the pack is made of them.'
  if (state.chosenArticles === 0) return 'Choose at least one article.'
  if (state.entryCount === 0)
    return 'No highlights match these options. Choose more articles or tags.'
  return null
}

/** The line shown after an export; null when there is nothing to say (the dialog was closed). */
export function resultMessage(result: ExportResult): string | null {
  switch (result.kind) {
    case 'saved':
      return `Saved to ${result.path} (${countPages(result.pages)})`
    case 'download':
      return `Downloaded ${result.fileName} (${countPages(result.pages)})`
    case 'cancelled':
      return null
  }
}
