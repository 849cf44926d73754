import type { ChangeChannel, Channel, Contract } from '../shared/contract'
import type { BriefingPreview, BriefingRequest, ExportResult } from '../shared/model/briefing'
import { NO_SHELL, type HostShell } from './host-shell'
import type { Library } from './library/load-library'
import type { Committed } from './workspace/committed'
import type { Workspace } from './workspace/workspace'

/** A change's value comes with where it is saved (see Committed); any other value alone. */
type Answer<C extends Channel> = C extends ChangeChannel
  ? Committed<ReturnType<Contract[C]>>
  : ReturnType<Contract[C]>

/** What main answers each channel with; a handler may be synchronous or not. */
export type Handlers = {
  [C in Channel]: (...args: Parameters<Contract[C]>) => Answer<C> | Promise<Answer<C>>
}

/** Briefing packs: previewed and built the same way everywhere, delivered as the host can. */
export interface BriefingService {
  preview(request: BriefingRequest): BriefingPreview
  export(request: BriefingRequest): Promise<ExportResult>
  /** Open (or show in its folder) a pack this session exported; refuses any other path. */
  open(path: string): Promise<null>
  reveal(path: string): Promise<null>
}

/**
 * Every channel's handler, delegating to the service that owns it. Arguments arrive already
 * validated (see dispatch.ts), so nothing here checks them again.
 */
export function createServices(deps: {
  library: Library
  workspace: Workspace
  briefing: BriefingService
  /** The window's own abilities, where there is a window (the desktop app). */
  shell?: HostShell
}): Handlers {
  const { library, workspace, briefing, shell = NO_SHELL } = deps
  return {
    'articles:list': () => library.list(),
    'articles:get': (id) => library.get(id),
    'annotations:list': (articleId) => workspace.listAnnotations(articleId),
    'annotations:create': (draft) => workspace.createAnnotation(draft),
    'annotations:update': (id, patch) => workspace.updateAnnotation(id, patch),
    'annotations:delete': (id) => workspace.deleteAnnotation(id),
    'tags:list': () => workspace.listTags(),
    'tags:create': (draft) => workspace.createTag(draft),
    'tags:update': (id, patch) => workspace.updateTag(id, patch),
    'tags:merge': (fromId, intoId) => workspace.mergeTags(fromId, intoId),
    'tags:delete': (id, deletion) => workspace.deleteTag(id, deletion),
    'speakers:list': () => workspace.listSpeakers(),
    'speakers:create': (draft) => workspace.createSpeaker(draft),
    'preferences:get': () => workspace.preferences(),
    'history:undo': () => workspace.undo(),
    'history:redo': () => workspace.redo(),
    'store:status': () => workspace.status(),
    'briefing:preview': (request) => briefing.preview(request),
    'briefing:export': (request) => briefing.export(request),
    'briefing:open': (path) => briefing.open(path),
    'briefing:reveal': (path) => briefing.reveal(path),
    'annotations:merge': (keepId, otherIds) => workspace.mergeAnnotations(keepId, otherIds),
    'page:find': (request) => shell.findInPage(request),
    'page:stop-find': (end) => (shell.stopFindInPage(end), null),
    'clipboard:write': async (content) => (await shell.writeClipboard(content), null),
  }
}
