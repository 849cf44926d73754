import { chromium, type Browser, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import type { Article } from '../src/shared/model/article'
import { measurePaired, type PairedSamples, type Schedule } from './measure'
import type { RunningHost } from '../test-support/host'

/** The Chromium the e2e tests use: Debian's, with no GPU and no network beyond loopback. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking', '--no-first-run'],
    // Playwright would exit the process on Ctrl+C before the bench removes its temp folders.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  })
}

/** What one navigation saw when it stopped the clock. */
interface Navigation {
  paragraphs: number
  marks: number
  highlights: number
  /** From the hash change to the second requestAnimationFrame after the DOM was complete. */
  ms: number
}

const PROBE = fileURLToPath(new URL('./paint-probe.js', import.meta.url))

/** A page at the library, the student's annotations loaded, the probe installed. */
async function openLibrary(page: Page, host: RunningHost): Promise<void> {
  await page.goto('about:blank')
  // Annotations are fetched once, when the app starts: wait for that, so the clock covers only
  // what opening an article costs (fetching it, anchoring, rendering, painting).
  await page.goto(host.url, { waitUntil: 'networkidle' })
}

async function timeNavigation(
  page: Page,
  host: RunningHost,
  article: Article,
  highlights: number,
): Promise<Navigation> {
  await openLibrary(page, host)
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph').length
  const expected = { paragraphs, highlights }
  const seen = (await page.evaluate(
    `window.__briefpackBench.timeNavigation(${JSON.stringify(`#/articles/${article.id}`)}, ${JSON.stringify(expected)})`,
  )) as Navigation
  if (seen.paragraphs !== paragraphs || seen.highlights !== highlights) {
    throw new Error(
      `${article.id}: expected ${JSON.stringify(expected)}, saw ${JSON.stringify(seen)}`,
    )
  }
  return seen
}

export interface PaintResult {
  /** With the highlights, and the same text with none. */
  samples: PairedSamples
  /** `mark.hl` elements drawn for the highlights (overlaps and attributions split them into runs). */
  marks: number
  paragraphs: number
}

/** A laptop's window: the annotation panel opens over the text when asked for. */
export const LAPTOP = { width: 1280, height: 800 }
/** A desktop monitor's: the panel sits beside the text, listing every highlight as it opens. */
export const DESKTOP = { width: 1920, height: 1080 }

/**
 * Open `highlighted` (carrying `highlights` annotations) and `plain` (the same text, none) in the
 * reader, each from a fresh page load, alternately, and time each from the hash change to the
 * painted frame.
 */
export async function benchPaint(
  browser: Browser,
  host: RunningHost,
  articles: { highlighted: Article; plain: Article; highlights: number },
  schedule: Schedule,
  viewport: { width: number; height: number } = LAPTOP,
): Promise<PaintResult> {
  const context = await browser.newContext({ viewport })
  try {
    await context.addInitScript({ path: PROBE })
    const page = await context.newPage()
    const drawn = { marks: 0, paragraphs: 0 }
    const samples = await measurePaired(
      schedule,
      async () => {
        const seen = await timeNavigation(page, host, articles.highlighted, articles.highlights)
        Object.assign(drawn, { marks: seen.marks, paragraphs: seen.paragraphs })
        return seen.ms
      },
      async () => (await timeNavigation(page, host, articles.plain, 0)).ms,
    )
    return { samples, ...drawn }
  } finally {
    await context.close()
  }
}
