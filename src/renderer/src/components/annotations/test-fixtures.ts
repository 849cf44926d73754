import type { Speech } from '../../../../shared/annotations/speech'
import type { AnnotationView } from '../../annotations/annotation-view'
import type { Annotation, AnnotationId, HighlightColour } from '../../../../shared/model/annotation'
import type { ArticleId } from '../../../../shared/model/article'
import type { Tag, TagId } from '../../../../shared/model/tag'

/** A tag for tests. */
export const testTag = (id: string, group = 'Role', colour = '#d1495b'): Tag => ({
  id: id as TagId,
  name: id.charAt(0).toUpperCase() + id.slice(1),
  colour,
  description: '',
  group,
})

/** An annotation for tests: only what the helpers read is meaningful. */
export const testAnnotation = (
  id: string,
  tagIds: string[] = [],
  colour: HighlightColour = 'yellow',
): Annotation => ({
  id: id as AnnotationId,
  target: {
    articleId: 'a1' as ArticleId,
    contentHash: 'h',
    quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
  },
  colour,
  tagIds: tagIds as TagId[],
  speaker: null,
  note: '',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
})

/** The speech of a placed test passage: the reporter's own words. */
export const NARRATION: Speech = {
  kind: 'narration',
  speakerId: null,
  speakerIds: [],
  parts: [],
  includesLabel: false,
}

/** A view for tests, anchored in paragraph 1 unless told otherwise. */
export const testView = (
  id: string,
  speaker: string | null = null,
  over: Partial<AnnotationView> = {},
): AnnotationView => ({
  annotation: testAnnotation(id),
  article: { id: 'a1' as ArticleId, title: 'Article', publication: 'P' },
  placement: { status: 'anchored', start: 0, end: 5, from: 1, to: 1, speech: NARRATION },
  quote: 'words',
  tags: [],
  speaker: speaker ? { name: speaker, role: null } : null,
  ...over,
})
