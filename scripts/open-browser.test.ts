import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { browserCommands, isOnPath } from './open-browser.mjs'

const url = 'http://127.0.0.1:4000/abc/'
const everything = () => true

describe('browserCommands', () => {
  it('opens nothing on Linux without a graphical session', () => {
    expect(browserCommands(url, { platform: 'linux', env: {}, onPath: everything })).toEqual([])
  })

  it("prefers the desktop's own choice on Linux, then browsers that are installed", () => {
    const installed = new Set(['firefox', 'xdg-open', 'chromium'])
    const commands = browserCommands(url, {
      platform: 'linux',
      env: { WAYLAND_DISPLAY: 'wayland-0' },
      onPath: (name: string) => installed.has(name),
    })
    expect(commands).toEqual([
      { command: 'xdg-open', args: [url] },
      { command: 'chromium', args: [url] },
      { command: 'firefox', args: [url] },
    ])
  })

  it('uses open on macOS and start on Windows', () => {
    expect(browserCommands(url, { platform: 'darwin', env: {}, onPath: everything })).toEqual([
      { command: 'open', args: [url] },
    ])
    expect(browserCommands(url, { platform: 'win32', env: {}, onPath: everything })).toEqual([
      { command: 'cmd', args: ['/c', 'start', '""', url] },
    ])
  })
})

describe('isOnPath', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefpack-path-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('finds executable files only', () => {
    writeFileSync(join(dir, 'runnable'), '#!/bin/sh\n')
    chmodSync(join(dir, 'runnable'), 0o755)
    writeFileSync(join(dir, 'plain'), '')
    chmodSync(join(dir, 'plain'), 0o644)
    const env = { PATH: ['', '/nonexistent', dir].join(':') }
    expect(isOnPath('runnable', env, 'linux')).toBe(true)
    expect(isOnPath('missing', env, 'linux')).toBe(false)
    expect(isOnPath('plain', env, 'linux')).toBe(false)
  })
})
