import type { AnnotationId } from './annotation'
import type { ArticleId } from './article'
import type { TagId } from './tag'

export type BriefingGrouping = 'tag' | 'speaker' | 'article'

/** What the student asks the briefing pack to hold (the composer's options). */
export interface BriefingRequest {
  title: string
  author: string
  /** The pack's date, an ISO day (YYYY-MM-DD). */
  date: string
  articleIds: ArticleId[]
  /** Tags whose highlights are included; empty means every highlight of the chosen articles. */
  tagIds: TagId[]
  groupBy: BriefingGrouping
  includeNotes: boolean
  includeAppendix: boolean
  includeCodebook: boolean
}

/** Something that would weaken the pack; it never blocks export. */
export type BriefingWarning =
  | { kind: 'untagged'; annotationId: AnnotationId; articleId: ArticleId; quote: string }
  | { kind: 'no-speaker'; annotationId: AnnotationId; articleId: ArticleId; quote: string }
  | { kind: 'undescribed-tag'; tagId: TagId; name: string }
  | { kind: 'orphaned'; annotationId: AnnotationId; articleId: ArticleId; quote: string }
  | { kind: 'missing-glyphs'; characters: string[] }
  /**
   * Highlights over the same words (`exact`: the pack already counts them once) or nearly the
   * same; merging keeps the first named, with every tag and note.
   */
  | {
      kind: 'duplicate'
      exact: boolean
      articleId: ArticleId
      quote: string
      annotationIds: AnnotationId[]
    }

/** The composer's live view of a pack before it is built. */
export interface BriefingPreview {
  /** A title made from the chosen articles, offered until the student types one. */
  proposedTitle: string
  /** The pack's sections in order, with how many entries each holds where that means something. */
  outline: { title: string; entries: number | null; level: 1 | 2 }[]
  /** Highlights the pack would include, each once (duplicates merged, parts counted as one). */
  entryCount: number
  warnings: BriefingWarning[]
}

/** How an export ended. */
export type ExportResult =
  /** Electron: written where the student chose. */
  | { kind: 'saved'; path: string; pages: number }
  /** The browser host: ready to download from this URL (relative to the page). */
  | { kind: 'download'; url: string; fileName: string; pages: number }
  /** The student closed the save dialog. */
  | { kind: 'cancelled' }
