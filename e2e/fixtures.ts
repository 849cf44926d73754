import { test as base } from '@playwright/test'
import { startHost, type RunningHost } from '../test-support/host'
import { NEWS_ID, ROUND_UP_ID } from '../test-support/articles'

/** One browser host per Playwright worker, started as a student would, with a data folder of its own. */
export const test = base.extend<{ freshHost: RunningHost }, { host: RunningHost }>({
  /** A host of the test's own, on an empty data folder: for journeys that change data. */
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  freshHost: async ({}, use) => {
    const host = await startHost()
    await use(host)
    await host.stop()
  },
  host: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const host = await startHost()
      await use(host)
      await host.stop()
    },
    { scope: 'worker' },
  ],
})

export { expect } from '@playwright/test'

/** The two bundled articles, as a student sees them. */
export const ARTICLES = {
  roundUp: {
    id: ROUND_UP_ID,
    title: 'Behind the headlines',
    kind: 'Round-up of expert comment',
    paragraphs: 6,
  },
  news: {
    id: NEWS_ID,
    title: 'Question mark over integration of senior posts as Ross quits health role',
    kind: 'News report',
    paragraphs: 10,
  },
} as const
