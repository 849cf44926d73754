/**
 * One run of the briefing-pack bench, in a fresh Node process (pack-bench.ts starts it as
 * `node --import tsx bench/pack-child.ts <out.pdf>`), so its peak memory is the export's alone and
 * its code starts as cold as a student's first export in a session. It builds the pack's input
 * (not timed: the app holds the store and articles in memory already), then times layoutBriefing
 * + renderBriefing to `<out.pdf>`, reads the process's peak RSS, and exports once more in the same
 * process for what a second export costs. It prints one line of JSON: a `PackRun`.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { layoutBriefing } from '../src/main/briefing/layout'
import { renderBriefing } from '../src/main/briefing/render'
import { makePackInput } from './briefing-pack'

/** What one child reports; times in ms, memory in bytes. */
export interface PackRun {
  layoutMs: number
  renderMs: number
  pages: number
  missingGlyphs: string[]
  /** RSS just before the export: Node, the loader, the app's modules and the pack's input. */
  rssBefore: number
  /** The process's peak RSS once the export has finished (getrusage's ru_maxrss). */
  maxRss: number
  /** layoutBriefing + renderBriefing again, in the same (now warm) process. */
  secondMs: number
}

const out = process.argv[2]
if (!out) throw new Error('usage: pack-child.ts <out.pdf>')
const root = dirname(dirname(fileURLToPath(import.meta.url)))
const { request, articles, store } = await makePackInput(join(root, 'resources', 'articles'))

const rssBefore = process.memoryUsage().rss
const start = performance.now()
const briefing = layoutBriefing(request, articles, store)
const laidOut = performance.now()
const result = await renderBriefing(briefing, out)
const rendered = performance.now()
const maxRss = process.resourceUsage().maxRSS * 1024

const again = performance.now()
await renderBriefing(layoutBriefing(request, articles, store), out)
const secondMs = performance.now() - again

const run: PackRun = {
  layoutMs: laidOut - start,
  renderMs: rendered - laidOut,
  pages: result.pages,
  missingGlyphs: result.missingGlyphs,
  rssBefore,
  maxRss,
  secondMs,
}
process.stdout.write(`${JSON.stringify(run)}\n`)
