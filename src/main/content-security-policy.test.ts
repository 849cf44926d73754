import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './content-security-policy'

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe('the content security policy', () => {
  it('lets the dev server inject styles and push updates, and loosens nothing else', () => {
    const built = directives(CONTENT_SECURITY_POLICY)
    const dev = directives(DEV_CONTENT_SECURITY_POLICY)
    expect(built['style-src']).toEqual(["'self'"])
    expect(dev['style-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(dev['connect-src']).toEqual(["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'])
    for (const name of Object.keys(built).filter((n) => n !== 'style-src' && n !== 'connect-src')) {
      expect(dev[name], name).toEqual(built[name])
    }
    expect(built['script-src']).toEqual(["'self'"])
  })
})
