import * as v from 'valibot'
import {
  HIGHLIGHT_COLOURS,
  type Annotation,
  type StudentSpeaker,
} from '../../shared/model/annotation'
import {
  MAX_ARTICLE_ID_LENGTH,
  MAX_ID_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_QUOTE_CONTEXT_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_SPEAKER_NAME_LENGTH,
  MAX_SPEAKER_ROLE_LENGTH,
  MAX_TAG_DESCRIPTION_LENGTH,
  MAX_TAG_GROUP_LENGTH,
  MAX_TAG_NAME_LENGTH,
  TAG_COLOUR_PATTERN,
} from '../../shared/model/limits'
import { STORE_VERSION, type StoreData } from '../../shared/model/store-data'
import type { Tag } from '../../shared/model/tag'

/**
 * The store's cap on a length: at least every contract limit on what is kept there, so that a
 * change the contract accepts can always be saved, and never below `earlier`, the cap files have
 * already been written under, so that lowering a contract limit never refuses a student's file.
 * Generous caps: they stop a corrupt or hostile value, not a long quotation.
 */
const cap = (earlier: number, ...contractLimits: number[]) => Math.max(earlier, ...contractLimits)

const ID_CAP = cap(100, MAX_ID_LENGTH, MAX_ARTICLE_ID_LENGTH)

/**
 * Text of a bounded length, as one check rather than a minLength/maxLength pipe: a store holds
 * tens of thousands of strings, and each extra pipe action costs about a millisecond per 10,000.
 */
const text = (min: number, max: number, message: string) =>
  v.pipe(
    v.string('must be text'),
    v.check((s: string) => s.length >= min && s.length <= max, message),
  )

const Id = text(1, ID_CAP, `must be 1 to ${ID_CAP} characters`)
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
  exact: NonEmpty(cap(100_000, MAX_QUOTE_LENGTH)),
  prefix: UpTo(cap(1_000, MAX_QUOTE_CONTEXT_LENGTH)),
  suffix: UpTo(cap(1_000, MAX_QUOTE_CONTEXT_LENGTH)),
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
  note: UpTo(cap(100_000, MAX_NOTE_LENGTH)),
  createdAt: IsoTime,
  updatedAt: IsoTime,
})

const TagSchema = v.strictObject({
  id: Id,
  name: NonEmpty(cap(100, MAX_TAG_NAME_LENGTH)),
  colour: v.pipe(v.string('must be text'), v.regex(TAG_COLOUR_PATTERN, 'must be #rrggbb')),
  description: UpTo(cap(2_000, MAX_TAG_DESCRIPTION_LENGTH)),
  // May be empty: a tag the student has not put under any heading.
  group: UpTo(cap(100, MAX_TAG_GROUP_LENGTH)),
})

const SpeakerSchema = v.strictObject({
  id: Id,
  name: NonEmpty(cap(200, MAX_SPEAKER_NAME_LENGTH)),
  role: UpTo(cap(200, MAX_SPEAKER_ROLE_LENGTH)),
})

const Version = v.literal(STORE_VERSION, `must be ${STORE_VERSION}`)
const Preferences = v.strictObject({ lastColour: Colour })

const ShapeSchema = v.strictObject({
  version: Version,
  annotations: v.array(AnnotationSchema, 'must be a list'),
  tags: v.array(TagSchema, 'must be a list'),
  speakers: v.array(SpeakerSchema, 'must be a list'),
  preferences: Preferences,
})

/** A store that passed the field-by-field schema (ids are plain strings here, not branded). */
type Checked = v.InferOutput<typeof ShapeSchema>

/**
 * Cross-record rules a per-field schema cannot express: ids are unique and every reference
 * resolves. Plain loops with Sets keep this linear in the number of annotations.
 */
