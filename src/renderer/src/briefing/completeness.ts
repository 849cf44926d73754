import type { Annotation, AnnotationId } from '../../../shared/model/annotation'
import type { ArticleId } from '../../../shared/model/article'
import type { BriefingWarning } from '../../../shared/model/briefing'
import { routeHref } from '../route'

export type CheckKind = BriefingWarning['kind']

/** One thing to look at, with where to fix it. */
export interface CheckItem {
  key: string
  /** Highlights to merge into the first, offered beside the item; null if nothing to merge. */
  merge: { keepId: AnnotationId; otherIds: AnnotationId[] } | null
  /** The link's text: the quote, the tag's name, the character. */
  label: string
  /** More about the item, shown after the link (where the character is used). */
  detail: string | null
  href: string | null
}

/** A heading of the completeness check and what falls under it. */
export interface CheckGroup {
  kind: CheckKind
  title: string
  /** Why it matters and how to fix it, in a sentence. */
  advice: string
  items: CheckItem[]
}

/** The check's headings in the order shown, with their advice. */
export const CHECK_GROUPS: readonly { kind: CheckKind; title: string; advice: string }[] = [
  {
    kind: 'untagged',
    title: 'Highlights with no tag',
    advice: 'The pack cannot say what part they play in the argument. Open each and tag it.',
  },
  {
    kind: 'no-speaker',
    title: 'Quotes with no speaker',
    advice: 'The pack cannot say who said them. Open each and choose a speaker.',
  },
  {
    kind: 'undescribed-tag',
    title: 'Tags with no description',
    advice:
      'A reader of the pack will not know what they stand for. Describe them in the codebook.',
  },
  {
    kind: 'duplicate',
    title: 'Highlights over the same words',
    advice:
      'The pack counts the same words once. Merge them into one highlight that keeps every tag and note.',
  },
  {
    kind: 'orphaned',
    title: 'Orphaned highlights',
    advice: 'The article’s text changed and they no longer fit it. Open each to check it.',
  },
  {
    kind: 'missing-glyphs',
    title: 'Characters the PDF fonts lack',
    advice: 'They would print as blanks. Change the notes that use them.',
  },
]

// Long quotes are cut at a word so the list stays scannable; the link leads to the whole.
const MAX_QUOTE = 90

/**
 * A quote short enough to list, in quotation marks; cut at a word with an ellipsis if long. Words
 * that hold double quotation marks of their own are set in single ones, as British style nests
 * them, so no mark is doubled ("“…individual.””").
 */
export function shortQuote(quote: string, max = MAX_QUOTE): string {
  const text = quote.replace(/\s+/g, ' ').trim()
  const [open, close] = /[“”"]/u.test(text) ? ['‘', '’'] : ['“', '”']
  if (text.length <= max) return `${open}${text}${close}`
  const cut = text.slice(0, max)
  const atWord = cut.lastIndexOf(' ')
  return `${open}${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.]+$/, '')}…${close}`
}

/** "“→” (U+2192)": a character named unambiguously, since the font may not show it. */
export function describeCharacter(character: string): string {
  const points = [...character].map(
    (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  )
  return `“${character}” (${points.join(' ')})`
}

const highlightHref = (articleId: ArticleId, annotationId: AnnotationId) =>
  routeHref({ name: 'article', id: articleId, focus: annotationId })

/**
 * The notes that use a character, as links: the warning names only the character, but the
 * student needs to find where it is. The first note using it is linked; the rest are counted.
 */
function glyphItem(character: string, annotations: readonly Annotation[]): CheckItem {
  const users = annotations.filter((a) => a.note.includes(character))
  const first = users[0]
  const label = describeCharacter(character)
  const key = `missing-glyphs:${character}`
  if (!first) {
    return { key, label, detail: 'in the title, author or a quote', href: null, merge: null }
  }
  const more = users.length - 1
  return {
    key,
    label,
    detail: `in the note on ${shortQuote(first.target.quote.exact, 40)}${more > 0 ? ` and ${more} more` : ''}`,
    href: highlightHref(first.target.articleId, first.id),
    merge: null,
  }
}

function itemsOf(warning: BriefingWarning, annotations: readonly Annotation[]): CheckItem[] {
  switch (warning.kind) {
    case 'untagged':
    case 'no-speaker':
    case 'orphaned':
      return [
        {
          key: `${warning.kind}:${warning.annotationId}`,
          label: shortQuote(warning.quote),
          detail: null,
          href: highlightHref(warning.articleId, warning.annotationId),
          merge: null,
        },
      ]
    case 'undescribed-tag':
      return [
        {
          key: `undescribed-tag:${warning.tagId}`,
          label: warning.name,
          detail: null,
          href: routeHref({ name: 'codebook' }),
          merge: null,
        },
      ]
    case 'missing-glyphs':
      return warning.characters.map((c) => glyphItem(c, annotations))
    case 'duplicate': {
      const [keepId, ...otherIds] = warning.annotationIds
      return [
        {
          key: `duplicate:${warning.annotationIds.join(',')}`,
          label: shortQuote(warning.quote),
          detail: warning.exact
            ? `highlighted ${warning.annotationIds.length} times`
            : `${warning.annotationIds.length} highlights over nearly the same words`,
          href: highlightHref(warning.articleId, keepId!),
          merge: { keepId: keepId!, otherIds },
        },
      ]
    }
  }
}

/**
 * The preview's warnings under their headings, in a fixed order, empty headings left out. An item
 * repeated (the same highlight or character twice) is listed once.
 */
export function groupWarnings(
  warnings: readonly BriefingWarning[],
  annotations: readonly Annotation[],
): CheckGroup[] {
  return CHECK_GROUPS.map((group) => {
    const seen = new Set<string>()
    const items = warnings
      .filter((w) => w.kind === group.kind)
      .flatMap((w) => itemsOf(w, annotations))
      .filter((item) => !seen.has(item.key) && seen.add(item.key))
    return { ...group, items }
  }).filter((group) => group.items.length > 0)
}

/** "Nothing weakens this pack." or "3 things could make this pack stronger." */
export function checkSummary(groups: readonly CheckGroup[]): string {
  const count = groups.reduce((sum, g) => sum + g.items.length, 0)
  if (count === 0) return 'Nothing weakens this pack.'
  return `${count} ${count === 1 ? 'thing' : 'things'} could make this pack stronger. None stops you exporting.`
}
