import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArticleId } from '../src/shared/model/article'
import { loadLibrary } from '../src/main/library/load-library'
import { describeMachine } from './machine'
import { summarise, type PairedSamples, type Schedule } from './measure'
import { copyArticle, makeLongArticle, type ArticleFiles } from './long-article'
import { benchPaint, launchChromium } from './paint-bench'
import { formatMarkdown, formatTable, writeResults, type Detail, type Row } from './report'
import {
  annotationFromDraft,
  createRandom,
  evenlySpreadDrafts,
  randomAnnotations,
  randomId,
} from './seed-annotations'
import { stageBuild, startStagedHost } from './staged-host'
import { benchCreate, benchOpen, seedStore } from './store-bench'
import { Cleanup } from './temp'

// `npm run bench`: builds the app, then measures the three budgets in docs/performance.md.

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const ARTICLES_DIR = join(ROOT, 'resources', 'articles')
const DOC = join(ROOT, 'docs', 'performance.md')

const STORE_RUNS: Schedule = { warmup: 3, runs: 11 }
const PAINT_RUNS: Schedule = { warmup: 2, runs: 9 }
const STORE_ANNOTATIONS = 10_000
const HIGHLIGHTS = 1_000
const ROUND_UP = '000_3c475a4ad3004cc5' as ArticleId
const NEWS = '003_d19da5c6ad6d0496' as ArticleId
const LONG = { id: 'bench-long-read', plain: 'bench-long-read-plain', minWords: 8_000 }
const ROUND_UP_PLAIN = 'bench-round-up-plain'

const log = (message: string) => process.stderr.write(`bench: ${message}\n`)
const pair = (samples: PairedSamples) => ({
  subject: summarise(samples.subject),
  baseline: summarise(samples.baseline),
})

async function main(cleanup: Cleanup): Promise<void> {
  for (const built of ['out/main/serve.js', 'out/renderer/index.html']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run npm run build.`)
  }
  const random = createRandom(20_250_901)
  const library = await loadLibrary(ARTICLES_DIR)
  const roundUp = library.get(ROUND_UP)
  const news = library.get(NEWS)

  log(`seeding a store with ${STORE_ANNOTATIONS} annotations`)
  const storeDir = await cleanup.tempDir('store')
  await seedStore(storeDir, randomAnnotations([roundUp, news], STORE_ANNOTATIONS, random))
  log('opening it')
  const open = await benchOpen(storeDir, STORE_ANNOTATIONS, STORE_RUNS)
  log('creating annotations in it')
  const scratch = await cleanup.tempDir('scratch')
  const create = await benchCreate(storeDir, scratch, library, roundUp, random, STORE_RUNS)

  // The renderer is measured on a staged copy of the build whose library adds a long read and
  // highlight-free twins of it and of the round-up: same text, so they are the baselines.
  const staged: ArticleFiles[] = [
    await makeLongArticle(ARTICLES_DIR, [ROUND_UP, NEWS], {
      id: LONG.id,
      title: 'A long read made of the bundled articles',
      minWords: LONG.minWords,
    }),
    await copyArticle(ARTICLES_DIR, ROUND_UP, ROUND_UP),
    await copyArticle(ARTICLES_DIR, ROUND_UP, ROUND_UP_PLAIN),
  ]
  staged.push({ ...staged[0]!, id: LONG.plain })
  const stage = await stageBuild(ROOT, staged, cleanup)
  const stagedLibrary = await loadLibrary(join(stage, 'resources', 'articles'))
  const long = stagedLibrary.get(LONG.id as ArticleId)
  const at = new Date(Date.UTC(2025, 8, 1))

  const browser = await launchChromium()
  cleanup.add(() => browser.close())
  const paint = async (article: typeof long, plainId: string, annotations: 'spread' | 'random') => {
    const dataDir = await cleanup.tempDir('data')
    await seedStore(
      dataDir,
      annotations === 'spread'
        ? evenlySpreadDrafts(article, HIGHLIGHTS).map((d) => annotationFromDraft(d, randomId(random), at))
        : randomAnnotations([article], HIGHLIGHTS, random),
    )
    const host = await startStagedHost(stage, dataDir, cleanup)
    try {
      const plain = stagedLibrary.get(plainId as ArticleId)
      return await benchPaint(browser, host, { highlighted: article, plain, highlights: HIGHLIGHTS }, PAINT_RUNS)
    } finally {
      await host.stop()
    }
  }
  log(`painting ${HIGHLIGHTS} highlights on a ${long.wordCount}-word article`)
  const paintLong = await paint(long, LONG.plain, 'spread')
  log(`painting ${HIGHLIGHTS} overlapping highlights on the ${roundUp.wordCount}-word round-up`)
  const paintRoundUp = await paint(stagedLibrary.get(ROUND_UP), ROUND_UP_PLAIN, 'random')
  const machine = await describeMachine(browser.version())

  const rows: Row[] = [
    {
      step: `Create an annotation, saved, in a store of ${STORE_ANNOTATIONS.toLocaleString('en')}`,
      ...withBaseline(pair(create.create), 'JSON.stringify + fs.writeFile, no fsync'),
      targetMs: 30,
    },
    {
      step: `Open and close a store of ${STORE_ANNOTATIONS.toLocaleString('en')}`,
      ...withBaseline(pair(open.open), 'JSON.parse(readFileSync)'),
      targetMs: 200,
    },
    {
      step: `Paint ${HIGHLIGHTS.toLocaleString('en')} highlights, ${long.wordCount.toLocaleString('en')}-word article`,
      ...withBaseline(pair(paintLong.painted), 'same article, 0 highlights'),
      targetMs: 100,
    },
    {
      step: `Paint ${HIGHLIGHTS.toLocaleString('en')} overlapping highlights, ${roundUp.wordCount}-word bundled article`,
      ...withBaseline(pair(paintRoundUp.painted), 'same article, 0 highlights'),
      targetMs: 100,
    },
  ]
  const details: Detail[] = [
    { label: 'create: validateStoreData of the whole store', summary: summarise(create.validate) },
    { label: 'create: serializeStore (JSON.stringify)', summary: summarise(create.stringify) },
    {
      label: 'create: writeFileDurably (temp file, fsync, rename, fsync folder)',
      summary: summarise(create.durableWrite),
    },
    { label: 'open: validateStoreData of the parsed file', summary: summarise(open.validate) },
    ...[
      ['long article', paintLong] as const,
      ['bundled article', paintRoundUp] as const,
    ].flatMap(([name, result]) => [
      {
        label: `paint, ${name}: to the task after the first frame (rAF + message), ${result.marks} marks`,
        summary: summarise(result.frame.subject),
      },
      {
        label: `paint, ${name}, 0 highlights: to the task after the first frame`,
        summary: summarise(result.frame.baseline),
      },
    ]),
  ]
  console.log(formatTable(rows, details))
  console.log(
    `\n${machine.cpu}, ${machine.cores} cores; Node ${machine.node}; Chromium ${machine.chromium}; temp on ${machine.tempFileSystem}`,
  )
  await writeResults(DOC, formatMarkdown(rows, details, machine))
  log(`results written to ${DOC}`)
}

function withBaseline(
  summaries: ReturnType<typeof pair>,
  label: string,
): Pick<Row, 'subject' | 'baseline'> {
  return { subject: summaries.subject, baseline: { label, summary: summaries.baseline } }
}

const cleanup = new Cleanup()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`)
    void cleanup.run().finally(() => process.exit(130))
  })
}
main(cleanup)
  .catch((error: unknown) => {
    console.error('bench failed:', error)
    process.exitCode = 1
  })
  .finally(() => cleanup.run())
