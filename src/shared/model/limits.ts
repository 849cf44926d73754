// The limits of what a student's records may hold, in one place with no dependencies: the
// contract's schemas (schemas.ts) enforce them, the store's schema never falls below them, and the
// renderer's fields stop typing at them.

// Lengths count UTF-16 code units (`string.length`), as valibot's length actions and the store do.
/** Longest id of a record or speaker: ours are short slugs or UUIDs. */
export const MAX_ID_LENGTH = 100
/** Longest article id: a bundled article's file stem. */
export const MAX_ARTICLE_ID_LENGTH = 64
/** Longest passage one highlight may hold: far beyond any real article's paragraph. */
export const MAX_QUOTE_LENGTH = 50_000
/** Longest prefix or suffix of a quote selector (about 32 characters are sent). */
export const MAX_QUOTE_CONTEXT_LENGTH = 200
/** Largest offset of a position selector. */
export const MAX_OFFSET = 100_000_000
/** Longest note: about 40 pages of prose, far beyond a margin note, short of a runaway paste. */
export const MAX_NOTE_LENGTH = 100_000
/** Most tags one highlight may carry. */
export const MAX_TAGS_PER_ANNOTATION = 100
export const MAX_TAG_NAME_LENGTH = 80
export const MAX_TAG_DESCRIPTION_LENGTH = 2_000
export const MAX_TAG_GROUP_LENGTH = 80
export const MAX_SPEAKER_NAME_LENGTH = 120
export const MAX_SPEAKER_ROLE_LENGTH = 200
/** A tag's colour, `#rrggbb`. */
export const TAG_COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/
