import { speechKindLabel, type SpeechKind } from '../../shared/annotations/speech'
import { ARTICLE_KIND_LABELS, type Article } from '../../shared/model/article'
import type { Tag } from '../../shared/model/tag'
import type {
  Citation,
  Entry,
  EntryGroup,
  KeyArguments,
  Passage,
  TagLabel,
} from './briefing-document'
import type { BriefingRequest } from './briefing-request'
import { quotePassage } from './passage'
import type { ResolvedAnnotation } from './resolve-annotations'

/** Hands out anchors that are unique in one document and safe as PDF destination names. */
export type AnchorMaker = (kind: string) => string

export function anchorMaker(): AnchorMaker {
  const seen = new Map<string, number>()
  return (kind) => {
    const n = (seen.get(kind) ?? 0) + 1
    seen.set(kind, n)
    return `${kind}-${n}`
  }
}

export const tagLabel = (tag: Tag): TagLabel => ({ id: tag.id, name: tag.name, colour: tag.colour })

/** One entry for an included annotation; `anchor` distinguishes its repeats under two tags. */
export function makeEntry(r: ResolvedAnnotation, anchor: string, includeNotes: boolean): Entry {
  const note = r.annotation.note.trim()
  const passage = passageOf(r)
  return {
    anchor,
    annotationId: r.annotation.id,
    passage,
    speechLabel: speechLabel(
      passage.kind,
      r.placement.status === 'anchored' ? r.placement.speech.parts.map((p) => p.kind) : [],
    ),
    speaker: r.speaker,
    part: r.part,
    citation: citationOf(r),
    tags: r.tags.map(tagLabel),
    note: includeNotes && note ? note : null,
    colour: r.annotation.colour,
    orphaned: r.placement.status === 'orphaned' ? { reason: r.placement.reason } : null,
  }
}

/**
 * What a passage is, in words printed before it, or null for a direct quotation (its quotation
 * marks say it): as the reader names it, narration said to be the article's own words.
 */
export function speechLabel(
  kind: Passage['kind'],
  parts: readonly SpeechKind[] = [],
): string | null {
  if (kind === 'unplaced') return 'Saved words, no longer found in the article'
  if (kind === 'narration') return 'Narration: the article’s own words'
  return speechKindLabel({ kind, parts: parts.map((k) => ({ kind: k })) })
}

function passageOf(r: ResolvedAnnotation): Passage {
  const { article, placement } = r
  if (placement.status === 'anchored') {
    const first = article.blocks.find((b) => b.end > placement.start)
    const last = article.blocks.findLast((b) => b.start < placement.end)
    return quotePassage(
      article.text,
      placement.start,
      placement.end,
      first?.start ?? 0,
      last?.end ?? article.text.length,
      placement.speech.kind,
    )
  }
  // Not in the text any more: judge the edges by the context saved with the quote.
  const { prefix, exact, suffix } = r.annotation.target.quote
  const context = prefix + exact + suffix
  const blockStart = prefix.lastIndexOf('\n\n')
  const blockEnd = suffix.indexOf('\n\n')
  return quotePassage(
    context,
    prefix.length,
    prefix.length + exact.length,
    blockStart < 0 ? 0 : blockStart + 2,
    blockEnd < 0 ? context.length : prefix.length + exact.length + blockEnd,
    'unplaced',
  )
}

/** "Behind the headlines, Community Care, ¶ 3" (¶¶ 3–4 for a passage over two paragraphs). */
export function citationOf(r: ResolvedAnnotation): Citation {
  const { article, placement } = r
  const paragraphs =
    placement.status === 'anchored' && placement.from !== null
      ? { from: placement.from, to: placement.to ?? placement.from }
      : null
  // An orphaned passage has no paragraph to cite; its entry says why instead.
  const where = !paragraphs
    ? ''
    : paragraphs.from === paragraphs.to
      ? `, ¶ ${paragraphs.from}`
      : `, ¶¶ ${paragraphs.from}–${paragraphs.to}`
  return {
    articleId: article.id,
    articleTitle: article.title,
    publication: article.publication,
    paragraphs,
    label: `${article.title}, ${article.publication}${where}`,
  }
}

const NO_TAG = { title: 'No tag', subtitle: 'Highlights not tagged yet.' }
const NO_SPEAKER = { title: 'No speaker', subtitle: 'Passages not attributed to a speaker.' }

/**
 * The key-argument sections: one per tag (codebook order; a passage with two tags is under both),
 * per speaker (the order they are first quoted) or per article (the request's order). Passages
 * without a tag or speaker are gathered last, so none is left out. Empty groups are not shown.
 * `resolved` holds placed passages only: one that lost its place is no quotation to argue from.
 */
export function layoutKeyArguments(
  request: BriefingRequest,
  resolved: readonly ResolvedAnnotation[],
  tags: readonly Tag[],
  articles: readonly Article[],
  anchor: AnchorMaker,
): KeyArguments {
  type Draft = Omit<EntryGroup, 'anchor' | 'entries'> & { items: ResolvedAnnotation[] }
  const drafts = new Map<string, Draft>()
  const add = (key: string, make: () => Omit<Draft, 'items'>, r: ResolvedAnnotation) => {
    const draft = drafts.get(key) ?? { ...make(), items: [] }
    draft.items.push(r)
    drafts.set(key, draft)
  }
  if (request.groupBy === 'tag') {
    for (const tag of tags) {
      for (const r of resolved) {
        if (!r.tags.some((t) => t.id === tag.id)) continue
        add(
          tag.id,
          () => ({ title: tag.name, subtitle: tag.description || null, colour: tag.colour }),
          r,
        )
      }
    }
    for (const r of resolved.filter((r) => r.tags.length === 0)) {
      add('\0none', () => ({ ...NO_TAG, colour: null }), r)
    }
  } else if (request.groupBy === 'speaker') {
    for (const r of resolved.filter((r) => r.speaker)) {
      const speaker = r.speaker!
      add(
        `speaker:${speaker.name}`,
        () => ({ title: speaker.name, subtitle: speaker.role, colour: null }),
        r,
      )
    }
    for (const r of resolved.filter((r) => !r.speaker)) {
      add('\0none', () => ({ ...NO_SPEAKER, colour: null }), r)
    }
  } else {
    for (const article of articles) {
      for (const r of resolved.filter((r) => r.article.id === article.id)) {
        const subtitle = `${article.publication} · ${ARTICLE_KIND_LABELS[article.kind]}`
        add(article.id, () => ({ title: article.title, subtitle, colour: null }), r)
      }
    }
  }
  const groups = [...drafts.values()].map(({ items, ...group }) => ({
    ...group,
    anchor: anchor('group'),
    entries: items.map((r) => makeEntry(r, anchor('entry'), request.includeNotes)),
  }))
  return { anchor: anchor('section'), title: 'Key arguments', groupBy: request.groupBy, groups }
}
