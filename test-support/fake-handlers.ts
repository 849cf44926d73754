import { CHANNELS } from '../src/shared/contract'
import type { Handlers } from '../src/main/services'

/**
 * Handlers for tests of the transports: the ones given, and for every other channel one that
 * fails loudly, so a test never passes by calling something it did not mean to.
 */
export function fakeHandlers(given: Partial<Handlers>): Handlers {
  const unused = (channel: string) => () => {
    throw new Error(`${channel} is not used in this test`)
  }
  return Object.fromEntries(
    CHANNELS.map((channel) => [channel, given[channel] ?? unused(channel)]),
  ) as Handlers
}
