import type { PassageKind } from '../../shared/annotations/speech'
import type { AnnotationId, HighlightColour } from '../../shared/model/annotation'
import type { ArticleId } from '../../shared/model/article'
import type { TagId } from '../../shared/model/tag'
import type { BriefingGrouping } from './briefing-request'

/**
 * A briefing pack as plain data: everything the PDF shows, already chosen, ordered and worded,
 * so that the renderer only draws it and tests can check content without reading a PDF.
 * Anchors (`anchor` fields) name the places links and the outline jump to.
 */
export interface BriefingDocument {
  meta: BriefingMeta
  cover: Cover
  /** The contents page and the PDF outline, in order: level 1 sections, level 2 groups. */
  contents: ContentsEntry[]
  keyArguments: KeyArguments
  whoSaidWhat: WhoSaidWhat
  /** Null when the request leaves the annotated articles out. */
  appendix: AppendixSection | null
  /** Null when the request leaves the codebook out. */
  codebook: CodebookSection | null
  /** Highlights that lost their place in their article's text; null when there are none. */
  orphans: OrphansSection | null
  sources: SourcesSection
  /** The included annotations as data, for the attachments (JSON-LD and CSV). */
  records: AnnotationRecord[]
}

export interface BriefingMeta {
  title: string
  author: string
  /** ISO day. */
  date: string
  subject: string
  keywords: string[]
}

export interface Cover {
  title: string
  author: string
  /** The date as a reader writes it: "14 March 2025". */
  dateLabel: string
  articles: { title: string; publication: string }[]
  counts: { quotes: number; speakers: number; tags: number }
  /** How the key arguments are grouped, in words: "Grouped by argument tag". */
  groupingLabel: string
  /** Included annotations whose passage is no longer found in the article's text. */
  orphaned: number
}

export interface ContentsEntry {
  anchor: string
  title: string
  level: 1 | 2
  /** How many entries the section holds, where that is worth saying. */
  count: number | null
}

/**
 * A highlighted passage as printed: `open + (…) + text + (…) + close`, `text` verbatim. Only a
 * direct quotation is put in quotation marks; any other passage gets at most the half of a mark
 * that its own words leave open where the highlight cuts a quotation.
 */
export interface Passage {
  /** The article's words exactly, white space at the edges trimmed. May hold "\n\n" breaks. */
  text: string
  /**
   * Whose words: a direct quotation, reported speech, narration, a mix of them, or `unplaced`
   * words saved with a highlight that are no longer found in the article.
   */
  kind: PassageKind | 'unplaced'
  /** A quotation mark to add before, or '' when the passage brings its own or is no quotation. */
  open: string
  close: string
  /** The highlight starts (ends) inside a sentence, so the quote shows an ellipsis there. */
  leadingEllipsis: boolean
  trailingEllipsis: boolean
}

export interface TagLabel {
  id: TagId
  name: string
  /** `#rrggbb`. */
  colour: string
}

export interface SpeakerLabel {
  name: string
  role: string | null
}

export interface Citation {
  articleId: ArticleId
  articleTitle: string
  publication: string
  /** First and last numbered paragraph the passage falls in; null for an orphaned annotation. */
  paragraphs: { from: number; to: number } | null
  /** The citation as printed: "Behind the headlines, Community Care, ¶ 3". */
  label: string
}

/** One quoted passage under a key-argument group. */
export interface Entry {
  /** Unique within the document (an annotation under two tags has two entries). */
  anchor: string
  annotationId: AnnotationId
  passage: Passage
  /** What the passage is, said before it when it is not a direct quotation ("Reported speech"). */
  speechLabel: string | null
  speaker: SpeakerLabel | null
  /**
   * Set when one highlight held several speakers' words (made before Briefpack kept each
   * highlight to one speaker): it is printed as one entry per speaker, numbered.
   */
  part: { index: number; of: number } | null
  citation: Citation
  tags: TagLabel[]
  /** Null when empty or when the request leaves notes out. */
  note: string | null
  colour: HighlightColour
  /** Set when the passage is no longer found in the article: printed as saved, and flagged. */
  orphaned: { reason: string } | null
}

