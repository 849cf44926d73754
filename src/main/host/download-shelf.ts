import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A file the browser host hands over as a download. */
export interface ShelvedFile {
  path: string
  fileName: string
}

/**
 * Built packs waiting to be downloaded from the browser host. Each gets an unguessable token; its
 * URL (relative to the page, so it sits under the host's secret) is `exports/<token>/<name>`.
 * The folder is the host's own temporary one, removed when the host stops.
 */
export async function createDownloadShelf() {
  const dir = await mkdtemp(join(tmpdir(), 'briefpack-exports-'))
  const files = new Map<string, ShelvedFile>()
  return {
    /** Reserve a place for a file about to be written; returns where to write it and its URL. */
    reserve(fileName: string): ShelvedFile & { url: string } {
      const token = randomBytes(18).toString('base64url')
      const path = join(dir, `${token}.pdf`)
      files.set(token, { path, fileName })
      return { path, fileName, url: `exports/${token}/${encodeURIComponent(fileName)}` }
    },
    find: (token: string): ShelvedFile | null => files.get(token) ?? null,
    close: () => rm(dir, { recursive: true, force: true }),
  }
}

export type DownloadShelf = Awaited<ReturnType<typeof createDownloadShelf>>

/** `Content-Disposition` for a download, with the name kept readable in every browser. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}
