import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { Channel } from '../../shared/contract'
import { parseArgs } from '../../shared/contract-validation'
import { AppError } from '../../shared/errors'
import {
  HIGHLIGHT_COLOURS,
  type Annotation,
  type AnnotationPatch,
  type AnnotationTarget,
  type StudentSpeaker,
} from '../../shared/model/annotation'
import type { Article, ArticleId, SpeakerId } from '../../shared/model/article'
import {
  MAX_ARTICLE_ID_LENGTH,
  MAX_ID_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_OFFSET,
  MAX_QUOTE_CONTEXT_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_SPEAKER_NAME_LENGTH,
  MAX_SPEAKER_ROLE_LENGTH,
  MAX_TAG_DESCRIPTION_LENGTH,
  MAX_TAG_GROUP_LENGTH,
  MAX_TAG_NAME_LENGTH,
  MAX_TAGS_PER_ANNOTATION,
} from '../../shared/model/limits'
import { AnnotationTargetSchema } from '../../shared/model/schemas'
import type { Tag, TagDraft } from '../../shared/model/tag'
import { dispatch } from '../dispatch'
import type { Library } from '../library/load-library'
import { createServices, type BriefingService } from '../services'
import { createWorkspace } from '../workspace/workspace'
import { cleanupAfterEach } from '../../../test-support/store/cleanup'
import { makeAnnotation, storeWith } from '../../../test-support/store/test-data'
import { STORE_FILE, type StoreHandle } from './open-store'
import { parseStoreFile } from './parse-store-file'
import { validateStoreData } from './schema'

// The contract (src/shared/model/schemas.ts) decides what a call may send; the store's schema
// (./schema.ts) decides what a file may hold, and is looser on purpose. The invariant here: every
// call the contract accepts, at the edges of everything it allows, becomes records that the store
// keeps, writes and reads back unchanged. Otherwise a change is acknowledged by the IPC layer and
// then refused at write time. Edge values are generated from the contract's exported limits.

/** Fillers for generated text, each odd in its own way. */
const FILLERS = {
  plain: 'x',
  // Outside the Basic Multilingual Plane: two UTF-16 code units each.
  astral: '😀𝄞',
  breaks: ' a\nb\r\nc\u2028d\u2029e\tf ',
  // NUL (never to reach the file as a zero byte), a lone surrogate (JSON must escape it to stay
  // UTF-8), a byte-order mark, a right-to-left override and a combining accent.
  awkward: '\u0000\ud800\ufeff\u202e\u0301',
} as const

/**
 * Exactly `length` UTF-16 code units (what every limit counts): `head` (ASCII), then `filler` as
 * many whole times as fit, topped up with "x", so no surrogate pair is ever cut in half.
 */
function textOf(length: number, head: string, filler: string): string {
  const start = head.slice(0, length)
  const repeats = Math.floor((length - start.length) / filler.length)
  return (start + filler.repeat(repeats)).padEnd(length, 'x')
}

/** The shortest text a field allows, and its longest in every filler; `head` tells them apart. */
function edgeTexts(min: number, max: number, head: string): string[] {
  return [textOf(min, head, 'x'), ...Object.values(FILLERS).map((f) => textOf(max, head, f))]
}

// The one article of the test library: room for the longest quote with the longest context.
const lead = textOf(MAX_QUOTE_CONTEXT_LENGTH, 'Lead. ', ' “Said,” she 😀 said.\n\n')
const longest = textOf(MAX_QUOTE_LENGTH, 'The longest passage. ', ' word 😀 word\u2028line\n\n')
const tail = textOf(MAX_QUOTE_CONTEXT_LENGTH, ' Tail. ', ' and 𝄞 more.')
const text = lead + longest + tail
const article: Article = {
  id: textOf(MAX_ARTICLE_ID_LENGTH, 'article_', '0') as ArticleId,
  title: 'The limits',
  publication: 'Test',
  kind: 'news-report',
  text,
  blocks: [{ kind: 'paragraph', number: 1, start: 0, end: text.length, cutOff: false }],
  speakers: [
    {
      id: textOf(MAX_ID_LENGTH, 'speaker-', 'z') as SpeakerId,
      name: 'A speaker',
      role: null,
      kind: 'person',
      roleCutOff: false,
    },
  ],
  attributions: [],
  contentHash: createHash('sha256').update(text).digest('hex'),
  wordCount: 1,
}
const library: Library = {
  list: () => [],
  get(id) {
    if (id !== article.id) throw new AppError('not-found', `No article with id "${id}".`)
    return article
  },
}
const noBriefing: BriefingService = {
  preview: () => expect.unreachable('no briefing here'),
  export: () => expect.unreachable('no briefing here'),
  open: () => expect.unreachable('no briefing here'),
  reveal: () => expect.unreachable('no briefing here'),
}

