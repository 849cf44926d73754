import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Annotation } from '../src/shared/model/annotation'
import type { Article, ArticleId } from '../src/shared/model/article'
import { loadLibrary } from '../src/main/library/load-library'
import { STORE_FILE } from '../src/main/store/open-store'
import { startHost } from '../test-support/host'
import { copyArticle, makeLongArticle } from '../test-support/long-article'
import { stageBuild } from '../test-support/staged-build'
import { currentLoad, describeMachine } from './machine'
import { summarise, type PairedSamples, type Schedule } from './measure'
import { DESKTOP, benchPaint, launchChromium, type PaintResult } from './paint-bench'
import { PACK_ANNOTATIONS, PACK_ARTICLES } from './briefing-pack'
import { benchPack, type PackResult } from './pack-bench'
import { formatMarkdown, formatTable, writeResults, type Detail, type Row } from './report'
import {
  annotationFromDraft,
  createRandom,
  evenlySpreadDrafts,
  randomAnnotations,
  randomId,
  type Random,
} from './seed-annotations'
import { benchCreate, benchOpen, seedStore } from './store-bench'
import { Cleanup } from './temp'
import { NEWS_ID, ROUND_UP_ID } from '../test-support/articles'

// `npm run bench` builds the app, then runs this: the budgets of docs/performance.md, measured.

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const ARTICLES_DIR = join(ROOT, 'resources', 'articles')
const DOC = join(ROOT, 'docs', 'performance.md')

const STORE_RUNS: Schedule = { warmup: 3, runs: 11 }
const PAINT_RUNS: Schedule = { warmup: 2, runs: 9 }
// Fewer runs where one run takes seconds, so the bench still ends within a few minutes.
const SLOW_PAINT_RUNS: Schedule = { warmup: 1, runs: 7 }
// A briefing pack takes a second or more each way, and a fresh process per run.
const PACK_RUNS: Schedule = { warmup: 1, runs: 7 }
const STORE_ANNOTATIONS = 10_000
const HIGHLIGHTS = 1_000
const ROUND_UP = ROUND_UP_ID
const NEWS = NEWS_ID
// Bench-only articles, served by a staged copy of the build (see e2e/staged-build.ts). Each `…-plain`
// twin has the same text and no highlights: the baseline of its article.
const LONG_READ = 'bench-long-read' as ArticleId
const LONG_READ_PLAIN = 'bench-long-read-plain' as ArticleId
const ROUND_UP_PLAIN = 'bench-round-up-plain' as ArticleId
const LONG_READ_WORDS = 8_000

const log = (message: string) => process.stderr.write(`bench: ${message}\n`)
const count = (n: number) => n.toLocaleString('en')
const summarisePair = (samples: PairedSamples, baselineLabel: string) => ({
  subject: summarise(samples.subject),
  baseline: { label: baselineLabel, summary: summarise(samples.baseline) },
})

/** Steps 1 and 2: a store of 10,000 annotations on the bundled articles, opened and added to. */
async function benchStore(cleanup: Cleanup, random: Random) {
  const library = await loadLibrary(ARTICLES_DIR)
  const roundUp = library.get(ROUND_UP)
  log(`seeding a store with ${count(STORE_ANNOTATIONS)} annotations`)
  const dataDir = await cleanup.tempDir('store')
  const seed = randomAnnotations([roundUp, library.get(NEWS)], STORE_ANNOTATIONS, random)
  await seedStore(dataDir, seed)
  const { size } = await stat(join(dataDir, STORE_FILE))
  log('opening it')
  const open = await benchOpen(dataDir, STORE_ANNOTATIONS, STORE_RUNS)
  log('adding annotations to it')
  const scratch = await cleanup.tempDir('scratch')
  const create = await benchCreate(dataDir, scratch, library, roundUp, random, STORE_RUNS)
  return { open, create, fileMB: size / 1e6 }
}

