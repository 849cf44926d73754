/**
 * Writes docs/sample-pack.pdf and docs/sample-pack/page-N.png from the bundled articles and the
 * sample annotations, for the README and for looking at every page after a change:
 *
 *   npm run sample-pack
 *
 * The page renders need poppler's pdftoppm on the PATH.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadLibrary } from '../src/main/library/load-library'
import { layoutBriefing } from '../src/main/briefing/layout'
import { renderBriefing } from '../src/main/briefing/render'
import { sampleRequest, sampleStore } from '../test-support/briefing/sample-store'

const root = fileURLToPath(new URL('..', import.meta.url))
const docs = join(root, 'docs')
const pagesDir = join(docs, 'sample-pack')

const library = await loadLibrary(join(root, 'resources', 'articles'))
const articles = library.list().map((summary) => library.get(summary.id))
const briefing = layoutBriefing(sampleRequest(), articles, sampleStore(articles))
const pdf = join(docs, 'sample-pack.pdf')
const started = performance.now()
const { pages, missingGlyphs } = await renderBriefing(briefing, pdf, {
  now: new Date('2025-03-14T12:00:00Z'),
})
const ms = Math.round(performance.now() - started)
console.log(`Wrote ${pdf}: ${pages} pages in ${ms} ms`)
if (missingGlyphs.length > 0) console.warn(`Characters the fonts lack: ${missingGlyphs.join(' ')}`)

await rm(pagesDir, { recursive: true, force: true })
await mkdir(pagesDir, { recursive: true })
execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(pagesDir, 'page')])
// pdftoppm pads page numbers to the page count's width; name them page-1.png, page-2.png…
for (const name of await readdir(pagesDir)) {
  const match = /^page-0*(\d+)\.png$/u.exec(name)
  if (match && name !== `page-${match[1]}.png`) {
    await rename(join(pagesDir, name), join(pagesDir, `page-${match[1]}.png`))
  }
}
console.log(`Rendered ${pages} pages into ${pagesDir}`)
