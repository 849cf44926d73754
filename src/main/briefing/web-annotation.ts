import type { AnnotationRecord } from './briefing-document'
import { HIGHLIGHT } from './render-theme'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

const COLLECTION_IRI = 'urn:briefpack:briefing-pack'

const SPEECH_CLASSES = {
  direct: 'direct speech',
  reported: 'reported speech',
  narration: 'narration',
  mixed: 'mixed speech',
} as const

const ORPHAN_DESCRIPTION = 'The saved words are no longer found in the article’s current text.'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu

/** An IRI for an annotation: a UUID as a `urn:uuid:`, any other id under Briefpack's own URN. */
export function annotationIri(id: string): string {
  return UUID.test(id)
    ? `urn:uuid:${id.toLowerCase()}`
    : `urn:briefpack:annotation:${encodeURIComponent(id)}`
}

/** The IRI an article is known by: Briefpack keeps no web address for it, so a URN of its id. */
export function articleIri(articleId: string): string {
  return `urn:briefpack:article:${encodeURIComponent(articleId)}`
}

/**
 * The included annotations as a W3C Web Annotation collection of one page (JSON-LD,
 * https://www.w3.org/TR/annotation-model/): each a TextQuoteSelector and a TextPositionSelector
 * (in code points) on the article, the note as a commenting TextualBody, each tag as a tagging
 * body, the speaker as an identifying body, and the highlight colour as a CSS style class, so
 * another annotator (or Briefpack) can read them back.
 */
export function annotationsJsonLd(
  records: readonly AnnotationRecord[],
  pack: { title: string; author: string },
): string {
  const items = records.map((r) => {
    const body: Record<string, string>[] = []
    if (r.note.trim()) {
      body.push({ type: 'TextualBody', purpose: 'commenting', value: r.note, format: 'text/plain' })
    }
    for (const tag of r.tags)
      body.push({ type: 'TextualBody', purpose: 'tagging', value: tag.name })
    if (r.speaker) body.push({ type: 'TextualBody', purpose: 'identifying', value: r.speaker.name })
    // Whose words the passage is, as a classification another annotator can read: "direct
    // speech", "reported speech", "narration" or "mixed speech".
    if (r.speech) {
      body.push({ type: 'TextualBody', purpose: 'classifying', value: SPEECH_CLASSES[r.speech] })
    }
    // Why an orphan has no position, for a reader that shows it; and a body where it would have
    // none, which readers such as Recogito need (they take a missing body for one undefined).
    if (r.status === 'orphaned') {
      body.push({ type: 'TextualBody', purpose: 'describing', value: ORPHAN_DESCRIPTION })
    }
    // An orphan's saved offsets select other words in today's text: it keeps only its quote.
    // Positions count code points, as the model says (the record's are already so).
    const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', ...r.quote }]
    if (r.position) selector.push({ type: 'TextPositionSelector', ...r.position })
    return {
      // A highlight quoted in parts (one per speaker) is one annotation per part.
      id: annotationIri(r.id) + (r.part ? `#part-${r.part.index}` : ''),
      type: 'Annotation',
      motivation: r.note.trim() ? 'commenting' : 'highlighting',
      created: r.createdAt,
      modified: r.updatedAt,
      ...(pack.author ? { creator: { type: 'Person', name: pack.author } } : {}),
      // Never empty for a pack's record (a placed passage has a speech kind, an orphan says it is
      // one); if it were, no `body` at all: the W3C MUST tests refuse an empty list.
      ...(body.length > 0 ? { body } : {}),
      stylesheet: {
        type: 'CssStylesheet',
        value: `.${r.colour} { background-color: ${HIGHLIGHT[r.colour].wash}; }`,
      },
      target: {
        source: articleIri(r.articleId),
        styleClass: r.colour,
        selector,
      },
    }
  })
  const collection = {
    '@context': ANNO_CONTEXT,
    id: COLLECTION_IRI,
    type: 'AnnotationCollection',
    label: pack.title,
    total: items.length,
    // A page needs an id of its own (model 5.2; the W3C MUST tests check it). It names no
    // `partOf`: it sits inside its collection, and the W3C tests refuse the plain IRI the model
    // allows there.
    first: { id: `${COLLECTION_IRI}:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  }
  return `${JSON.stringify(collection, null, 2)}\n`
}
