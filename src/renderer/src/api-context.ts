import { createContext, useContext } from 'solid-js'
import type { Api } from '../../shared/contract'
import type { Transport } from './api-transport'

/** The Api for the components below: the real one in the app, fakes in tests. */
export const ApiContext = createContext<Api>()

/**
 * The transport under the Api, for the outbox: its changes carry a change id and come back with
 * where they are saved, which the Api's plain values leave out.
 */
export const TransportContext = createContext<Transport>()

/** The Api provided above this component; a missing provider is a programming error. */
export function useApi(): Api {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi() needs an <ApiContext.Provider> above it.')
  return api
}

/** The transport provided above this component; a missing provider is a programming error. */
export function useTransport(): Transport {
  const transport = useContext(TransportContext)
  if (!transport) throw new Error('useTransport() needs a <TransportContext.Provider> above it.')
  return transport
}
