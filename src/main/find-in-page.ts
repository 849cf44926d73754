import type { WebContents } from 'electron'
import type { FindEnd, FindRequest, FindResult } from '../shared/contract'

/** After the first answer, how long to wait for Chromium's final count before giving what it has. */
const SETTLE_MS = 500
/** A page that never answers (hung, or navigating) gets "no matches" rather than a wait. */
const GIVE_UP_MS = 3_000

/**
 * Find `request.text` in the page with Chromium's own find (`webContents.findInPage`), and
 * resolve with the match count and the active match once Chromium has counted them all. Chromium
 * answers a find in several `found-in-page` events; only those with this request's id count.
 */
export function findInPage(contents: WebContents, request: FindRequest): Promise<FindResult> {
  return new Promise((resolve) => {
    let latest: FindResult = { matches: 0, activeMatch: 0 }
    let settle: ReturnType<typeof setTimeout> | undefined
    let requestId = -1
    const finish = () => {
      clearTimeout(settle)
      clearTimeout(giveUp)
      contents.off('found-in-page', onFound)
      contents.off('destroyed', finish)
      resolve(latest)
    }
    const onFound = (_event: unknown, result: Electron.Result) => {
      if (result.requestId !== requestId) return
      latest = { matches: result.matches, activeMatch: result.activeMatchOrdinal }
      if (result.finalUpdate) finish()
      else settle ??= setTimeout(finish, SETTLE_MS)
    }
    const giveUp = setTimeout(finish, GIVE_UP_MS)
    contents.on('found-in-page', onFound)
    contents.once('destroyed', finish)
    // Electron's `findNext` means "start a new find session" (true for new text).
    requestId = contents.findInPage(request.text, {
      forward: request.forward,
      findNext: request.newSearch,
      matchCase: false,
    })
  })
}

/** End the find: leave the active match selected (to annotate or copy it), or nothing. */
export function stopFindInPage(contents: WebContents, end: FindEnd): void {
  contents.stopFindInPage(end === 'activate-selection' ? 'activateSelection' : 'clearSelection')
}
