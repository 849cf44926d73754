import { createContext, useContext } from 'solid-js'
import type { Api } from '../../shared/contract'

/** The Api for the components below: the real one in the app, fakes in tests. */
export const ApiContext = createContext<Api>()

/** The Api provided above this component; a missing provider is a programming error. */
export function useApi(): Api {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi() needs an <ApiContext.Provider> above it.')
  return api
}