/** A target for `text.slice(start, end)` with as much context either side as the contract allows. */
function targetAt(start: number, end: number): AnnotationTarget {
  return {
    articleId: article.id,
    contentHash: article.contentHash,
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - MAX_QUOTE_CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + MAX_QUOTE_CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  }
}
const astralAt = text.indexOf('😀')
const breakAt = text.indexOf('\n\n')
const TARGETS = [
  targetAt(lead.length, lead.length + MAX_QUOTE_LENGTH), // the longest, with the longest context
  targetAt(0, 1), // the first character: no prefix
  targetAt(text.length - 1, text.length), // the last character: no suffix
  targetAt(astralAt, astralAt + 2), // one character outside the BMP
  targetAt(breakAt - 2, breakAt + 4), // across a paragraph break
]

const cleanup = cleanupAfterEach()

/**
 * A real store in a temp folder, a workspace minting the longest ids the contract accepts back,
 * and the calls the renderer makes, through `dispatch` (the contract's validation, then the
 * handlers) as both the IPC and the browser host do.
 */
async function openSession() {
  const dir = await cleanup.tempDir('briefpack-agreement-')
  const store: StoreHandle = await cleanup.openStore(dir)
  let minted = 0
  const workspace = createWorkspace({
    store,
    library,
    now: () => new Date('2026-11-23T10:00:00Z'),
    newId: () => String(++minted).padStart(MAX_ID_LENGTH, 'i'),
  })
  const handlers = createServices({ library, workspace, briefing: noBriefing })

  /** Make a call the contract accepts; it must succeed. Returns main's answer. */
  async function saved(channel: Channel, ...args: unknown[]): Promise<unknown> {
    // Cloned as Electron's IPC delivers arguments: a key set to undefined survives (JSON, over the
    // browser host, would drop it).
    const raw = structuredClone(args)
    const parsed = parseArgs(channel, raw)
    if (!parsed.ok) throw new Error(`The contract refused an edge case: ${parsed.message}`)
    const result = await dispatch(handlers, channel, raw)
    if (!result.ok) {
      throw new Error(`${channel} failed after the contract accepted it: ${result.error.message}`)
    }
    return result.value
  }

  /** A call the contract may refuse; if it accepts it, the change must be kept. */
  async function keptIfAccepted(channel: Channel, ...args: unknown[]): Promise<void> {
    if (parseArgs(channel, structuredClone(args)).ok) await saved(channel, ...args)
  }

  /** Close the store; the file, and the store opened again, must hold exactly what was kept. */
  async function expectKeptAcrossReopen() {
    const kept = store.read()
    await store.close()
    const parsed = parseStoreFile(await readFile(join(dir, STORE_FILE)))
    expect(parsed).toStrictEqual({ status: 'ok', data: kept, migratedFrom: null })
    const again = await cleanup.openStore(dir)
    expect(again.read()).toStrictEqual(kept)
    expect(again.status().recovery).toBeNull()
    return kept
  }

  return { saved, keptIfAccepted, expectKeptAcrossReopen }
}

/** One value of every patch field, so that a new field is probed too. */
const TAG_PATCH: TagDraft = {
  name: 'Renamed',
  colour: '#123456',
  description: 'Described',
  group: 'Regrouped',
}
const ANNOTATION_PATCH: Required<AnnotationPatch> = {
  colour: 'purple',
  tagIds: [],
  speaker: null,
  note: 'Noted',
}

