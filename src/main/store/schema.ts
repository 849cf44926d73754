import * as v from 'valibot'
import {
  HIGHLIGHT_COLOURS,
  type Annotation,
  type StudentSpeaker,
} from '../../shared/model/annotation'
import { STORE_VERSION, type StoreData } from '../../shared/model/store-data'
import type { Tag } from '../../shared/model/tag'

/** Longest id we accept: ours are short slugs or UUIDs; anything longer is not one of ours. */
export const MAX_ID_LENGTH = 100
/** Longest note: about 40 pages of prose, far beyond a margin note, short of a runaway paste. */
export const MAX_NOTE_LENGTH = 100_000

/**
 * Text of a bounded length, as one check rather than a minLength/maxLength pipe: a store holds
 * tens of thousands of strings, and each extra pipe action costs about a millisecond per 10,000.
 */
const text = (min: number, max: number, message: string) =>
  v.pipe(
    v.string('must be text'),
    v.check((s: string) => s.length >= min && s.length <= max, message),
  )

const Id = text(1, MAX_ID_LENGTH, `must be 1 to ${MAX_ID_LENGTH} characters`)
// Generous caps: they stop a corrupt or hostile value, not a long quotation.
const NonEmpty = (max: number) => text(1, max, `must be 1 to ${max} characters`)
const UpTo = (max: number) => text(0, max, `must be at most ${max} characters`)
const IsoTime = v.pipe(
  v.string('must be text'),
  v.isoTimestamp('must be an ISO 8601 date and time'),
)
const Colour = v.picklist(HIGHLIGHT_COLOURS, `must be one of ${HIGHLIGHT_COLOURS.join(', ')}`)
const Offset = v.pipe(
  v.number('must be a number'),
  v.check((n: number) => Number.isInteger(n) && n >= 0, 'must be a whole number, 0 or more'),
)

const QuoteSelector = v.strictObject({
  type: v.literal('TextQuoteSelector', 'must be "TextQuoteSelector"'),
  exact: NonEmpty(MAX_NOTE_LENGTH),
  prefix: UpTo(1_000),
  suffix: UpTo(1_000),
})

const PositionSelector = v.pipe(
  v.strictObject({
    type: v.literal('TextPositionSelector', 'must be "TextPositionSelector"'),
    start: Offset,
    end: Offset,
  }),
  v.check((p) => p.start <= p.end, 'start must not be after end'),
)

const SpeakerRef = v.nullable(
  v.variant(
    'source',
    [
      v.strictObject({ source: v.literal('article'), id: Id }),
      v.strictObject({ source: v.literal('student'), id: Id }),
    ],
    'must be an article or student speaker',
  ),
)

const AnnotationSchema = v.strictObject({
  id: Id,
  target: v.strictObject({
    articleId: Id,
    contentHash: NonEmpty(200),
    quote: QuoteSelector,
    position: PositionSelector,
  }),
  colour: Colour,
  tagIds: v.array(Id, 'must be a list'),
  speaker: SpeakerRef,
  note: UpTo(MAX_NOTE_LENGTH),
  createdAt: IsoTime,
  updatedAt: IsoTime,
})

