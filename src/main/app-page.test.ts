import { win32 } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_PAGE_URL, isAppPage, isExternalWebUrl, resolveAppPage } from './app-page'

// Where the Windows installer puts a student's copy: a user name with brackets and a tilde, the
// characters Chromium leaves unescaped in a file URL and Node's pathToFileURL escapes.
const windowsRenderer = win32.join(
  'C:\\Users\\Sam [Uni]~1\\AppData\\Local\\Programs\\Briefpack\\resources\\app.asar',
  'out',
  'renderer',
)

describe('resolveAppPage', () => {
  it('serves the built renderer on the app scheme, wherever it is installed', () => {
    for (const rendererDir of ['/opt/Briefpack/resources/app.asar/out/renderer', windowsRenderer]) {
      expect(resolveAppPage({ packaged: true, devServerUrl: undefined, rendererDir })).toEqual({
        kind: 'bundled',
        url: 'app://briefpack/index.html',
        rendererDir,
      })
    }
  })

  it('uses the dev server only when unpackaged', () => {
    const devServerUrl = 'http://localhost:5173'
    const rendererDir = '/project/out/renderer'
    expect(resolveAppPage({ packaged: false, devServerUrl, rendererDir })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    })
    expect(resolveAppPage({ packaged: true, devServerUrl, rendererDir }).kind).toBe('bundled')
    expect(resolveAppPage({ packaged: false, devServerUrl: '', rendererDir }).kind).toBe('bundled')
  })
})

describe('isAppPage', () => {
  it('trusts the app page under a Windows install path, as Chromium reports it', () => {
    const page = resolveAppPage({
      packaged: true,
      devServerUrl: undefined,
      rendererDir: windowsRenderer,
    })
    // The frame's URL never contains the install path, so its spelling cannot break the check.
    expect(isAppPage('app://briefpack/index.html#/articles/a1', page.url)).toBe(true)
    expect(isAppPage('app://briefpack/index.html', page.url)).toBe(true)
    expect(isAppPage('app://BRIEFPACK/index.html', page.url)).toBe(false)
    // A file on the same disk is not the app, however it is spelled.
    expect(isAppPage('file:///C:/Users/Sam%20[Uni]~1/evil.html', page.url)).toBe(false)
    expect(isAppPage('file:///c:/Users/Sam%20%5BUni%5D%7E1/evil.html', page.url)).toBe(false)
  })

  it('accepts any page of the app host, with any query or fragment', () => {
    expect(isAppPage(`${APP_PAGE_URL}?x=1#/codebook`, APP_PAGE_URL)).toBe(true)
    expect(isAppPage('app://briefpack/', APP_PAGE_URL)).toBe(true)
    expect(isAppPage('http://localhost:5173/#/', 'http://localhost:5173/')).toBe(true)
  })

  it('refuses other schemes, hosts, ports and credentials', () => {
    expect(isAppPage('https://briefpack/index.html', APP_PAGE_URL)).toBe(false)
    expect(isAppPage('app://briefpack.evil.example/index.html', APP_PAGE_URL)).toBe(false)
    expect(isAppPage('app://evil@briefpack/index.html', APP_PAGE_URL)).toBe(false)
    expect(isAppPage('app:///index.html', APP_PAGE_URL)).toBe(false)
    expect(isAppPage('file:///index.html', 'file:///index.html')).toBe(false)
    const dev = 'http://localhost:5173/'
    expect(isAppPage('https://localhost:5173/', dev)).toBe(false)
    expect(isAppPage('http://localhost:5174/', dev)).toBe(false)
    expect(isAppPage('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAppPage('http://localhost.evil.com:5173/', dev)).toBe(false)
    expect(isAppPage('http://evil:pw@localhost:5173/', dev)).toBe(false)
  })

  it('refuses anything that is not a URL', () => {
    expect(isAppPage('', APP_PAGE_URL)).toBe(false)
    expect(isAppPage('index.html', APP_PAGE_URL)).toBe(false)
    expect(isAppPage(APP_PAGE_URL, 'not a url')).toBe(false)
  })
})

describe('isExternalWebUrl', () => {
  it('accepts only http and https', () => {
    expect(isExternalWebUrl('https://example.org/a?b#c')).toBe(true)
    expect(isExternalWebUrl('http://example.org')).toBe(true)
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://briefpack/', 'x']) {
      expect(isExternalWebUrl(url)).toBe(false)
    }
  })
})
