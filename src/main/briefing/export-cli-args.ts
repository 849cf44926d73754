import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { BriefingGrouping } from '../../shared/model/briefing'

/** What `npm run export` was asked to do. */
export interface ExportOptions {
  dataDir: string
  out: string
  groupBy: BriefingGrouping
  title: string
  author: string
  help: boolean
}

export const EXPORT_USAGE = `Usage: npm run export -- --data DIR --out FILE.pdf [--group-by tag|speaker|article] [--title TEXT] [--author NAME]

Builds a briefing pack from the annotations in DIR, exactly as the app does: every article, every
highlight, with notes, the annotated articles and the codebook.

  --data DIR        the Briefpack data folder to read (its briefpack.json)
  --out FILE.pdf    where to write the pack
  --group-by KIND   group the key arguments by tag (default), speaker or article
  --title TEXT      the pack's title (default: made from the articles)
  --author NAME     the name on the cover
  --help            show this help`

const GROUPINGS = ['tag', 'speaker', 'article'] as const

/** Read the command line; a mistake becomes a message, never a stack trace. */
export function parseExportArgs(
  argv: readonly string[],
  cwd: string = process.cwd(),
): { ok: true; options: ExportOptions } | { ok: false; message: string } {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        'group-by': { type: 'string' },
        title: { type: 'string' },
        author: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  const help = values.help === true
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  if (!help && !text('data').trim()) return { ok: false, message: '--data DIR is required.' }
  if (!help && !text('out').trim()) return { ok: false, message: '--out FILE.pdf is required.' }
  const groupBy = text('group-by') || 'tag'
  if (!(GROUPINGS as readonly string[]).includes(groupBy)) {
    return { ok: false, message: `--group-by must be tag, speaker or article, not "${groupBy}".` }
  }
  return {
    ok: true,
    options: {
      dataDir: resolve(cwd, text('data')),
      out: resolve(cwd, text('out')),
      groupBy: groupBy as BriefingGrouping,
      title: text('title').trim(),
      author: text('author').trim(),
      help,
    },
  }
}
