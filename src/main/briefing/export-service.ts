import type { BriefingWarning, ExportResult } from '../../shared/model/briefing'
import { AppError } from '../../shared/errors'
import type { Library } from '../library/load-library'
import type { BriefingService } from '../services'
import type { StoreHandle } from '../store/open-store'
import { proposeTitle, type BriefingRequest } from './briefing-request'
import { layoutBriefing } from './layout'
import { findMissingGlyphs, renderBriefing } from './render'
import { requestedArticles, resolveAnnotations } from './resolve-annotations'

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

/** The completeness check: what would weaken the pack. It informs; it never blocks. */
export function checkCompleteness(
  request: BriefingRequest,
  resolved: ReturnType<typeof resolveAnnotations>,
): BriefingWarning[] {
  const warnings: BriefingWarning[] = []
  for (const r of resolved) {
    const at = {
      annotationId: r.annotation.id,
      articleId: r.article.id,
      quote: r.annotation.target.quote.exact,
    }
    if (r.placement.status === 'orphaned') warnings.push({ kind: 'orphaned', ...at })
    if (r.annotation.tagIds.length === 0) warnings.push({ kind: 'untagged', ...at })
    if (!r.speaker) warnings.push({ kind: 'no-speaker', ...at })
  }
  // Tags the pack shows (on its entries and in its codebook) should say what they mean.
  const used = new Map(resolved.flatMap((r) => r.tags).map((t) => [t.id, t]))
  for (const tag of used.values()) {
    if (!tag.description.trim()) {
      warnings.push({ kind: 'undescribed-tag', tagId: tag.id, name: tag.name })
    }
  }
  const notes = request.includeNotes ? resolved.map((r) => r.annotation.note) : []
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
    return {
      request: checked,
      all,
      doc: layoutBriefing(checked, all, store),
      resolved: resolveAnnotations(checked, all, store),
    }
  }

  const writtenHere = (path: string) => {
    if (!exported.has(path)) {
      throw new AppError('invalid-argument', 'Briefpack only opens packs it saved in this session.')
    }
    return path
  }

  return {
    preview(request) {
      const { request: checked, all, doc, resolved } = build(request)
      return {
        proposedTitle: proposeTitle(requestedArticles(checked, all)),
        outline: doc.contents.map((c) => ({
          title: c.title,
          entries: c.count,
          level: c.level,
        })),
        entryCount: doc.records.length,
        warnings: checkCompleteness(checked, resolved),
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
        const reason = (error as NodeJS.ErrnoException).cause
          ? ((error as Error).cause as Error).message
          : (error as Error).message
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
