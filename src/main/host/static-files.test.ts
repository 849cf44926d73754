import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeFor, resolveStaticPath } from './static-files'

const root = join('/srv', 'renderer')

describe('resolveStaticPath', () => {
  it('maps the folder to index.html and plain paths inside the root', () => {
    expect(resolveStaticPath(root, '')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, 'assets/app-1a2b.js')).toBe(join(root, 'assets', 'app-1a2b.js'))
    expect(resolveStaticPath(root, 'assets/my%20font.woff2')).toBe(
      join(root, 'assets', 'my font.woff2'),
    )
  })

  it('refuses every way out of the root, literal or encoded', () => {
    for (const attempt of [
      '..',
      '../x',
      'assets/../../x',
      '%2e%2e/x',
      '%2E%2E/x',
      '.%2e/x',
      '..%2fx',
      'assets%2f..%2f..%2fx',
      '..\\x',
      'assets\\..\\x',
      '..%5cx',
      '%2fetc%2fpasswd',
      '/etc/passwd',
      'index.html%00.js',
      '%00',
      'C:%5cx',
      'C:/x',
      'index.html::$DATA',
      '.env',
      'assets/.hidden',
      './index.html',
      'assets/',
      'assets//app.js',
      '%',
      '%zz',
      '%c0%ae%c0%ae/x',
      '%252e%252e/x',
    ]) {
      const resolved = resolveStaticPath(root, attempt)
      // A doubly encoded name is a harmless (missing) file name, never a step up.
      if (attempt === '%252e%252e/x') expect(resolved).toBe(join(root, '%2e%2e', 'x'))
      else expect(resolved, attempt).toBeNull()
    }
  })
})

describe('contentTypeFor', () => {
  it('knows the renderer build output', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8')
    expect(contentTypeFor('a.woff2')).toBe('font/woff2')
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml')
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream')
  })
})
