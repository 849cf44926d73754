// `node scripts/make-icon.mjs`: draws build/icon.png (1024×1024), the app icon electron-builder
// turns into each platform's icons, from the app's own wordmark: a serif B in the accent colour,
// with a highlighter stroke under it. Needs Playwright's Chromium (see playwright.config.ts).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { PROJECT_ROOT } from './build-if-needed.mjs'

const font = readFileSync(
  join(
    PROJECT_ROOT,
    'node_modules/@fontsource-variable/literata/files/literata-latin-wght-normal.woff2',
  ),
).toString('base64')

// The colours are app.css's --accent, --bg and the yellow highlight.
const page = `<!doctype html><style>
  @font-face { font-family: Literata; src: url(data:font/woff2;base64,${font}) format('woff2'); font-weight: 200 900; }
  html, body { margin: 0; width: 1024px; height: 1024px; background: transparent; }
  .tile { position: absolute; inset: 64px; border-radius: 200px; background: #2d4a9a;
    box-shadow: inset 0 -24px 0 rgba(0,0,0,0.18); overflow: hidden; }
  .stroke { position: absolute; left: 200px; right: 200px; top: 610px; height: 150px;
    background: #f2c94c; border-radius: 40px; transform: rotate(-4deg); opacity: 0.95; }
  .b { position: absolute; inset: 0; display: grid; place-items: center; color: #f6f3ec;
    font: 720 700px/1 Literata, serif; padding-bottom: 40px; }
</style><div class="tile"><div class="stroke"></div><div class="b">B</div></div>`

const debianChromium = '/usr/bin/chromium'
const browser = await chromium.launch(
  existsSync(debianChromium) ? { executablePath: debianChromium } : {},
)
const tab = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
await tab.setContent(page)
await tab.evaluate('document.fonts.ready')
await tab.screenshot({ path: join(PROJECT_ROOT, 'build', 'icon.png'), omitBackground: true })
await browser.close()
console.log('Wrote build/icon.png')
