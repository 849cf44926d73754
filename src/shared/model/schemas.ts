import * as v from 'valibot'
import { HIGHLIGHT_COLOURS } from './annotation'
import type {
  AnnotationId,
  AnnotationTarget,
  SpeakerRef,
  StudentSpeakerId,
  TextPositionSelector,
  TextQuoteSelector,
} from './annotation'
import type { ArticleId, SpeakerId } from './article'
import type { TagId } from './tag'
import {
  MAX_ID_LENGTH,
  MAX_ARTICLE_ID_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_QUOTE_CONTEXT_LENGTH,
  MAX_OFFSET,
  MAX_NOTE_LENGTH,
  MAX_TAGS_PER_ANNOTATION,
  MAX_TAG_NAME_LENGTH,
  MAX_TAG_DESCRIPTION_LENGTH,
  MAX_TAG_GROUP_LENGTH,
  MAX_SPEAKER_NAME_LENGTH,
  MAX_SPEAKER_ROLE_LENGTH,
  TAG_COLOUR_PATTERN,
} from './limits'

// Schemas of the model's parts, used by the contract's validation (untrusted calls). The store's
// schema (src/main/store/schema.ts) is looser, so that older files always load, but it takes its
// limits from the same constants (limits.ts), so that whatever a call may send can always be kept.

/** Ids are short and plain: never a path, never markup. */
const id = <T>() =>
  v.pipe(
    v.string(),
    v.regex(new RegExp(`^[A-Za-z0-9_-]{1,${MAX_ID_LENGTH}}$`), 'That is not a valid id.'),
    v.transform((s) => s as T),
  )

/**
 * The id a page proposes for a record it creates: a UUID as `crypto.randomUUID()` makes it, so
 * that ids a page makes up can never take the form of the codebook's own (`role-claim`).
 */
export const proposedId = <T>() =>
  v.pipe(
    v.string(),
    v.regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      'A new record’s id must be a UUID.',
    ),
    v.transform((s) => s as T),
  )

export const ArticleIdSchema = v.pipe(
  v.string('An article id must be text.'),
  v.regex(
    new RegExp(`^[A-Za-z0-9_-]{1,${MAX_ARTICLE_ID_LENGTH}}$`),
    'That is not a valid article id.',
  ),
  v.transform((s) => s as ArticleId),
)
export const AnnotationIdSchema = id<AnnotationId>()
export const TagIdSchema = id<TagId>()
export const SpeakerIdSchema = id<SpeakerId>()
export const StudentSpeakerIdSchema = id<StudentSpeakerId>()

export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(
    v.string(),
    v.minLength(1, 'A highlight needs some text.'),
    v.maxLength(MAX_QUOTE_LENGTH),
  ),
  prefix: v.pipe(v.string(), v.maxLength(MAX_QUOTE_CONTEXT_LENGTH)),
  suffix: v.pipe(v.string(), v.maxLength(MAX_QUOTE_CONTEXT_LENGTH)),
}) satisfies v.GenericSchema<unknown, TextQuoteSelector>

const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_OFFSET))

export const TextPositionSelectorSchema = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.start < p.end, 'A highlight must end after it starts.'),
) satisfies v.GenericSchema<unknown, TextPositionSelector>

export const AnnotationTargetSchema = v.strictObject({
  articleId: ArticleIdSchema,
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'That is not a content hash.')),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
}) satisfies v.GenericSchema<unknown, AnnotationTarget>

export const HighlightColourSchema = v.picklist(
  HIGHLIGHT_COLOURS,
  'That is not a highlight colour.',
)

export const SpeakerRefSchema = v.variant('source', [
  v.strictObject({ source: v.literal('article'), id: SpeakerIdSchema }),
  v.strictObject({ source: v.literal('student'), id: StudentSpeakerIdSchema }),
]) satisfies v.GenericSchema<unknown, SpeakerRef>

export const TagIdsSchema = v.pipe(
  v.array(TagIdSchema),
  v.maxLength(MAX_TAGS_PER_ANNOTATION, 'Too many tags.'),
)
export const NoteSchema = v.pipe(
  v.string(),
  v.maxLength(
    MAX_NOTE_LENGTH,
    `A note can hold up to ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`,
  ),
)

export const TagNameSchema = v.pipe(
  v.string(),
  v.minLength(1, 'A tag needs a name.'),
  v.maxLength(MAX_TAG_NAME_LENGTH, `A tag name can be up to ${MAX_TAG_NAME_LENGTH} characters.`),
)
export const TagColourSchema = v.pipe(
  v.string(),
  v.regex(TAG_COLOUR_PATTERN, 'A tag colour is written #rrggbb.'),
)
export const TagDescriptionSchema = v.pipe(v.string(), v.maxLength(MAX_TAG_DESCRIPTION_LENGTH))
export const TagGroupSchema = v.pipe(v.string(), v.maxLength(MAX_TAG_GROUP_LENGTH))

export const SpeakerNameSchema = v.pipe(
  v.string(),
  v.minLength(1, 'A speaker needs a name.'),
  v.maxLength(MAX_SPEAKER_NAME_LENGTH),
)
export const SpeakerRoleSchema = v.pipe(v.string(), v.maxLength(MAX_SPEAKER_ROLE_LENGTH))
