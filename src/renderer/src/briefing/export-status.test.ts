import { describe, expect, it } from 'vitest'
import { exportBlocker, outlineSummary, resultMessage, type ExportState } from './export-status'

describe('outlineSummary', () => {
  it('counts highlights and sections in words', () => {
    const outline = [
      { title: 'Key arguments', entries: 5, level: 1 as const },
      { title: 'Claim', entries: 3, level: 2 as const },
      { title: 'Evidence', entries: 2, level: 2 as const },
      { title: 'Who said what', entries: 0, level: 1 as const },
    ]
    expect(outlineSummary({ entryCount: 5, outline })).toBe('5 highlights in 2 sections')
    expect(outlineSummary({ entryCount: 1, outline: outline.slice(0, 2) })).toBe(
      '1 highlight in 1 section',
    )
  })
})

describe('exportBlocker', () => {
  const ready: ExportState = {
    annotationCount: 4,
    chosenArticles: 2,
    entryCount: 4,
    exporting: false,
  }

  it('lets a pack with entries export, warnings or not', () => {
    expect(exportBlocker(ready)).toBeNull()
  })

  it('lets export run before the first preview has arrived', () => {
    expect(exportBlocker({ ...ready, entryCount: null })).toBeNull()
  })

  it('says to highlight first when nothing is annotated anywhere', () => {
    expect(exportBlocker({ ...ready, annotationCount: 0, entryCount: 0 })).toMatch(
      /Highlight a passage first/,
    )
  })

  it('asks for an article when none is chosen', () => {
    expect(exportBlocker({ ...ready, chosenArticles: 0, entryCount: 0 })).toBe(
      'Choose at least one article.',
    )
  })

  it('says when the options match no highlight', () => {
    expect(exportBlocker({ ...ready, entryCount: 0 })).toMatch(/No highlights match/)
  })

  it('holds while an export runs', () => {
    expect(exportBlocker({ ...ready, exporting: true })).toBe('Building your pack…')
  })
})

describe('resultMessage', () => {
  it('names where a saved pack went and its length', () => {
    expect(resultMessage({ kind: 'saved', path: '/home/ada/pack.pdf', pages: 12 })).toBe(
      'Saved to /home/ada/pack.pdf (12 pages)',
    )
  })

  it('names a downloaded file', () => {
    const result = { kind: 'download', url: '/exports/1', fileName: 'pack.pdf', pages: 1 } as const
    expect(resultMessage(result)).toBe('Downloaded pack.pdf (1 page)')
  })

  it('says nothing when the save dialog was closed', () => {
    expect(resultMessage({ kind: 'cancelled' })).toBeNull()
  })
})
