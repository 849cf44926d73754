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

// Schemas of the model's parts, shared by the contract's validation (untrusted calls) and the
// store's (the file on disk), so that what may be sent and what may be kept cannot drift apart.

/** Ids are short and plain: never a path, never markup. */
const id = <T>() =>
  v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9_-]{1,100}$/, 'That is not a valid id.'),
    v.transform((s) => s as T),
  )

export const ArticleIdSchema = v.pipe(
  v.string('An article id must be text.'),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'That is not a valid article id.'),
  v.transform((s) => s as ArticleId),
)
export const AnnotationIdSchema = id<AnnotationId>()
export const TagIdSchema = id<TagId>()
export const SpeakerIdSchema = id<SpeakerId>()
export const StudentSpeakerIdSchema = id<StudentSpeakerId>()

/** Longest passage one highlight may hold: far beyond any real article's paragraph. */
export const MAX_QUOTE_LENGTH = 50_000
export const MAX_NOTE_LENGTH = 100_000

export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(
    v.string(),
    v.minLength(1, 'A highlight needs some text.'),
    v.maxLength(MAX_QUOTE_LENGTH),
  ),
  prefix: v.pipe(v.string(), v.maxLength(200)),
  suffix: v.pipe(v.string(), v.maxLength(200)),
}) satisfies v.GenericSchema<unknown, TextQuoteSelector>

const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000_000))

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

export const TagIdsSchema = v.pipe(v.array(TagIdSchema), v.maxLength(100, 'Too many tags.'))
export const NoteSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_NOTE_LENGTH, 'A note can hold up to 100,000 characters.'),
)

export const TagNameSchema = v.pipe(
  v.string(),
  v.minLength(1, 'A tag needs a name.'),
  v.maxLength(80, 'A tag name can be up to 80 characters.'),
)
export const TagColourSchema = v.pipe(
  v.string(),
  v.regex(/^#[0-9a-fA-F]{6}$/, 'A tag colour is written #rrggbb.'),
)
export const TagDescriptionSchema = v.pipe(v.string(), v.maxLength(2000))
export const TagGroupSchema = v.pipe(v.string(), v.maxLength(80))

export const SpeakerNameSchema = v.pipe(
  v.string(),
  v.minLength(1, 'A speaker needs a name.'),
  v.maxLength(120),
)
export const SpeakerRoleSchema = v.pipe(v.string(), v.maxLength(200))
