import type { Brand } from './brand'

/** The file stem of a bundled article, e.g. `000_3c475a4ad3004cc5`. */
export type ArticleId = Brand<string, 'ArticleId'>
/** Unique within one article: a slug of the speaker's name or role, e.g. `julia-ross`. */
export type SpeakerId = Brand<string, 'SpeakerId'>

export type ArticleKind = 'expert-comment' | 'news-report'

export const ARTICLE_KIND_LABELS: Record<ArticleKind, string> = {
  'expert-comment': 'Round-up of expert comment',
  'news-report': 'News report',
}

/** What sits beside each bundled article's text as `<id>.json`. Nothing here is invented. */
export interface ArticleMetadata {
  title: string
  publication: string
  kind: ArticleKind
  /** What an editor knows of the article's speakers that its text cannot show. */
  speakerHints?: SpeakerHint[]
}

/** An editor's note on one speaker, by name as the article gives it. */
export interface SpeakerHint {
  name: string
  /** The source cuts the role off where its shape cannot tell ("…, National Youth"). */
  roleCutOff?: boolean
}

/**
 * A block of the article body. `start`/`end` are offsets into `Article.text` (end exclusive).
 * Paragraphs are numbered from 1 for citation; a `speaker-line` ("Name, role" introducing a quote
 * in a round-up) is article text too but takes no number.
 */
export interface Block {
  kind: 'paragraph' | 'speaker-line'
  number: number | null
  start: number
  end: number
  /** The source breaks off mid-sentence at the end of this paragraph (never set on a byline). */
  cutOff: boolean
}

/**
 * Someone the article reports as speaking. `name` is null for a speaker named by role only
 * ("the council's chief executive"); `role` is as written in the article, cut-offs included.
 */
export interface Speaker {
  id: SpeakerId
  name: string | null
  role: string | null
  kind: 'person' | 'organisation'
  /** The source breaks off in the middle of the role ("chief executive, Baaf Adoption and"). */
  roleCutOff: boolean
}

/** A span of `Article.text` that the article attributes to a speaker. */
export interface Attribution {
  speakerId: SpeakerId
  start: number
  end: number
  /**
   * `direct`: the speaker's words in quotation marks; `reported`: what the reporter says the
   * speaker said, without the reporter's framing ("Farrant said"), which is narration.
   */
  mode: 'direct' | 'reported'
}

export interface Article {
  id: ArticleId
  title: string
  publication: string
  kind: ArticleKind
  /** The normalised body text annotations anchor to: blocks joined by a blank line ("\n\n"). */
  text: string
  blocks: Block[]
  speakers: Speaker[]
  attributions: Attribution[]
  /** SHA-256 of `text`, lowercase hex: tells annotations whether the text they anchored to changed. */
  contentHash: string
  wordCount: number
}

/** What the library lists: enough to choose an article, without its text. */
export interface ArticleSummary {
  id: ArticleId
  title: string
  publication: string
  kind: ArticleKind
  wordCount: number
  paragraphCount: number
  speakers: Speaker[]
}

/**
 * How a speaker is named in the UI: the name, or, for someone named by role only, the role as
 * written with its first letter raised ("the council’s chief executive" heads a list as "The …").
 */
export function speakerLabel(speaker: Pick<Speaker, 'name' | 'role'>): string {
  if (speaker.name) return speaker.name
  if (!speaker.role) return 'Unknown speaker'
  return speaker.role.charAt(0).toUpperCase() + speaker.role.slice(1)
}

/** Where the source breaks off, as Briefpack marks it: after a cut-off role or paragraph. */
export const CUT_OFF_MARK = '[…]'

/** A speaker's role as shown: as written, and marked where the source breaks off inside it. */
export function roleAsShown(speaker: Pick<Speaker, 'role' | 'roleCutOff'>): string | null {
  if (!speaker.role) return null
  return speaker.roleCutOff ? `${speaker.role} ${CUT_OFF_MARK}` : speaker.role
}
