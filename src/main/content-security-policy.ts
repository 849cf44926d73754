/**
 * The renderer needs nothing but its own files and its own API. Sent as a response header by both
 * hosts (the browser host's server and the desktop app's protocol handler) rather than as a
 * `<meta>` tag, so Vite's dev server can send a looser one of its own (see electron.vite.config.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * While developing: Vite injects each stylesheet as an inline `<style>` and pushes updates over a
 * WebSocket; everything else stays as strict as the built app.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
).replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*")