function findReferenceProblem(data: Checked): string | null {
  // Indexed loops: this runs on every save, over every annotation.
  const { tags, speakers, annotations } = data
  const tagIds = new Set<string>()
  for (let i = 0; i < tags.length; i++) {
    const id = tags[i]!.id
    if (tagIds.has(id)) return `tags[${i}].id: "${id}" is used by two tags`
    tagIds.add(id)
  }
  const speakerIds = new Set<string>()
  for (let i = 0; i < speakers.length; i++) {
    const id = speakers[i]!.id
    if (speakerIds.has(id)) return `speakers[${i}].id: "${id}" is used by two speakers`
    speakerIds.add(id)
  }
  const annotationIds = new Set<string>()
  for (let i = 0; i < annotations.length; i++) {
    const a = annotations[i]!
    if (annotationIds.has(a.id)) return `annotations[${i}].id: "${a.id}" is used by two annotations`
    annotationIds.add(a.id)
    const ids = a.tagIds
    for (let j = 0; j < ids.length; j++) {
      const tagId = ids[j]!
      if (!tagIds.has(tagId)) {
        return `annotations[${i}].tagIds[${j}]: refers to tag "${tagId}", which does not exist`
      }
      if (ids.indexOf(tagId) !== j) {
        return `annotations[${i}].tagIds[${j}]: lists tag "${tagId}" twice`
      }
    }
    if (a.speaker?.source === 'student' && !speakerIds.has(a.speaker.id)) {
      return `annotations[${i}].speaker.id: refers to speaker "${a.speaker.id}", which does not exist`
    }
  }
  return null
}

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

/** An issue as one line: `annotations[3].note: must be at most 100000 characters`. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue)
  // A strict object reports both a missing and an unknown key with a generic message.
  const message =
    issue.type !== 'strict_object'
      ? issue.message
      : issue.expected === 'never'
        ? 'is not a known field'
        : 'is missing'
  return path === '' ? message : `${path}: ${message}`
}

/*
 * Incremental validation. A save used to check all 10,000 annotations again, though the workspace
 * builds each state from the last one, sharing every record it did not change. Now each record
 * (annotation, tag, speaker) is checked once per object: what passes is kept as valibot's copy
 * (plain data, schema key order), frozen all the way down, and remembered here, mapped to itself.
 * The object the caller passed is frozen too and mapped to that copy, so neither can ever change
 * after it was checked, and a later state holding either one reuses the copy unchecked. The cheap
 * rules across records (unique ids, references) run in full every time.
 */
type Records = Pick<Checked, 'annotations' | 'tags' | 'speakers'>
type RecordOf<K extends keyof Records> = Records[K][number]

/**
 * Per list, each accepted record (the caller's object as well as the copy) mapped to the frozen
 * copy. One map per list, so an annotation object put among the tags is checked as a tag.
 */
const accepted: { [K in keyof Records]: WeakMap<object, RecordOf<K>> } = {
  annotations: new WeakMap(),
  tags: new WeakMap(),
  speakers: new WeakMap(),
}
/** States `validateStoreData` returned: frozen, and holding accepted copies only. */
const builtStates = new WeakSet<object>()

const RECORD_SCHEMAS = {
  annotations: AnnotationSchema,
  tags: TagSchema,
  speakers: SpeakerSchema,
} as const

/** The store with every record list as a list of anything: what is left once records are checked. */
const OutlineSchema = v.strictObject({
  version: Version,
  annotations: v.array(v.unknown(), 'must be a list'),
  tags: v.array(v.unknown(), 'must be a list'),
  speakers: v.array(v.unknown(), 'must be a list'),
  preferences: Preferences,
})

/** Freeze a validated copy and everything in it. */
function freezeCopy(value: object): void {
  for (const key in value) {
    const inner = (value as Record<string, unknown>)[key]
    if (typeof inner === 'object' && inner !== null) freezeCopy(inner)
  }
  Object.freeze(value)
}

/**
 * Freeze the caller's `original` along the shape of its validated `copy` (only the parts the
 * schema read, so an odd extra property cannot send this through a large object graph). False if
 * something cannot be frozen (a proxy that refuses), in which case the original is not remembered.
 */
