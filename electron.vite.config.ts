import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import solid from 'vite-plugin-solid'
import { DEV_CONTENT_SECURITY_POLICY } from './src/main/content-security-policy'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // `serve` is the browser host: the same services as the Electron app, over loopback HTTP.
        input: {
          index: resolve('src/main/index.ts'),
          serve: resolve('src/main/host/serve.ts'),
          // The headless export: the same pack from a data folder, for teachers.
          export: resolve('src/main/briefing/export-cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot `require` anything but electron: it must be one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: { rollupOptions: { input: resolve('src/renderer/index.html') } },
    // The built app gets its CSP as a header from its host (protocol.ts, host/server.ts); the dev
    // server sends one that lets Vite inject styles and push updates.
    server: { headers: { 'Content-Security-Policy': DEV_CONTENT_SECURITY_POLICY } },
    plugins: [solid()],
  },
})
