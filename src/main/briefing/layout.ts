import { describeSpan } from '../../shared/anchoring'
import { ARTICLE_KIND_LABELS, type Article } from '../../shared/model/article'
import type { StoreData } from '../../shared/model/store-data'
import type { Tag } from '../../shared/model/tag'
import { partitionPoint } from '../../shared/sorted'
import type {
  AnnotationRecord,
  BriefingDocument,
  CodebookSection,
  ContentsEntry,
} from './briefing-document'
import { proposeTitle, type BriefingRequest } from './briefing-request'
import { count, formatDay } from './format'
import { layoutAppendixArticle } from './layout-appendix'
import { anchorMaker, layoutKeyArguments, makeEntry, tagLabel } from './layout-entries'
import { layoutWhoSaidWhat } from './layout-who-said-what'
import {
  includedTags,
  requestedArticles,
  resolveAnnotations,
  type ResolvedAnnotation,
} from './resolve-annotations'

const GROUPING_LABELS: Record<BriefingRequest['groupBy'], string> = {
  tag: 'Grouped by argument tag',
  speaker: 'Grouped by speaker',
  article: 'Grouped by article',
}

/**
 * Decide everything a briefing pack says, in order, as plain data: the pure half of the export.
 * Throws only for a request naming an article that `articles` does not hold.
 */
export function layoutBriefing(
  request: BriefingRequest,
  articles: readonly Article[],
  store: StoreData,
): BriefingDocument {
  const chosen = requestedArticles(request, articles)
  const tags = includedTags(request, store.tags)
  const resolved = resolveAnnotations(request, articles, store)
  // What the pack argues from is what is still found in the articles; the rest is listed apart.
  const placed = resolved.filter((r) => r.placement.status === 'anchored')
  const lost = resolved.filter((r) => r.placement.status === 'orphaned')
  const anchor = anchorMaker()
  const codePoints = codePointCounter()
  const title = request.title.trim() || proposeTitle(chosen)

  const keyArguments = layoutKeyArguments(request, placed, tags, chosen, anchor)
  const whoSaidWhat = layoutWhoSaidWhat(placed, tags, keyArguments, anchor('section'))
  const orphans =
    lost.length > 0
      ? {
          anchor: anchor('section'),
          title: 'Highlights that lost their place',
          entries: lost.map((r) => makeEntry(r, anchor('orphan'), request.includeNotes)),
        }
      : null
  const appendix = request.includeAppendix
    ? {
        anchor: anchor('section'),
        title: 'Annotated articles',
        orphansAnchor: orphans?.anchor ?? null,
        articles: chosen.map((a) =>
          layoutAppendixArticle(a, resolved, request.includeNotes, anchor),
        ),
      }
    : null
  const codebook = request.includeCodebook ? layoutCodebook(placed, tags, anchor('section')) : null
  const sources = {
    anchor: anchor('section'),
    title: 'Sources',
    sources: chosen.map((a) => ({
      articleId: a.id,
      title: a.title,
      publication: a.publication,
      kindLabel: ARTICLE_KIND_LABELS[a.kind],
      quotes: resolved.filter((r) => r.article.id === a.id).length,
    })),
  }

  const speakers = new Set(placed.flatMap((r) => (r.speaker ? [r.speaker.name] : [])))
  const tagsUsed = tags.filter((t) => placed.some((r) => r.tags.some((x) => x.id === t.id)))
  const contents: ContentsEntry[] = [
    { anchor: keyArguments.anchor, title: keyArguments.title, level: 1, count: placed.length },
    ...keyArguments.groups.map((g) => ({
      anchor: g.anchor,
      title: g.title,
      level: 2 as const,
      count: g.entries.length,
    })),
    { anchor: whoSaidWhat.anchor, title: whoSaidWhat.title, level: 1, count: null },
    ...(orphans
      ? [{ anchor: orphans.anchor, title: orphans.title, level: 1 as const, count: lost.length }]
      : []),
    ...(appendix
      ? [
          { anchor: appendix.anchor, title: appendix.title, level: 1 as const, count: null },
          ...appendix.articles.map((a) => ({
            anchor: a.anchor,
            title: a.title,
            level: 2 as const,
            count: a.highlightCount,
          })),
        ]
      : []),
    ...(codebook
      ? [{ anchor: codebook.anchor, title: codebook.title, level: 1 as const, count: null }]
      : []),
    { anchor: sources.anchor, title: sources.title, level: 1, count: null },
  ]

  return {
    meta: {
      title,
      author: request.author.trim(),
      date: request.date,
      subject: `Briefing pack on ${count(chosen.length, 'article')}: ${chosen.map((a) => a.title).join('; ')}`,
      keywords: [...new Set([...tagsUsed.map((t) => t.name), ...chosen.map((a) => a.publication)])],
    },
    cover: {
      title,
      author: request.author.trim(),
      dateLabel: formatDay(request.date),
      articles: chosen.map((a) => ({ title: a.title, publication: a.publication })),
      counts: { quotes: placed.length, speakers: speakers.size, tags: tagsUsed.length },
      groupingLabel: GROUPING_LABELS[request.groupBy],
      orphaned: lost.length,
    },
    contents,
    keyArguments,
    whoSaidWhat,
    appendix,
    codebook,
    orphans,
    sources,
    records: resolved.map((r) => recordOf(r, request.includeNotes, codePoints)),
  }
}

