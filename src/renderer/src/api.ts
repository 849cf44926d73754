import type { Bridge } from '../../shared/bridge'
import type { Api } from '../../shared/contract'
import { bridgeTransport, createApi, httpTransport, type Transport } from './api-transport'

declare global {
  interface Window {
    /** Present in the Electron app (built by the preload); absent in the browser host. */
    api?: Bridge
  }
}

/** The only reference to window.api: the rest of the renderer never knows which host it runs in. */
export const transport: Transport = window.api
  ? bridgeTransport(window.api)
  : httpTransport(new URL(document.baseURI))

export const api: Api = createApi(transport)