/** One reader measurement: an article with highlights, its plain twin, and the store behind both. */
interface PaintScenario {
  article: Article
  plain: Article
  highlights: number
  annotations: Annotation[]
  schedule: Schedule
  viewport?: { width: number; height: number }
}

/** Step 3: the reader in Chromium, on a staged build whose library holds the bench's articles. */
async function benchReader(cleanup: Cleanup, random: Random) {
  const longRead = await makeLongArticle(ARTICLES_DIR, [ROUND_UP, NEWS], {
    id: LONG_READ,
    title: 'A long read made of the bundled articles',
    minWords: LONG_READ_WORDS,
  })
  const stage = await cleanup.tempDir('app')
  await stageBuild(
    ROOT,
    [
      longRead,
      { ...longRead, id: LONG_READ_PLAIN },
      await copyArticle(ARTICLES_DIR, ROUND_UP, ROUND_UP),
      await copyArticle(ARTICLES_DIR, NEWS, NEWS),
      await copyArticle(ARTICLES_DIR, ROUND_UP, ROUND_UP_PLAIN),
    ],
    stage,
  )
  // Loaded as the host loads them, so drafts carry the content hash the host computes.
  const library = await loadLibrary(join(stage, 'resources', 'articles'))
  const browser = await launchChromium()
  cleanup.add(() => browser.close())

  const paint = async (scenario: PaintScenario): Promise<PaintResult> => {
    const dataDir = await cleanup.tempDir('data')
    await seedStore(dataDir, scenario.annotations)
    // The host serves the staged copy's library; its data folder goes with the bench's others.
    const host = await startHost(dataDir, { appRoot: stage })
    cleanup.add(() => host.stop({ keepData: true }))
    try {
      const { article, plain, highlights } = scenario
      return await benchPaint(
        browser,
        host,
        { highlighted: article, plain, highlights },
        scenario.schedule,
        scenario.viewport,
      )
    } finally {
      await host.stop()
    }
  }

  const long = library.get(LONG_READ)
  const longPlain = library.get(LONG_READ_PLAIN)
  const roundUp = library.get(ROUND_UP)
  // The long read's highlights are the student's newest: made after anything else in the store.
  const spread = evenlySpreadDrafts(long, HIGHLIGHTS).map((draft) =>
    annotationFromDraft(draft, randomId(random), new Date(Date.UTC(2026, 0, 1))),
  )
  log(`painting ${count(HIGHLIGHTS)} highlights on a ${count(long.wordCount)}-word article`)
  const longAlone = await paint({
    article: long,
    plain: longPlain,
    highlights: HIGHLIGHTS,
    annotations: spread,
    schedule: PAINT_RUNS,
  })
  log(`the same in a ${DESKTOP.width}-pixel window, the panel listing them beside the text`)
  const longBesidePanel = await paint({
    article: long,
    plain: longPlain,
    highlights: HIGHLIGHTS,
    annotations: spread,
    schedule: PAINT_RUNS,
    viewport: DESKTOP,
  })
  log(`the same, with ${count(STORE_ANNOTATIONS - HIGHLIGHTS)} older annotations on other articles`)
  const earlier = randomAnnotations(
    [roundUp, library.get(NEWS)],
    STORE_ANNOTATIONS - HIGHLIGHTS,
    random,
  )
  const longInFullStore = await paint({
    article: long,
    plain: longPlain,
    highlights: HIGHLIGHTS,
    annotations: [...earlier, ...spread],
    schedule: SLOW_PAINT_RUNS,
  })
  log(
    `painting ${count(HIGHLIGHTS)} overlapping highlights on the ${roundUp.wordCount}-word round-up`,
  )
  const overlapping = await paint({
    article: roundUp,
    plain: library.get(ROUND_UP_PLAIN),
    highlights: HIGHLIGHTS,
    annotations: randomAnnotations([roundUp], HIGHLIGHTS, random),
    schedule: PAINT_RUNS,
  })
  const chromium = browser.version()
  // The pack's bench launches a fresh browser: this one should not sit beside it.
  await browser.close()
  return { long, longAlone, longBesidePanel, longInFullStore, roundUp, overlapping, chromium }
}

