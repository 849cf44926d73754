import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Article } from '../src/shared/model/article'
import { expectNoSeriousViolations } from './axe'
import { expect, test } from './fixtures'
import {
  callHost as call,
  highlightThroughHost,
  startHost,
  type RunningHost,
} from '../test-support/host'
import { makeLongArticle } from '../test-support/long-article'
import { selectWithMouse } from './mouse'
import { stageBuild } from '../test-support/staged-build'
import { NEWS_ID, ROUND_UP_ID } from '../test-support/articles'

// A long, well-read article: the reader draws only the rows near the viewport, and the panel's
// list fills in over a few frames. These journeys check that nothing a student does reaches a
// part of the page that was not drawn yet and finds it missing.

const LONG_READ = 'long-read'
const BUNDLED = [ROUND_UP_ID, NEWS_ID]

let stage: string

test.beforeAll(async () => {
  stage = await mkdtemp(join(tmpdir(), 'briefpack-e2e-stage-'))
  const longRead = await makeLongArticle(join('resources', 'articles'), BUNDLED, {
    id: LONG_READ,
    title: 'A long read',
    minWords: 8_000,
  })
  await stageBuild(process.cwd(), [longRead], stage)
})

test.afterAll(async () => {
  await rm(stage, { recursive: true, force: true })
})

/** A host on the staged long read, with one highlight on the first four words of every paragraph. */
async function startAnnotatedHost(): Promise<{ host: RunningHost; article: Article }> {
  const host = await startHost(undefined, { appRoot: stage })
  const article = await call<Article>(host, 'articles:get', LONG_READ)
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph') continue
    const words = [...article.text.slice(block.start, block.end).matchAll(/\S+/gu)].slice(0, 4)
    const end = block.start + words.at(-1)!.index + words.at(-1)![0].length
    await highlightThroughHost(host, article, block.start, end)
  }
  return { host, article }
}

const paragraphCount = (article: Article) =>
  article.blocks.filter((b) => b.kind === 'paragraph').length

/** Open the long read, wide enough for the panel to sit beside the text, and wait for it whole. */
async function openLongRead(page: Page, host: RunningHost, highlights: number) {
  await page.setViewportSize({ width: 1600, height: 900 })
  await page.goto(`${host.url}#/articles/${LONG_READ}`)
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  const list = panel.getByRole('list', { name: 'Highlights in this article' })
  await expect(list.getByRole('listitem')).toHaveCount(highlights)
  await expect(list).not.toHaveAttribute('aria-busy')
  return { panel, list }
}

/** Tag DOM nodes with a property, to see later whether they are still the same nodes. */
const tagNodes = (page: Page, selector: string) =>
  page.evaluate((s) => {
    document.querySelectorAll(s).forEach((node, i) => Object.assign(node, { __seen: i }))
    return document.querySelectorAll(s).length
  }, selector)
const countTagged = (page: Page, selector: string) =>
  page.evaluate(
    (s) => [...document.querySelectorAll(s)].filter((node) => '__seen' in node).length,
    selector,
  )

test('every highlight of a long read is drawn, listed, and reached from the panel', async ({
  page,
}) => {
  // 128 highlights made through the host and an axe pass over the long page take a while on a
  // busy machine; the budget is for the journey, not a measure of speed (that is npm run bench).
  test.setTimeout(60_000)
  const { host, article } = await startAnnotatedHost()
  try {
    const paragraphs = paragraphCount(article)
    expect(paragraphs).toBeGreaterThan(100)
    const { list } = await openLongRead(page, host, paragraphs)
    await expect(page.locator('.para-row')).toHaveCount(paragraphs)
    // Rows far below the window are not drawn yet, but their highlights are in the page: one
    // Tab stop each (a highlight over the reporter's framing and the words reported is two runs).
    const highlights = page.locator('mark.hl[tabindex="0"]')
    await expect(highlights).toHaveCount(paragraphs)
    const lastMark = highlights.last()
    await expect(lastMark).not.toBeInViewport()
    // Rows not drawn yet, and the panel's long list, are still a page a screen reader can use.
    await expectNoSeriousViolations(page)

    // The last entry takes the student to the last highlight, drawn, in view and focused.
    await list.getByRole('listitem').last().getByRole('button').click()
    await expect(lastMark).toHaveClass(/hl--flash/) // for 1.6 s: checked first
    await expect(lastMark).toBeFocused()
    await expect(lastMark).toBeInViewport()

    // From the keyboard: Shift+Tab walks back through highlights drawn on the way.
    await page.keyboard.press('Shift+Tab')
    const previous = highlights.nth(paragraphs - 2)
    await expect(previous).toBeFocused()
    await expect(previous).toBeInViewport()
  } finally {
    await host.stop()
  }
})

test('a link to one highlight of a long read opens the article at that highlight', async ({
  page,
}) => {
  const { host, article } = await startAnnotatedHost()
  try {
    const annotations = await call<{ id: string }[]>(host, 'annotations:list', null)
    const middle = annotations[Math.floor(annotations.length * 0.8)]!
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${host.url}#/articles/${LONG_READ}/annotations/${middle.id}`)
    const mark = page.locator(`mark[data-annotation-ids~="${middle.id}"]`)
    await expect(mark).toBeFocused()
    await expect(mark).toBeInViewport()
    expect(paragraphCount(article)).toBeGreaterThan(100)
  } finally {
    await host.stop()
  }
})

test('changing one highlight of a long read redraws only that highlight and its entry', async ({
  page,
}) => {
  const { host, article } = await startAnnotatedHost()
  try {
    const paragraphs = paragraphCount(article)
    const { list } = await openLongRead(page, host, paragraphs)
    const marks = await tagNodes(page, 'mark.hl')
    const entries = await tagNodes(page, '.annotation-list > li')

    // A note on the tenth highlight, written in its editor.
    const tenth = page.locator('mark.hl').nth(9)
    await tenth.click()
    const editor = page.getByRole('dialog', { name: 'Highlight' })
    await editor.getByRole('textbox', { name: 'Note' }).fill('Compare with the opening.')
    await page.keyboard.press('Escape')
    await expect(list.getByRole('listitem').nth(9)).toContainText('Compare with the opening.')
    // Every mark is the one drawn before; of the entries, only the tenth was drawn again.
    expect(await countTagged(page, 'mark.hl')).toBe(marks)
    expect(await countTagged(page, '.annotation-list > li')).toBe(entries - 1)

    // A new highlight far down, selected with the mouse after scrolling there.
    const last = page.locator(`.para-row[data-paragraph="${paragraphs}"] .para-text`)
    await last.scrollIntoViewIfNeeded()
    const text = (await last.textContent())!
    const words = text.split(/\s+/u).slice(6, 10).join(' ')
    await selectWithMouse(page, last, words)
    await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
    await page.keyboard.press('h')
    await expect(list.getByRole('listitem')).toHaveCount(paragraphs + 1)
    await expect(list.getByRole('listitem').last()).toContainText(words)
    // The paragraph reads as before, the marks already drawn stayed, and so did the entries.
    await expect(last).toHaveText(text)
    expect(await countTagged(page, 'mark.hl')).toBe(marks)
    expect(await countTagged(page, '.annotation-list > li')).toBe(entries - 1)

    await page.reload()
    await expect(list.getByRole('listitem')).toHaveCount(paragraphs + 1)
    await expect(list.getByRole('listitem').nth(9)).toContainText('Compare with the opening.')
  } finally {
    await host.stop()
  }
})
