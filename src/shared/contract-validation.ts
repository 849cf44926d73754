import * as v from 'valibot'
import type { Channel, Contract } from './contract'
import {
  AnnotationIdSchema,
  AnnotationTargetSchema,
  ArticleIdSchema,
  HighlightColourSchema,
  NoteSchema,
  SpeakerNameSchema,
  SpeakerRefSchema,
  SpeakerRoleSchema,
  TagColourSchema,
  TagDescriptionSchema,
  TagGroupSchema,
  TagIdSchema,
  TagIdsSchema,
  TagNameSchema,
  proposedId,
} from './model/schemas'
import type { AnnotationId, StudentSpeakerId } from './model/annotation'
import type { TagId } from './model/tag'

export { ArticleIdSchema }

// Highlights over the same words are a handful; a longer list is a mistake.
const MAX_MERGED = 100

const AnnotationDraftSchema = v.strictObject({
  id: v.exactOptional(proposedId<AnnotationId>()),
  target: AnnotationTargetSchema,
  colour: HighlightColourSchema,
  tagIds: TagIdsSchema,
  speaker: v.nullable(SpeakerRefSchema),
  note: NoteSchema,
})

// A patch names only what changes: a field may be left out, but one that is there needs a value.
// `undefined` survives Electron's structured clone, and spread over the record it would erase the
// field, which the store then refuses to save. (`null` stays a value: no speaker.)
const AnnotationPatchSchema = v.pipe(
  v.strictObject({
    colour: v.exactOptional(HighlightColourSchema),
    tagIds: v.exactOptional(TagIdsSchema),
    speaker: v.exactOptional(v.nullable(SpeakerRefSchema)),
    note: v.exactOptional(NoteSchema),
  }),
  v.check((patch) => Object.keys(patch).length > 0, 'Nothing to change.'),
)

const TagDraftSchema = v.strictObject({
  name: TagNameSchema,
  colour: TagColourSchema,
  description: TagDescriptionSchema,
  group: TagGroupSchema,
})

const NewTagSchema = v.strictObject({
  id: v.exactOptional(proposedId<TagId>()),
  ...TagDraftSchema.entries,
})

/** Every entry optional, as `v.partial` makes them, except that a field present needs a value. */
function exactPartial<const E extends v.ObjectEntries>(entries: E) {
  const out: v.ObjectEntries = {}
  for (const [key, schema] of Object.entries(entries)) out[key] = v.exactOptional(schema)
  return out as { [K in keyof E]: v.ExactOptionalSchema<E[K], undefined> }
}

const TagPatchSchema = v.pipe(
  v.strictObject(exactPartial(TagDraftSchema.entries)),
  v.check((patch) => Object.keys(patch).length > 0, 'Nothing to change.'),
)

const BriefingRequestSchema = v.strictObject({
  title: v.pipe(v.string(), v.maxLength(300, 'A title can be up to 300 characters.')),
  author: v.pipe(v.string(), v.maxLength(200, 'An author can be up to 200 characters.')),
  date: v.pipe(v.string(), v.isoDate('The date must be a day, written YYYY-MM-DD.')),
  articleIds: v.pipe(v.array(ArticleIdSchema), v.maxLength(1000)),
  tagIds: v.pipe(v.array(TagIdSchema), v.maxLength(1000)),
  groupBy: v.picklist(['tag', 'speaker', 'article'], 'Group by tag, speaker or article.'),
  includeNotes: v.boolean(),
  includeAppendix: v.boolean(),
  includeCodebook: v.boolean(),
})

// Main only opens paths it wrote itself this session; the schema just keeps the input sane.
const ExportedPathSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(4096))

const TagDeletionSchema = v.variant('mode', [
  v.strictObject({ mode: v.literal('untag') }),
  v.strictObject({ mode: v.literal('delete-annotations') }),
  v.strictObject({ mode: v.literal('replace'), withTagId: TagIdSchema }),
])

