import type { Channel, Contract } from '../shared/contract'
import type { Library } from './library/load-library'

/** What main answers each channel with; a handler may be synchronous or not. */
export type Handlers = {
  [C in Channel]: (
    ...args: Parameters<Contract[C]>
  ) => ReturnType<Contract[C]> | Promise<ReturnType<Contract[C]>>
}

/**
 * Every channel's handler, delegating to the service that owns it. Arguments arrive already
 * validated (see dispatch.ts), so nothing here checks them again.
 */
export function createServices(deps: { library: Library }): Handlers {
  const { library } = deps
  return {
    'articles:list': () => library.list(),
    'articles:get': (id) => library.get(id),
  }
}