/** The tags the included passages use, under their codebook groups, in codebook order. */
function layoutCodebook(
  resolved: readonly ResolvedAnnotation[],
  tags: readonly Tag[],
  anchor: string,
): CodebookSection {
  const groups: CodebookSection['groups'] = []
  for (const tag of tags) {
    const n = resolved.filter((r) => r.tags.some((x) => x.id === tag.id)).length
    if (n === 0) continue
    let group = groups.find((g) => g.name === tag.group)
    if (!group) groups.push((group = { name: tag.group, tags: [] }))
    group.tags.push({ tag: tagLabel(tag), description: tag.description, count: n })
  }
  return { anchor, title: 'Codebook', groups }
}

/**
 * Converts an offset in an article's text from UTF-16 units (Briefpack's own, as JavaScript
 * counts) to code points, as a W3C TextPositionSelector counts them (and Python or R would): each
 * astral character before it (an emoji, say) is two units but one code point. Each article's
 * surrogate pairs are found once, so a long article with many highlights costs one pass.
 */
function codePointCounter(): (article: Article, offset: number) => number {
  const pairEnds = new Map<string, number[]>()
  return (article, offset) => {
    let ends = pairEnds.get(article.id)
    if (!ends) {
      ends = []
      for (const match of article.text.matchAll(/[\u{10000}-\u{10FFFF}]/gu)) {
        ends.push(match.index + 2)
      }
      pairEnds.set(article.id, ends)
    }
    return offset - partitionPoint(ends, (end) => end <= offset)
  }
}

function recordOf(
  r: ResolvedAnnotation,
  includeNotes: boolean,
  codePoints: (article: Article, offset: number) => number,
): AnnotationRecord {
  const { annotation, article, placement } = r
  // Describe the passage where the pack shows it. An orphan keeps the quote it was saved with,
  // but not its old offsets: in today's text they would select other words.
  const selectors =
    placement.status === 'anchored'
      ? describeSpan(article.text, placement.start, placement.end)
      : { quote: annotation.target.quote, position: null }
  return {
    id: annotation.id,
    articleId: article.id,
    articleTitle: article.title,
    publication: article.publication,
    status: placement.status,
    quote: {
      exact: selectors.quote.exact,
      prefix: selectors.quote.prefix,
      suffix: selectors.quote.suffix,
    },
    position: selectors.position && {
      start: codePoints(article, selectors.position.start),
      end: codePoints(article, selectors.position.end),
    },
    speech: placement.status === 'anchored' ? placement.speech.kind : null,
    duplicateIds: r.duplicateIds,
    part: r.part,
    paragraphs:
      placement.status === 'anchored' && placement.from !== null
        ? { from: placement.from, to: placement.to ?? placement.from }
        : null,
    speaker: r.speaker,
    tags: r.tags.map((t) => ({ id: t.id, name: t.name, group: t.group })),
    colour: annotation.colour,
    note: includeNotes ? annotation.note : '',
    createdAt: annotation.createdAt,
    updatedAt: annotation.updatedAt,
  }
}