// A find is typed into a one-line field; a copy holds a passage with its citation, or a few.
const FindRequestSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(1000, 'Find up to 1,000 characters.')),
  forward: v.boolean(),
  newSearch: v.boolean(),
})
const MAX_CLIPBOARD_LENGTH = 1_000_000
const ClipboardContentSchema = v.strictObject({
  text: v.pipe(v.string(), v.maxLength(MAX_CLIPBOARD_LENGTH, 'That is too much to copy at once.')),
  html: v.exactOptional(
    v.pipe(v.string(), v.maxLength(MAX_CLIPBOARD_LENGTH, 'That is too much to copy at once.')),
  ),
})

type ArgsSchemas = {
  [C in Channel]: v.GenericSchema<unknown, Parameters<Contract[C]>>
}

/**
 * The argument schema of every channel. Main validates each call against these before doing
 * anything, because the renderer (or whatever speaks to the browser host) is untrusted.
 */
export const ARGS_SCHEMAS: ArgsSchemas = {
  'articles:list': v.strictTuple([]),
  'articles:get': v.strictTuple([ArticleIdSchema]),
  'annotations:list': v.strictTuple([v.nullable(ArticleIdSchema)]),
  'annotations:create': v.strictTuple([AnnotationDraftSchema]),
  'annotations:update': v.strictTuple([AnnotationIdSchema, AnnotationPatchSchema]),
  'annotations:delete': v.strictTuple([AnnotationIdSchema]),
  'annotations:merge': v.pipe(
    v.strictTuple([
      AnnotationIdSchema,
      v.pipe(
        v.array(AnnotationIdSchema),
        v.minLength(1, 'Name the highlights to merge.'),
        v.maxLength(MAX_MERGED, `At most ${MAX_MERGED} highlights can be merged at once.`),
      ),
    ]),
    v.check(
      ([keep, others]) => !others.includes(keep) && new Set(others).size === others.length,
      'Each highlight to merge is named once, and not the one kept.',
    ),
  ),
  'tags:list': v.strictTuple([]),
  'tags:create': v.strictTuple([NewTagSchema]),
  'tags:update': v.strictTuple([TagIdSchema, TagPatchSchema]),
  'tags:merge': v.strictTuple([TagIdSchema, TagIdSchema]),
  'tags:delete': v.strictTuple([TagIdSchema, TagDeletionSchema]),
  'speakers:list': v.strictTuple([]),
  'speakers:create': v.strictTuple([
    v.strictObject({
      id: v.exactOptional(proposedId<StudentSpeakerId>()),
      name: SpeakerNameSchema,
      role: SpeakerRoleSchema,
    }),
  ]),
  'preferences:get': v.strictTuple([]),
  'history:undo': v.strictTuple([]),
  'history:redo': v.strictTuple([]),
  'store:status': v.strictTuple([]),
  'briefing:preview': v.strictTuple([BriefingRequestSchema]),
  'briefing:export': v.strictTuple([BriefingRequestSchema]),
  'briefing:open': v.strictTuple([ExportedPathSchema]),
  'briefing:reveal': v.strictTuple([ExportedPathSchema]),
  'page:find': v.strictTuple([FindRequestSchema]),
  'page:stop-find': v.strictTuple([v.picklist(['activate-selection', 'clear-selection'])]),
  'clipboard:write': v.strictTuple([ClipboardContentSchema]),
}

/** Validate a call's raw arguments; on failure, a message fit to show the student. */
export function parseArgs<C extends Channel>(
  channel: C,
  raw: unknown,
): { ok: true; args: Parameters<Contract[C]> } | { ok: false; message: string } {
  const result = v.safeParse(ARGS_SCHEMAS[channel], raw)
  if (result.success) return { ok: true, args: result.output as Parameters<Contract[C]> }
  const issue = result.issues[0]
  return { ok: false, message: `Invalid arguments for ${channel}: ${issue.message}` }
}
