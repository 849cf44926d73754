import type { Channel, Contract } from './contract'
import type { WireResult } from './errors'

/**
 * What the preload exposes as `window.api`: one function per channel, resolving to a WireResult
 * (errors cross the bridge as values; the renderer's api.ts unwraps them).
 */
export type Bridge = {
  [C in Channel]: (...args: Parameters<Contract[C]>) => Promise<WireResult<ReturnType<Contract[C]>>>
}
