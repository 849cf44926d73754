import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { appPageUrl, isAppPage, isExternalWebUrl, resolveAppPage } from './app-page'

const rendererDir = join('/opt', 'Briefpack', 'out', 'renderer')
const fileApp = pathToFileURL(join(rendererDir, 'index.html')).href

describe('resolveAppPage', () => {
  it('uses the dev server only when unpackaged', () => {
    const devServerUrl = 'http://localhost:5173'
    expect(resolveAppPage({ packaged: false, devServerUrl, rendererDir })).toEqual({
      kind: 'dev-server',
      url: devServerUrl,
    })
    expect(resolveAppPage({ packaged: true, devServerUrl, rendererDir })).toEqual({
      kind: 'file',
      path: join(rendererDir, 'index.html'),
    })
    expect(resolveAppPage({ packaged: false, devServerUrl: undefined, rendererDir }).kind).toBe(
      'file',
    )
  })

  it('gives the URL Chromium will report', () => {
    expect(appPageUrl({ kind: 'dev-server', url: 'http://localhost:5173' })).toBe(
      'http://localhost:5173/',
    )
    expect(appPageUrl({ kind: 'file', path: join(rendererDir, 'index.html') })).toBe(fileApp)
  })
})

describe('isAppPage', () => {
  it('accepts the app page, with any query or fragment', () => {
    expect(isAppPage(fileApp, fileApp)).toBe(true)
    expect(isAppPage(`${fileApp}#/articles/a1`, fileApp)).toBe(true)
    expect(isAppPage(`${fileApp}?x=1`, fileApp)).toBe(true)
    expect(isAppPage('http://localhost:5173/#/', 'http://localhost:5173/')).toBe(true)
  })

  it('refuses other local files, although every file: URL has the origin "null"', () => {
    expect(new URL('file:///etc/passwd').origin).toBe(new URL(fileApp).origin)
    expect(isAppPage('file:///etc/passwd', fileApp)).toBe(false)
    expect(isAppPage(pathToFileURL(join(rendererDir, 'evil.html')).href, fileApp)).toBe(false)
    expect(isAppPage('file://remote-host' + new URL(fileApp).pathname, fileApp)).toBe(false)
  })

  it('refuses other schemes, hosts, ports, paths and credentials', () => {
    const dev = 'http://localhost:5173/'
    expect(isAppPage('https://localhost:5173/', dev)).toBe(false)
    expect(isAppPage('http://localhost:5174/', dev)).toBe(false)
    expect(isAppPage('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAppPage('http://localhost.evil.com:5173/', dev)).toBe(false)
    expect(isAppPage('http://evil@localhost:5173/', dev)).toBe(false)
    expect(isAppPage('http://localhost:5173/other.html', dev)).toBe(false)
    expect(isAppPage('app://x/', 'app://y/')).toBe(false)
    expect(isAppPage('app://x/', 'app://x/')).toBe(true)
  })

  it('refuses anything that is not a URL', () => {
    expect(isAppPage('', fileApp)).toBe(false)
    expect(isAppPage('index.html', fileApp)).toBe(false)
    expect(isAppPage(fileApp, 'not a url')).toBe(false)
  })
})

describe('isExternalWebUrl', () => {
  it('accepts only http and https', () => {
    expect(isExternalWebUrl('https://example.org/a?b#c')).toBe(true)
    expect(isExternalWebUrl('http://example.org')).toBe(true)
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'x']) {
      expect(isExternalWebUrl(url)).toBe(false)
    }
  })
})
