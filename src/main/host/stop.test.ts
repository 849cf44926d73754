import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../../shared/model/annotation'
import { BUNDLED_ARTICLES_DIR, NEWS_ID } from '../../../test-support/articles'
import { cleanupAfterEach } from '../../../test-support/store/cleanup'
import { draftFor } from '../../../test-support/workspace'
import { composeServices, type Services } from '../compose'
import type { Committed } from '../workspace/committed'
import { createStopper } from './stop'

const cleanup = cleanupAfterEach()
afterEach(() => vi.useRealTimers())

async function servicesWithANote(): Promise<{ services: Services; dataDir: string; id: string }> {
  const dataDir = await cleanup.tempDir('briefpack-stop-')
  const services = await composeServices({
    articlesDir: BUNDLED_ARTICLES_DIR,
    dataDir,
    delivery: { choose: async () => null },
  })
  cleanup.first(() => services.close())
  const article = await services.handlers['articles:get'](NEWS_ID)
  const created = await services.handlers['annotations:create'](
    draftFor(article, article.text.slice(0, 30)),
  )
  return { services, dataDir, id: (created as Committed<Annotation>).value.id }
}

function stopper(services: Pick<Services, 'close' | 'unsavedChanges'>, timeoutMs?: number) {
  const messages: string[] = []
  let resolveExit: (code: number) => void = () => {}
  const exited = new Promise<number>((resolve) => (resolveExit = resolve))
  const exit = vi.fn((code: number) => resolveExit(code))
  const closeHost = vi.fn(async () => {})
  const stop = createStopper({
    closeHost,
    services,
    exit,
    log: (message) => messages.push(message),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  })
  return { stop, exited, exit, messages, closeHost }
}

describe('stopping the browser host', () => {
  it('closes the door, saves everything and exits 0, once however many signals come', async () => {
    const { services, dataDir, id } = await servicesWithANote()
    await services.handlers['annotations:update'](id as never, { note: 'Last words' })
    const { stop, exited, exit, messages, closeHost } = stopper(services)
    stop('SIGINT')
    stop('SIGINT')
    expect(await exited).toBe(0)
    expect(exit).toHaveBeenCalledTimes(1)
    expect(closeHost).toHaveBeenCalledTimes(1)
    expect(messages).toEqual([
      'Briefpack is still saving your work; it stops as soon as that is done.',
    ])
    const saved = JSON.parse(await readFile(join(dataDir, 'briefpack.json'), 'utf8'))
    expect(saved.annotations[0].note).toBe('Last words')
  })

  it('says what could not be saved, and where, and exits 1', async () => {
    const { services, dataDir, id } = await servicesWithANote()
    const file = join(dataDir, 'briefpack.json')
    await rm(file)
    await mkdir(join(file, 'in-the-way'), { recursive: true })
    await services.handlers['annotations:update'](id as never, { note: 'Nowhere to go' })
    const { stop, exited, messages } = stopper(services)
    stop('SIGTERM')
    expect(await exited).toBe(1)
    expect(messages.join('\n')).toMatch(
      new RegExp(`Briefpack stopped, but one change was not saved in ${dataDir}: `),
    )
  })

  it('gives up on a disk that never answers, saying so, with exit code 1', async () => {
    vi.useFakeTimers()
    const hung = {
      close: () => new Promise<void>(() => {}),
      unsavedChanges: () => ({ count: 3, reason: 'the disk is busy', dataDir: '/media/usb' }),
    }
    const { stop, exited, messages } = stopper(hung, 10_000)
    stop('SIGINT')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(await exited).toBe(1)
    expect(messages[0]).toMatch(
      /did not answer within 10 s\. 3 changes were not saved in \/media\/usb/,
    )
  })
})
