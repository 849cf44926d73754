import type { BriefingWarning, ExportResult } from '../../shared/model/briefing'
import type { Tag } from '../../shared/model/tag'
import { AppError } from '../../shared/errors'
import type { Library } from '../library/load-library'
import type { BriefingService } from '../services'
import type { StoreHandle } from '../store/open-store'
import { proposeTitle, type BriefingRequest } from './briefing-request'
import { layoutBriefing } from './layout'
import { findMissingGlyphs, renderBriefing } from './render'
import type { AnnotationRecord } from './briefing-document'
import { findDuplicates } from './duplicates'
import { requestedArticles } from './resolve-annotations'

/** Where a host puts a built pack: Electron asks with a save dialog; the browser host shelves it. */
export interface PackDelivery {
  /** A place to write `fileName`, or null when the student cancels. */
  choose(fileName: string): Promise<{ path: string; downloadUrl?: string } | null>
  /** Open a written pack, or show it in its folder; absent where the host cannot. */
  open?(path: string): Promise<void>
  reveal?(path: string): Promise<void>
}

/** A file name from a title: readable, and safe on every file system. */
export function packFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
  return `${cleaned || 'Briefing pack'}.pdf`
}

/**
 * The completeness check: what would weaken the pack, read off the pack's own records (so the
 * annotations are placed once, by the layout). It informs; it never blocks.
 */
export function checkCompleteness(
  request: BriefingRequest,
  records: readonly AnnotationRecord[],
  codebook: readonly Tag[],
): BriefingWarning[] {
  const warnings: BriefingWarning[] = []
  for (const r of records) {
    const at = { annotationId: r.id, articleId: r.articleId, quote: r.quote.exact }
    if (r.status === 'orphaned') warnings.push({ kind: 'orphaned', ...at })
    if (r.tags.length === 0) warnings.push({ kind: 'untagged', ...at })
    // Narration is nobody's speech; a quotation in it (marks in its words) is someone's.
    const isSpeech = r.speech !== null && (r.speech !== 'narration' || /[“”"]/u.test(r.quote.exact))
    if (!r.speaker && isSpeech) warnings.push({ kind: 'no-speaker', ...at })
  }
  // Tags the pack shows (on its entries and in its codebook) should say what they mean.
  const used = new Set(records.flatMap((r) => r.tags.map((t) => t.id)))
  for (const tag of codebook) {
    if (used.has(tag.id) && !tag.description.trim()) {
      warnings.push({ kind: 'undescribed-tag', tagId: tag.id, name: tag.name })
    }
  }
  warnings.push(...findDuplicates(records))
  const notes = request.includeNotes ? records.map((r) => r.note) : []
  const characters = findMissingGlyphs(notes)
  if (characters.length) warnings.push({ kind: 'missing-glyphs', characters })
  return warnings
}

/**
 * Briefing packs for the contract: the same layout and renderer in every host, the pack
 * delivered as the host can (a save dialog, or a download).
 */
export function createBriefingService(deps: {
  library: Library
  store: Pick<StoreHandle, 'read'>
  delivery: PackDelivery
}): BriefingService {
  const exported = new Set<string>()
  const articles = () => deps.library.list().map((summary) => deps.library.get(summary.id))

  const build = (request: BriefingRequest) => {
    const all = articles()
    const known = request.articleIds.filter((id) => all.some((a) => a.id === id))
    const checked = { ...request, articleIds: known }
    const store = deps.store.read()
    return { request: checked, all, store, doc: layoutBriefing(checked, all, store) }
  }

  const writtenHere = (path: string) => {
    if (!exported.has(path)) {
      throw new AppError('invalid-argument', 'Briefpack only opens packs it saved in this session.')
    }
    return path
  }

  return {
    preview(request) {
      const { request: checked, all, store, doc } = build(request)
      return {
        proposedTitle: proposeTitle(requestedArticles(checked, all)),
        outline: doc.contents.map((c) => ({
          title: c.title,
          entries: c.count,
          level: c.level,
        })),
        // Highlights, each once: the same words highlighted twice are one, and a highlight
        // quoted in parts (one per speaker) is still one.
        entryCount: new Set(doc.records.map((r) => r.id)).size,
        warnings: checkCompleteness(checked, doc.records, store.tags),
      }
    },

    async export(request): Promise<ExportResult> {
      const { doc } = build(request)
      const fileName = packFileName(doc.meta.title)
      const place = await deps.delivery.choose(fileName)
      if (!place) return { kind: 'cancelled' }
      let pages: number
      try {
        ;({ pages } = await renderBriefing(doc, place.path))
      } catch (error) {
        // The renderer wraps the file system's error; the student needs the underlying reason.
        const cause = (error as Error).cause
        const reason = cause instanceof Error ? cause.message : (error as Error).message
        throw new AppError(
          'invalid-argument',
          `Briefpack could not save the pack to ${place.path} (${reason}). Choose another folder and try again.`,
        )
      }
      if (place.downloadUrl) return { kind: 'download', url: place.downloadUrl, fileName, pages }
      exported.add(place.path)
      return { kind: 'saved', path: place.path, pages }
    },

    async open(path) {
      if (!deps.delivery.open) throw notHere()
      await deps.delivery.open(writtenHere(path))
      return null
    },

    async reveal(path) {
      if (!deps.delivery.reveal) throw notHere()
      await deps.delivery.reveal(writtenHere(path))
      return null
    },
  }
}

const notHere = () =>
  new AppError('invalid-argument', 'Opening files is only possible in the Briefpack desktop app.')
