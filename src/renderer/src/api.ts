import type { Bridge } from '../../shared/bridge'
import type { Api } from '../../shared/contract'
import type { DesktopBridge } from '../../shared/desktop'
import {
  bridgeTransport,
  createApi,
  httpTransport,
  withBrowserClipboard,
  type Transport,
} from './api-transport'

declare global {
  interface Window {
    /** Present in the Electron app (built by the preload); absent in the browser host. */
    api?: Bridge
    /** The desktop shell's commands and flush requests, in the Electron app only. */
    desktop?: DesktopBridge
  }
}

/**
 * The only reference to window.api and window.desktop: the rest of the renderer never knows
 * which host it runs in. The outbox sends changes through the transport itself (it needs each
 * answer's save report); everything else goes through the Api. In a browser, the page writes
 * the clipboard itself.
 */
export const transport: Transport = window.api
  ? bridgeTransport(window.api)
  : httpTransport(new URL(document.baseURI))

export const api: Api = window.api
  ? createApi(transport)
  : withBrowserClipboard(createApi(transport), navigator.clipboard)

/** The desktop shell, or null in the browser host (where the browser's own find applies). */
export const desktop: DesktopBridge | null = window.desktop ?? null
