import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// Debian's Chromium where it is installed (CI and our machines cannot download Playwright's own);
// elsewhere, Playwright's browser from `npx playwright install chromium`.
const debianChromium = '/usr/bin/chromium'
const executablePath = existsSync(debianChromium) ? debianChromium : undefined

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // This machine has no network beyond loopback: keep Chromium from reaching out at all.
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // As in the Electron app: text can be selected with the keyboard alone.
        '--enable-caret-browsing',
      ],
    },
  },
})
