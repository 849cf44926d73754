import { vi } from 'vitest'
import { CHANNELS, type Api, type Channel, type StoreStatus } from '../../src/shared/contract'

const STATUS: StoreStatus = {
  dataDir: '/data',
  pendingWrites: 0,
  lastSavedAt: null,
  lastError: null,
  recovery: null,
  canUndo: false,
  canRedo: false,
  storeSession: 'test-session',
}

/** Answers for the calls every page makes on mount, so a component test names only its own. */
const DEFAULTS: Partial<Record<Channel, unknown>> = {
  'articles:list': [],
  'annotations:list': [],
  'tags:list': [],
  'speakers:list': [],
  'preferences:get': { lastColour: 'yellow' },
  'store:status': STATUS,
  'page:find': { matches: 0, activeMatch: 0 },
}

/** An Api for component tests: a spy per channel, answering `given` or a harmless default. */
export function fakeApi(given: Partial<Api> = {}): Api {
  return Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      vi.fn(given[channel] ?? (async () => DEFAULTS[channel] ?? null)),
    ]),
  ) as unknown as Api
}