function freezeOriginal(original: unknown, copy: unknown): boolean {
  if (typeof copy !== 'object' || copy === null) return true
  if (typeof original !== 'object' || original === null) return false
  try {
    for (const key of Object.keys(copy)) {
      if (
        !freezeOriginal(
          (original as Record<string, unknown>)[key],
          (copy as Record<string, unknown>)[key],
        )
      ) {
        return false
      }
    }
    Object.freeze(original)
    return Object.isFrozen(original)
  } catch {
    return false
  }
}

/**
 * The accepted copy of one record, checking it only if this object was never accepted before.
 * Unless `fresh`, a newly accepted object of the caller's is frozen and remembered as well.
 */
function acceptRecord<K extends keyof Records>(
  list: K,
  raw: unknown,
  fresh: boolean,
): RecordOf<K> | null {
  const seen = accepted[list] as WeakMap<object, RecordOf<K>>
  if (!fresh && typeof raw === 'object' && raw !== null) {
    const known = seen.get(raw)
    if (known !== undefined) return known
  }
  const result = v.safeParse(RECORD_SCHEMAS[list], raw, { abortEarly: true })
  if (!result.success) return null
  const copy = result.output as RecordOf<K>
  freezeCopy(copy)
  seen.set(copy, copy)
  if (!fresh && freezeOriginal(raw, copy)) seen.set(raw as object, copy)
  return copy
}

function acceptRecords<K extends keyof Records>(
  list: K,
  raw: readonly unknown[],
  fresh: boolean,
): Records[K] | null {
  const out = new Array<RecordOf<K>>(raw.length)
  for (let i = 0; i < raw.length; i++) {
    const record = acceptRecord(list, raw[i], fresh)
    if (record === null) return null
    out[i] = record
  }
  return Object.freeze(out) as unknown as Records[K]
}

/** The frozen state, or null if anything in `raw` is not valid (the caller then finds out what). */
function buildState(raw: unknown, fresh: boolean): StoreData | null {
  const outline = v.safeParse(OutlineSchema, raw, { abortEarly: true })
  if (!outline.success) return null
  const { output } = outline
  const annotations = acceptRecords('annotations', output.annotations, fresh)
  const tags = annotations && acceptRecords('tags', output.tags, fresh)
  const speakers = tags && acceptRecords('speakers', output.speakers, fresh)
  if (annotations === null || tags === null || speakers === null) return null
  const state: Checked = {
    version: output.version,
    annotations,
    tags,
    speakers,
    preferences: Object.freeze(output.preferences),
  }
  if (findReferenceProblem(state) !== null) return null
  Object.freeze(state)
  builtStates.add(state)
  // The schema checks the shape; the branded id types exist only at compile time.
  return state as unknown as StoreData
}

export interface ValidateOptions {
  /**
   * `raw` is freshly parsed JSON that nobody else holds: check every record without looking it up
   * (none can have been seen before), and leave `raw` unfrozen. By default the records of `raw`
   * that pass are frozen and remembered, so that a later state sharing them is not checked again
   * and a caller cannot change them afterwards.
   */
  fresh?: boolean
}

/**
 * Check raw data (parsed JSON, or a state about to be written) against StoreData v1 and return it
 * as a new, deeply frozen state built of validated copies (plain data, fields in schema order).
 * Records accepted before, or the copies made of them, are reused without being checked again;
 * the rules across records run in full every time. Stops at the first issue: one precise message
 * is more useful to a person than a list of consequences.
 */
export function validateStoreData(raw: unknown, options: ValidateOptions = {}): Validation {
  const state = buildState(raw, options.fresh ?? false)
  if (state !== null) return { ok: true, data: state }
  // Refused (rare): the one-pass schema finds the first issue in document order, as it always has.
  const full = v.safeParse(StoreDataSchema, raw, { abortEarly: true })
  if (!full.success) return { ok: false, message: describeIssue(full.issues[0]) }
  // Unreachable while both checks use the same schemas; refusing is the safe way to be wrong.
  return { ok: false, message: 'is not a valid store' }
}

/** Whether `data` is a state `validateStoreData` returned: valid, frozen, made of frozen records. */
export function isValidatedState(data: unknown): boolean {
  return typeof data === 'object' && data !== null && builtStates.has(data)
}
