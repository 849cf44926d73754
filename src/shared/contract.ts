import type {
  Annotation,
  AnnotationDraft,
  AnnotationId,
  AnnotationPatch,
  StudentSpeaker,
  StudentSpeakerDraft,
} from './model/annotation'
import type { Article, ArticleId, ArticleSummary } from './model/article'
import type { BriefingPreview, BriefingRequest, ExportResult } from './model/briefing'
import type { StoreData } from './model/store-data'
import type { NewTag, Tag, TagDeletion, TagId, TagPatch } from './model/tag'

/** How the student's data is faring: shown as "Saved", "Saving…" or a problem to act on. */
export interface StoreStatus {
  dataDir: string
  /** Changes accepted but not yet confirmed on disk. */
  pendingWrites: number
  /** ISO time of the last durable write, if any this session. */
  lastSavedAt: string | null
  /** Why the last write failed (it is kept in memory and retried), or null. */
  lastError: string | null
  /** Set when the store file was damaged at start and a backup was restored. */
  recovery: { damagedFileMovedTo: string; restoredFrom: string | null; reason: string } | null
  canUndo: boolean
  canRedo: boolean
  /** Which opening of the data folder this is: a restarted host has another (see SaveReport). */
  storeSession: string
}

/** What an undo or redo did, so the UI can say so ("Undid: delete highlight"). */
export interface HistoryStep {
  /** False when there was nothing to undo (or redo). */
  changed: boolean
  description: string | null
}

/** A find-in-page step: a new search for `text`, or the next (or previous) match of it. */
export interface FindRequest {
  text: string
  forward: boolean
  /** True for new text; false to step on from the active match. */
  newSearch: boolean
}

/** Where a find stands: `activeMatch` counts from 1, and is 0 when nothing matched. */
export interface FindResult {
  matches: number
  activeMatch: number
}

/** What the page keeps when the find bar closes: the active match selected, or nothing. */
export type FindEnd = 'activate-selection' | 'clear-selection'

/** What a copy puts on the clipboard: plain text, and the same as HTML for rich editors. */
export interface ClipboardContent {
  text: string
  html?: string
}

/**
 * THE main <-> renderer contract: every call, declared once. Channel names are `noun:verb`.
 * Preload, main (IPC and the browser host) and the renderer all derive their types from here,
 * so renaming a channel breaks the build everywhere at once.
 */
export type Contract = {
  'articles:list': () => ArticleSummary[]
  'articles:get': (id: ArticleId) => Article
  /** Annotations of one article, or of every article when `articleId` is null. */
  'annotations:list': (articleId: ArticleId | null) => Annotation[]
  'annotations:create': (draft: AnnotationDraft) => Annotation
  'annotations:update': (id: AnnotationId, patch: AnnotationPatch) => Annotation
  'annotations:delete': (id: AnnotationId) => null
  'tags:list': () => Tag[]
  'tags:create': (draft: NewTag) => Tag
  'tags:update': (id: TagId, patch: TagPatch) => Tag
  /** Every annotation tagged `fromId` is tagged `intoId` instead; `fromId` is removed. */
  'tags:merge': (fromId: TagId, intoId: TagId) => null
  'tags:delete': (id: TagId, deletion: TagDeletion) => null
  'speakers:list': () => StudentSpeaker[]
  'speakers:create': (draft: StudentSpeakerDraft) => StudentSpeaker
  'preferences:get': () => StoreData['preferences']
  'history:undo': () => HistoryStep
  'history:redo': () => HistoryStep
  'store:status': () => StoreStatus
  /** The pack's outline and completeness check for these options, without building it. */
  'briefing:preview': (request: BriefingRequest) => BriefingPreview
  /** Build the pack: a save dialog in Electron, a download in the browser host. */
  'briefing:export': (request: BriefingRequest) => ExportResult
  /** Electron only: open a pack exported this session, or show it in its folder. */
  'briefing:open': (path: string) => null
  'briefing:reveal': (path: string) => null
  /** Merge highlights over the same words into `keepId` (its words; every tag and note). */
  'annotations:merge': (keepId: AnnotationId, otherIds: AnnotationId[]) => Annotation
  /** Electron only (the browser's own find applies there): find text in the window's page. */
  'page:find': (request: FindRequest) => FindResult
  'page:stop-find': (end: FindEnd) => null
  /** Electron only (the browser host writes with the browser's own clipboard API). */
  'clipboard:write': (content: ClipboardContent) => null
}

export type Channel = keyof Contract

/** Every channel, for code that must enumerate them (the preload bridge, the host's router). */
export const CHANNELS = [
  'articles:list',
  'articles:get',
  'annotations:list',
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'tags:list',
  'tags:create',
  'tags:update',
  'tags:merge',
  'tags:delete',
  'speakers:list',
  'speakers:create',
  'preferences:get',
  'history:undo',
  'history:redo',
  'store:status',
  'briefing:preview',
  'briefing:export',
  'briefing:open',
  'briefing:reveal',
  'annotations:merge',
  'page:find',
  'page:stop-find',
  'clipboard:write',
] as const satisfies readonly Channel[]

// Fails to compile if a channel is declared in Contract but missing from CHANNELS.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>
const everyChannelListed: [Missing] extends [never] ? true : Missing = true
void everyChannelListed

/** The renderer's view: every call is asynchronous and rejects with an AppError. */
export type Api = {
  [C in Channel]: (...args: Parameters<Contract[C]>) => Promise<ReturnType<Contract[C]>>
}

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name)
}

/**
 * The calls that change the student's work. Each answers with a SaveReport beside its value
 * (`WireResult.saved`): on disk, or kept in the host's memory and retried.
 */
export const CHANGE_CHANNELS = [
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'tags:create',
  'tags:update',
  'tags:merge',
  'tags:delete',
  'speakers:create',
  'history:undo',
  'history:redo',
  'annotations:merge',
] as const satisfies readonly Channel[]

export type ChangeChannel = (typeof CHANGE_CHANNELS)[number]