/** Each field of `full` present but undefined: alone, and beside another field that has a value. */
function undefinedFieldPatches(full: object): Record<string, unknown>[] {
  const keys = Object.keys(full)
  return keys.flatMap((key, i) => {
    const other = keys[(i + 1) % keys.length]!
    return [
      { [key]: undefined },
      { [other]: (full as Record<string, unknown>)[other], [key]: undefined },
    ]
  })
}

const tagDraft = (name: string): TagDraft => ({
  name,
  colour: '#336699',
  description: '',
  group: '',
})

describe('what the contract accepts, the store keeps (workspace, disk, reopen)', () => {
  it('keeps tags with every field at its limits, renamed, regrouped, merged and deleted', async () => {
    const { saved, keptIfAccepted, expectKeptAcrossReopen } = await openSession()
    let n = 0
    const unique = () => `T${++n} `
    const drafts: TagDraft[] = [
      tagDraft('Q'), // the shortest name
      ...Object.values(FILLERS).flatMap((filler) => [
        tagDraft(textOf(MAX_TAG_NAME_LENGTH, unique(), filler)),
        // White space around a name counts towards the limit, then is trimmed away.
        tagDraft(`  ${textOf(MAX_TAG_NAME_LENGTH - 4, unique(), filler)}  `),
      ]),
      ...edgeTexts(0, MAX_TAG_DESCRIPTION_LENGTH, 'About ').map((description) => ({
        ...tagDraft(unique()),
        description,
      })),
      ...[...edgeTexts(0, MAX_TAG_GROUP_LENGTH, 'Group '), ' '.repeat(MAX_TAG_GROUP_LENGTH)].map(
        (group) => ({ ...tagDraft(unique()), group }),
      ),
      ...['#000000', '#FFFFFF', '#a0B1c2'].map((colour) => ({ ...tagDraft(unique()), colour })),
    ]
    const tags = [] as Tag[]
    for (const draft of drafts) tags.push((await saved('tags:create', draft)) as Tag)

    const [first, second, third, fourth] = tags as [Tag, Tag, Tag, Tag]
    for (const name of edgeTexts(1, MAX_TAG_NAME_LENGTH, 'Renamed ')) {
      await saved('tags:update', first.id, { name })
    }
    for (const description of edgeTexts(0, MAX_TAG_DESCRIPTION_LENGTH, 'Now ')) {
      await saved('tags:update', first.id, { description })
    }
    for (const group of edgeTexts(0, MAX_TAG_GROUP_LENGTH, 'Heading ')) {
      await saved('tags:update', first.id, { group })
    }
    await saved('tags:update', first.id, TAG_PATCH)
    for (const patch of undefinedFieldPatches(TAG_PATCH)) {
      await keptIfAccepted('tags:update', second.id, patch)
    }

    await saved('tags:merge', first.id, second.id)
    await saved('tags:delete', second.id, { mode: 'replace', withTagId: third.id })
    await saved('tags:delete', third.id, { mode: 'untag' })
    await saved('tags:delete', fourth.id, { mode: 'delete-annotations' })
    await saved('history:undo')
    await saved('history:redo')
    await expectKeptAcrossReopen()
  })

  it('keeps speakers with names and roles at their limits', async () => {
    const { saved, expectKeptAcrossReopen } = await openSession()
    const names = [
      ...edgeTexts(1, MAX_SPEAKER_NAME_LENGTH, 'Name '),
      `  ${textOf(MAX_SPEAKER_NAME_LENGTH - 4, 'Padded ', 'x')}  `,
    ]
    for (const name of names) await saved('speakers:create', { name, role: '' })
    const roles = edgeTexts(0, MAX_SPEAKER_ROLE_LENGTH, 'Role ')
    for (const role of roles) await saved('speakers:create', { name: 'R', role })
    // The same speaker again is the one already kept.
    await saved('speakers:create', { name: 'R', role: '' })
    const kept = await expectKeptAcrossReopen()
    expect(kept.speakers).toHaveLength(names.length + roles.length)
  })

  it('keeps highlights with every target, colour, speaker, note and the most tags', async () => {
    const { saved, keptIfAccepted, expectKeptAcrossReopen } = await openSession()
    const student = (await saved('speakers:create', {
      name: textOf(MAX_SPEAKER_NAME_LENGTH, 'Student ', FILLERS.astral),
      role: textOf(MAX_SPEAKER_ROLE_LENGTH, 'Role ', FILLERS.breaks),
    })) as StudentSpeaker
    const existing = ((await saved('tags:list')) as Tag[]).length
    for (let i = existing; i < MAX_TAGS_PER_ANNOTATION; i++) {
      await saved('tags:create', tagDraft(`Extra ${i}`))
    }
    const tagIds = ((await saved('tags:list')) as Tag[]).map((t) => t.id)
    const mostTags = tagIds.slice(0, MAX_TAGS_PER_ANNOTATION)
    expect(mostTags).toHaveLength(MAX_TAGS_PER_ANNOTATION)

    const speakers = [
      null,
      { source: 'article', id: article.speakers[0]!.id },
      { source: 'student', id: student.id },
    ]
    const tagLists = [[], mostTags, [tagIds[0], tagIds[0]]]
    const notes = edgeTexts(0, MAX_NOTE_LENGTH, 'Note ')
    const base = { target: TARGETS[1], colour: 'yellow', tagIds: [], speaker: null, note: '' }
    const drafts = [
      ...TARGETS.map((target) => ({ ...base, target })),
      ...HIGHLIGHT_COLOURS.map((colour) => ({ ...base, colour })),
      ...tagLists.map((ids) => ({ ...base, tagIds: ids })),
      ...speakers.map((speaker) => ({ ...base, speaker })),
      ...notes.map((note) => ({ ...base, note })),
      // Everything at its limit at once.
      {
        target: TARGETS[0],
        colour: 'purple',
        tagIds: mostTags,
        speaker: speakers[2],
        note: notes.at(-1),
      },
    ]
    const created = [] as Annotation[]
    for (const draft of drafts)
      created.push((await saved('annotations:create', draft)) as Annotation)

    const id = created[0]!.id
    for (const colour of HIGHLIGHT_COLOURS) await saved('annotations:update', id, { colour })
    for (const ids of tagLists) await saved('annotations:update', id, { tagIds: ids })
    for (const speaker of speakers) await saved('annotations:update', id, { speaker })
    for (const note of notes) await saved('annotations:update', id, { note })
    await saved('annotations:update', id, { ...ANNOTATION_PATCH, tagIds: mostTags })
    for (const patch of undefinedFieldPatches(ANNOTATION_PATCH)) {
      await keptIfAccepted('annotations:update', id, patch)
    }

    // The highlights carrying every tag lose one, gain a duplicate they drop, and lose their tags.
    await saved('tags:merge', mostTags[1], mostTags[2])
    await saved('tags:delete', mostTags[3], { mode: 'replace', withTagId: mostTags[4] })
    await saved('tags:delete', mostTags[5], { mode: 'untag' })
    await saved('annotations:delete', created[1]!.id)
    await saved('tags:delete', mostTags[0], { mode: 'delete-annotations' })
    await saved('history:undo')
    await saved('history:redo')
    const kept = await expectKeptAcrossReopen()
    expect(kept.annotations.length).toBeGreaterThan(TARGETS.length)
  })

  it('stores as they are the targets the workspace cannot reach: the largest offsets, any hash', () => {
    // The workspace checks a target against its article, so offsets near MAX_OFFSET never get that
    // far today; the store must still hold whatever the contract lets through.
    const targets = [
      [0, 1],
      [MAX_OFFSET - 1, MAX_OFFSET],
      [0, MAX_OFFSET],
    ].flatMap(([start, end]) =>
      ['0'.repeat(64), 'f'.repeat(64)].map((contentHash) => ({
        ...targetAt(0, 1),
        contentHash,
        position: { type: 'TextPositionSelector', start, end },
      })),
    )
    for (const raw of targets) {
      const target = v.parse(AnnotationTargetSchema, raw)
      const data = { ...storeWith(0), annotations: [makeAnnotation(1, { target })] }
      expect(validateStoreData(data)).toMatchObject({ ok: true })
    }
  })
})