export interface EntryGroup {
  anchor: string
  title: string
  /** A line under the group's heading: the tag's description, the speaker's role… */
  subtitle: string | null
  /** The tag's colour when grouped by tag. */
  colour: string | null
  entries: Entry[]
}

export interface KeyArguments {
  anchor: string
  title: string
  groupBy: BriefingGrouping
  groups: EntryGroup[]
}

export interface WhoSaidWhat {
  anchor: string
  title: string
  /** The stance tags counted, or, when no stance tag is in use, the tags used most. */
  columns: TagLabel[]
  columnsAre: 'stances' | 'tags'
  rows: SpeakerRow[]
  /** "Of 12 quoted passages, 5 are for integration, 4 against or sceptical, 3 neutral." */
  balance: string
}

export interface SpeakerRow {
  speaker: SpeakerLabel
  /** Passages of this speaker carrying each column's tag, in column order. */
  counts: number[]
  /** All this speaker's included passages. */
  total: number
  /** Their first tagged passage in reading order, shortened to a few lines; null if none. */
  firstClaim: {
    passage: Passage
    /** As on its entry: what the passage is when it is not a direct quotation. */
    speechLabel: string | null
    citation: string
    entryAnchor: string
  } | null
}

export interface AppendixSection {
  anchor: string
  title: string
  /** Where the highlights that lost their place are listed, if any did. */
  orphansAnchor: string | null
  articles: AppendixArticle[]
}

export interface AppendixArticle {
  anchor: string
  articleId: ArticleId
  title: string
  publication: string
  kindLabel: string
  blocks: AppendixBlock[]
  /** Numbered from 1 within the article, in reading order. */
  notes: AppendixNote[]
  /** Highlights drawn in it, each counted once however many paragraphs it covers. */
  highlightCount: number
  /** Highlights of this article that lost their place (listed in the orphans section). */
  orphanCount: number
}

export interface AppendixBlock {
  kind: 'paragraph' | 'speaker-line'
  number: number | null
  text: string
  /** The source breaks off mid-sentence here: the pack says so, as the reader does. */
  cutOff: boolean
  /** Offsets into `text`; may overlap; sorted by start. */
  highlights: AppendixHighlight[]
}

export interface AppendixHighlight {
  annotationId: AnnotationId
  start: number
  end: number
  colour: HighlightColour
  /** The note's number, on the block where the highlight ends; null if no note (or not here). */
  noteNumber: number | null
  /** What a PDF reader's comment panel shows: the note, else the tags. */
  comment: string
  tags: string[]
  /** ISO 8601. */
  updatedAt: string
}

export interface AppendixNote {
  number: number
  annotationId: AnnotationId
  text: string
}

export interface CodebookSection {
  anchor: string
  title: string
  groups: { name: string; tags: { tag: TagLabel; description: string; count: number }[] }[]
}

/** Highlights whose words are no longer found in their article, listed as they were saved. */
export interface OrphansSection {
  anchor: string
  title: string
  entries: Entry[]
}

export interface SourcesSection {
  anchor: string
  title: string
  sources: {
    articleId: ArticleId
    title: string
    publication: string
    kindLabel: string
    quotes: number
  }[]
}

/** An included annotation as data: what the JSON-LD and CSV attachments are made from. */
export interface AnnotationRecord {
  id: AnnotationId
  articleId: ArticleId
  articleTitle: string
  publication: string
  status: 'anchored' | 'orphaned'
  /** The quote selector: against the article's current text, or as saved for an orphan. */
  quote: { exact: string; prefix: string; suffix: string }
  /**
   * Where the words are in the current text, in code points as a W3C TextPositionSelector counts
   * (not the UTF-16 units Briefpack stores); null for an orphan, whose old offsets mislead.
   */
  position: { start: number; end: number } | null
  /** Whose words, for a placed passage; null for an orphan (its words are not in the text). */
  speech: PassageKind | null
  /** Other highlights over exactly the same words, merged into this record. */
  duplicateIds: AnnotationId[]
  /** Which speaker's part of a highlight over several speakers' words this record is. */
  part: { index: number; of: number } | null
  paragraphs: { from: number; to: number } | null
  speaker: SpeakerLabel | null
  tags: { id: TagId; name: string; group: string }[]
  colour: HighlightColour
  note: string
  createdAt: string
  updatedAt: string
}
