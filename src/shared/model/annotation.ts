import type { ArticleId, SpeakerId } from './article'
import type { Brand } from './brand'
import type { TagId } from './tag'

export type AnnotationId = Brand<string, 'AnnotationId'>
export type StudentSpeakerId = Brand<string, 'StudentSpeakerId'>

/** The five highlight colours; the student gives each a meaning of their own. */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number]

/** W3C Web Annotation TextQuoteSelector: the words, with about 32 characters either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** W3C Web Annotation TextPositionSelector: offsets into the article's normalised text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** Where an annotation belongs: the article, the text it was made against, and two selectors. */
export interface AnnotationTarget {
  articleId: ArticleId
  /** `Article.contentHash` when the annotation was made: if it still matches, position is enough. */
  contentHash: string
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/** Who said the highlighted words: a speaker the article names, one the student added, or nobody. */
export type SpeakerRef =
  { source: 'article'; id: SpeakerId } | { source: 'student'; id: StudentSpeakerId }

/** A speaker the student added (someone the article does not attribute, or a correction). */
export interface StudentSpeaker {
  id: StudentSpeakerId
  name: string
  role: string
}

export interface Annotation {
  id: AnnotationId
  target: AnnotationTarget
  colour: HighlightColour
  tagIds: TagId[]
  speaker: SpeakerRef | null
  /** Plain text; line breaks kept. */
  note: string
  /** ISO 8601, stamped by main. */
  createdAt: string
  updatedAt: string
}

/** What the renderer sends to create an annotation; main stamps the times. */
export interface AnnotationDraft {
  /**
   * A UUID the page proposes, so that changes it queues while the host is away can name the new
   * highlight, and a create sent twice makes one highlight. Main stamps one when it is absent.
   */
  id?: AnnotationId
  target: AnnotationTarget
  colour: HighlightColour
  tagIds: TagId[]
  speaker: SpeakerRef | null
  note: string
}

/** A speaker to add, with the UUID the page proposes for it (see `AnnotationDraft.id`). */
export type StudentSpeakerDraft = Omit<StudentSpeaker, 'id'> & { id?: StudentSpeakerId }

/** The fields a student can change on an annotation. */
export type AnnotationPatch = Partial<Pick<Annotation, 'colour' | 'tagIds' | 'speaker' | 'note'>>