/** Step 4 (issue 4 §6): a briefing pack of 500 annotations, against Chromium's print-to-PDF. */
async function benchBriefingPack(cleanup: Cleanup): Promise<PackResult> {
  log(
    `exporting a briefing pack of ${count(PACK_ANNOTATIONS)} annotations over ${PACK_ARTICLES} articles, and printing it from HTML in Chromium`,
  )
  const browser = await launchChromium()
  cleanup.add(() => browser.close())
  try {
    return await benchPack(ROOT, browser, cleanup, PACK_RUNS)
  } finally {
    await browser.close()
  }
}

async function main(cleanup: Cleanup): Promise<void> {
  for (const built of ['out/main/serve.js', 'out/renderer/index.html']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run npm run build.`)
  }
  const loadAtStart = currentLoad()
  const random = createRandom(20_250_901)
  const store = await benchStore(cleanup, random)
  const reader = await benchReader(cleanup, random)
  const pack = await benchBriefingPack(cleanup)
  const machine = await describeMachine(reader.chromium, loadAtStart)

  const rows: Row[] = [
    {
      step: `Create an annotation until saved, store of ${count(STORE_ANNOTATIONS)}`,
      ...summarisePair(store.create.create, 'JSON.stringify + fs.writeFile, no fsync'),
      targetMs: 30,
    },
    {
      step: `Open and close a store of ${count(STORE_ANNOTATIONS)}`,
      ...summarisePair(store.open.open, 'JSON.parse(readFileSync)'),
      targetMs: 200,
    },
    {
      step: `Paint ${count(HIGHLIGHTS)} highlights, ${count(reader.long.wordCount)}-word article`,
      ...summarisePair(reader.longAlone.samples, 'same text, 0 highlights'),
      targetMs: 100,
    },
    {
      step: `The same, ${DESKTOP.width}-px window: the panel lists them beside the text`,
      ...summarisePair(reader.longBesidePanel.samples, 'same text and window, 0 highlights'),
      targetMs: 100,
    },
    {
      step: `The same, store of ${count(STORE_ANNOTATIONS)} (the rest older, other articles)`,
      ...summarisePair(reader.longInFullStore.samples, 'same text and store, 0 highlights'),
      targetMs: 100,
    },
    {
      step: `Paint ${count(HIGHLIGHTS)} overlapping highlights, ${reader.roundUp.wordCount}-word bundled article`,
      ...summarisePair(reader.overlapping.samples, 'same text, 0 highlights'),
      targetMs: 100,
    },
    {
      step: `Export a briefing pack, ${count(PACK_ANNOTATIONS)} annotations over ${PACK_ARTICLES} articles (${pack.pages} pages)`,
      ...summarisePair(
        pack.samples,
        `Chromium page.pdf, same pack as HTML (${pack.chromiumPages} pages)`,
      ),
      targetMs: 2_000,
    },
  ]
  const { create, open } = store
  const details: Detail[] = [
    {
      label: 'save: validateStoreData (10,000 known records + 1 new)',
      summary: summarise(create.validate),
    },
    { label: 'save: encodeStore (cached record text)', summary: summarise(create.stringify) },
    {
      label: 'save: writeFileDurably (temp file, fsync, rename, fsync of the folder)',
      summary: summarise(create.durableWrite),
    },
    { label: 'open: validateStoreData of the parsed file', summary: summarise(open.validate) },
    ...packDetails(pack),
  ]
  const drawn = (result: PaintResult) =>
    `drawn as ${count(result.marks)} \`mark.hl\` elements in ${result.paragraphs} paragraphs`
  const setup = [
    `Store: ${count(STORE_ANNOTATIONS)} annotations dealt alternately to the two bundled articles (1–20 words each, up to two tags, some speakers and notes); \`briefpack.json\` is ${store.fileMB.toFixed(1)} MB.`,
    `Long article: the bundled texts repeated to ${count(reader.long.wordCount)} words; ${count(HIGHLIGHTS)} highlights of up to four words, evenly spread, not overlapping, ${drawn(reader.longAlone)}. Windows are 1,280×800 (the annotation panel closed, as it starts below 1,400 px) except in the ${DESKTOP.width}×${DESKTOP.height} case, where the panel sits beside the text and its list fills in from the top, 20 entries at first and 25 more after each painted frame; the clock stops in the frame after the first painted with every mark, so the entries made by then count. Its store holds only those; in the 10,000 case, ${count(STORE_ANNOTATIONS - HIGHLIGHTS)} annotations on the bundled articles come before them (made earlier).`,
    `Bundled article \`${ROUND_UP}\` (${reader.roundUp.wordCount} words): ${count(HIGHLIGHTS)} random highlights of 1–20 words, so heavily overlapping, ${drawn(reader.overlapping)}.`,
    `Briefing pack: ${PACK_ARTICLES} copies of the two bundled articles (new ids and titles, same text), ${count(PACK_ANNOTATIONS)} annotations dealt in turn to them as in the store; every article and highlight, grouped by tag, with notes, the annotated articles and the codebook. Timed: layoutBriefing + renderBriefing to a file, in a fresh Node process per run (cold code, fonts parsed each time); ${pack.pages} pages, ${mebibytes(pack.pdfBytes)} MiB.`,
    `Its baseline: the same BriefingDocument as one HTML document (${mebibytes(pack.htmlBytes)} MiB, ${mebibytes(pack.fontBytes)} MiB of it the same six faces as data URLs) printed by Chromium, a fresh context and page per run, timed from page.setContent to page.pdf written (A4, same margins, running header and page numbers, tagged, with outline); ${pack.chromiumPages} pages, ${mebibytes(pack.chromiumPdfBytes)} MiB.`,
  ]
  console.log(formatTable(rows, details, setup))
  console.log(
    `\n${machine.cpu}, ${machine.cores} cores; Node ${machine.node}; Chromium ${machine.chromium}; temp on ${machine.tempFileSystem}; load ${machine.load}`,
  )
  await writeResults(DOC, formatMarkdown(rows, details, setup, machine))
  log(`results written to ${DOC}`)
}

const mebibytes = (bytes: number) => (bytes / 2 ** 20).toFixed(1)

/** Where the pack's time and memory go, and what Chromium spends its time on. */
function packDetails(pack: PackResult): Detail[] {
  const of = (values: number[]) => summarise(values)
  return [
    { label: 'pack: layoutBriefing (cold)', summary: of(pack.runs.map((r) => r.layoutMs)) },
    {
      label: 'pack: renderBriefing to a file (cold, fonts parsed)',
      summary: of(pack.runs.map((r) => r.renderMs)),
    },
    {
      label: 'pack: a second export in the same process (layout + render, warm)',
      summary: of(pack.runs.map((r) => r.secondMs)),
    },
    {
      label: 'pack: peak memory, max RSS of the exporting process',
      summary: of(pack.runs.map((r) => r.maxRss)),
      unit: 'MiB',
    },
    {
      label: 'pack: RSS just before the export (Node, tsx, the app’s modules, the input)',
      summary: of(pack.runs.map((r) => r.rssBefore)),
      unit: 'MiB',
    },
    {
      label: 'Chromium: page.setContent until the fonts are loaded',
      summary: of(pack.chromiumRuns.map((r) => r.contentMs)),
    },
    {
      label: 'Chromium: page.pdf until the file is written',
      summary: of(pack.chromiumRuns.map((r) => r.pdfMs)),
    },
  ]
}

const cleanup = new Cleanup()
let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true
    log(`${signal}: stopping and cleaning up (again to quit at once, leaving temp folders)`)
    void cleanup.interrupt()
  })
}
main(cleanup)
  .catch((error: unknown) => {
    if (interrupted) return
    console.error('bench failed:', error)
    process.exitCode = 1
  })
  .finally(async () => {
    await cleanup.run()
    if (interrupted) process.exitCode = 130
  })