const TagSchema = v.strictObject({
  id: Id,
  name: NonEmpty(100),
  colour: v.pipe(v.string('must be text'), v.regex(/^#[0-9a-fA-F]{6}$/, 'must be #rrggbb')),
  description: UpTo(2_000),
  // May be empty: a tag the student has not put under any heading.
  group: UpTo(100),
})

const SpeakerSchema = v.strictObject({
  id: Id,
  name: NonEmpty(200),
  role: UpTo(200),
})

/**
 * Cross-record rules a per-field schema cannot express: ids are unique and every reference
 * resolves. Plain loops with Sets keep this linear in the number of annotations.
 */
function findReferenceProblem(data: v.InferOutput<typeof ShapeSchema>): string | null {
  const tagIds = new Set<string>()
  for (const [i, tag] of data.tags.entries()) {
    if (tagIds.has(tag.id)) return `tags[${i}].id: "${tag.id}" is used by two tags`
    tagIds.add(tag.id)
  }
  const speakerIds = new Set<string>()
  for (const [i, speaker] of data.speakers.entries()) {
    if (speakerIds.has(speaker.id)) {
      return `speakers[${i}].id: "${speaker.id}" is used by two speakers`
    }
    speakerIds.add(speaker.id)
  }
  const annotationIds = new Set<string>()
  for (const [i, a] of data.annotations.entries()) {
    if (annotationIds.has(a.id)) return `annotations[${i}].id: "${a.id}" is used by two annotations`
    annotationIds.add(a.id)
    for (const [j, tagId] of a.tagIds.entries()) {
      if (!tagIds.has(tagId)) {
        return `annotations[${i}].tagIds[${j}]: refers to tag "${tagId}", which does not exist`
      }
      if (a.tagIds.indexOf(tagId) !== j) {
        return `annotations[${i}].tagIds[${j}]: lists tag "${tagId}" twice`
      }
    }
    if (a.speaker?.source === 'student' && !speakerIds.has(a.speaker.id)) {
      return `annotations[${i}].speaker.id: refers to speaker "${a.speaker.id}", which does not exist`
    }
  }
  return null
}

const ShapeSchema = v.strictObject({
  version: v.literal(STORE_VERSION, `must be ${STORE_VERSION}`),
  annotations: v.array(AnnotationSchema, 'must be a list'),
  tags: v.array(TagSchema, 'must be a list'),
  speakers: v.array(SpeakerSchema, 'must be a list'),
  preferences: v.strictObject({ lastColour: Colour }),
})

/** StoreData version 1, field by field and across records. The one definition of a valid store. */
export const StoreDataSchema = v.pipe(
  ShapeSchema,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const problem = findReferenceProblem(dataset.value)
    if (problem !== null) addIssue({ message: problem })
  }),
)

// Compile-time guards against drift between the schema and the model types: every StoreData the
// app can build must fit the schema, and each record must have exactly the model's fields.
type Output = v.InferOutput<typeof StoreDataSchema>
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false
const driftChecks: [
  StoreData extends v.InferInput<typeof StoreDataSchema> ? true : false,
  SameKeys<StoreData, Output>,
  SameKeys<Annotation, Output['annotations'][number]>,
  SameKeys<Annotation['target'], Output['annotations'][number]['target']>,
  SameKeys<Tag, Output['tags'][number]>,
  SameKeys<StudentSpeaker, Output['speakers'][number]>,
] = [true, true, true, true, true, true]
void driftChecks

/** The outcome of validation: the data, or the first problem with where it is. */
export type Validation = { ok: true; data: StoreData } | { ok: false; message: string }

/** Where an issue sits, as `annotations[3].target.position`. */
function formatPath(issue: v.BaseIssue<unknown>): string {
  let out = ''
  for (const item of issue.path ?? []) {
    const key = item.key
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

/**
 * Check raw data (parsed JSON, or a state about to be written) against StoreData v1. Stops at the
 * first issue: one precise message is more useful to a person than a list of consequences.
 */
export function validateStoreData(raw: unknown): Validation {
  const result = v.safeParse(StoreDataSchema, raw, { abortEarly: true })
  if (result.success) {
    // The schema checks the shape; the branded id types exist only at compile time.
    return { ok: true, data: result.output as unknown as StoreData }
  }
  const issue = result.issues[0]
  const path = formatPath(issue)
  // A strict object reports both a missing and an unknown key with a generic message.
  const message =
    issue.type !== 'strict_object'
      ? issue.message
      : issue.expected === 'never'
        ? 'is not a known field'
        : 'is missing'
  return { ok: false, message: path === '' ? message : `${path}: ${message}` }
}
