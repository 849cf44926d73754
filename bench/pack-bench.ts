import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from '@playwright/test'
import { layoutBriefing } from '../src/main/briefing/layout'
import { makePackInput } from './briefing-pack'
import { measurePaired, type PairedSamples, type Schedule } from './measure'
import type { PackRun } from './pack-child'
import { briefingHtml, PACK_MARGINS, packFontFaces, packHeaderFooter } from './pack-html'
import { stopChild } from '../test-support/host'
import type { Cleanup } from './temp'

const CHILD = fileURLToPath(new URL('./pack-child.ts', import.meta.url))
// A run takes a few seconds; this only stops a hung one from hanging the bench.
const CHILD_TIMEOUT_MS = 120_000

/** One run of Chromium's print-to-PDF of the pack as HTML, split where the time goes. */
interface ChromiumRun {
  /** page.setContent (to the load event) until the document's fonts are loaded. */
  contentMs: number
  /** page.pdf until the file is written. */
  pdfMs: number
}

export interface PackResult {
  /** Briefpack (layout + render to a file, in a fresh process) against Chromium's page.pdf. */
  samples: PairedSamples
  /** The kept runs of each, in order. */
  runs: PackRun[]
  chromiumRuns: ChromiumRun[]
  pages: number
  chromiumPages: number
  pdfBytes: number
  chromiumPdfBytes: number
  htmlBytes: number
  /** Of the HTML, the six faces as data URLs. */
  fontBytes: number
}

/**
 * Issue 4 §6: a pack of 500 annotations over 20 articles, exported by the real code in a fresh
 * Node process per run, alternating (ABBA, see measure.ts) with Chromium's page.pdf of the same
 * pack as HTML in `browser`, a fresh context and page per run. Both write their PDF into a temp
 * folder.
 */
export async function benchPack(
  root: string,
  browser: Browser,
  cleanup: Cleanup,
  schedule: Schedule,
): Promise<PackResult> {
  const dir = await cleanup.tempDir('pack')
  const packFile = join(dir, 'briefpack.pdf')
  const chromiumFile = join(dir, 'chromium.pdf')

  // The HTML is made once, from the very BriefingDocument the children lay out (the input is
  // seeded), and is not timed: Chromium's clock starts when it is handed the document.
  const { request, articles, store } = await makePackInput(join(root, 'resources', 'articles'))
  const briefing = layoutBriefing(request, articles, store)
  const fontFaces = await packFontFaces()
  const html = briefingHtml(briefing, fontFaces)
  const pdfOptions = {
    path: chromiumFile,
    format: 'A4',
    margin: PACK_MARGINS,
    printBackground: true,
    displayHeaderFooter: true,
    ...packHeaderFooter(briefing.meta.title),
    // As the pack is: accessible (tagged) and with bookmarks.
    tagged: true,
    outline: true,
  } as const

  const runs: PackRun[] = []
  const chromiumRuns: ChromiumRun[] = []
  const samples = await measurePaired(
    schedule,
    async () => {
      const run = await runChild(root, packFile, cleanup)
      runs.push(run)
      return run.layoutMs + run.renderMs
    },
    async () => {
      // A fresh context each run, so nothing (the decoded faces, say) is cached from the last.
      const context = await browser.newContext()
      try {
        const run = await printToPdf(await context.newPage(), html, pdfOptions)
        chromiumRuns.push(run)
        return run.contentMs + run.pdfMs
      } finally {
        await context.close()
      }
    },
  )
  const kept = <T>(all: T[]) => all.slice(all.length - schedule.runs)
  const keptRuns = kept(runs)
  const pages = new Set(keptRuns.map((r) => r.pages))
  if (pages.size !== 1) throw new Error(`The pack's page count varied: ${[...pages].join(', ')}`)
  const [packBytes, chromiumBytes] = await Promise.all([readFile(packFile), readFile(chromiumFile)])
  const [packPages, chromiumPages] = await Promise.all([
    pageCount(packBytes),
    pageCount(chromiumBytes),
  ])
  if (packPages !== keptRuns[0]!.pages) {
    throw new Error(`renderBriefing said ${keptRuns[0]!.pages} pages; the file has ${packPages}.`)
  }
  return {
    samples,
    runs: keptRuns,
    chromiumRuns: kept(chromiumRuns),
    pages: packPages,
    chromiumPages,
    pdfBytes: packBytes.length,
    chromiumPdfBytes: chromiumBytes.length,
    htmlBytes: Buffer.byteLength(html),
    fontBytes: Buffer.byteLength(fontFaces),
  }
}

/** Start pack-child.ts in a fresh Node process and return what it reports. */
async function runChild(root: string, out: string, cleanup: Cleanup): Promise<PackRun> {
  cleanup.throwIfInterrupted()
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, out], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  cleanup.add(() => stopChild(child))
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => void stopChild(child), CHILD_TIMEOUT_MS)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (exitCode) => resolve(exitCode))
  }).finally(() => clearTimeout(timer))
  const line = stdout.trim().split('\n').at(-1)
  if (code !== 0 || !line) {
    throw new Error(`The pack's child process exited with code ${code}:\n${stderr}`)
  }
  return JSON.parse(line) as PackRun
}

/** Chromium prints `html`: timed from setContent to the PDF written. */
async function printToPdf(
  page: Page,
  html: string,
  options: Parameters<Page['pdf']>[0],
): Promise<ChromiumRun> {
  const start = performance.now()
  await page.setContent(html, { waitUntil: 'load' })
  // Lay the page out so every face in use is requested, then wait for them: print-to-PDF
  // should set the pack's faces, not a fallback.
  const loaded = (await page.evaluate(
    `(void document.body.offsetHeight, document.fonts.ready.then((fonts) => [...fonts].filter((f) => f.status === 'loaded').length))`,
  )) as number
  const content = performance.now()
  await page.pdf(options)
  const printed = performance.now()
  if (loaded < 5) throw new Error(`Only ${loaded} of the pack's faces loaded in Chromium.`)
  return { contentMs: content - start, pdfMs: printed - content }
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  // Loaded here, once the store's steps are done: pdf.js's Node build brings polyfills that make
  // every JSON.stringify in the process about ten times slower (the store's baseline took 250 ms
  // instead of 30 while it was imported at the top).
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
  }).promise
  try {
    return pdf.numPages
  } finally {
    await pdf.destroy()
  }
}
