import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  explainStartFailure,
  hasNoDisplay,
  launchElectron,
  RUNNING_LINE,
} from './electron-launch.mjs'

// What Electron prints when it cannot start, as reported by its users.
const SANDBOX =
  "[12345:0101/000000.000000:FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that /home/sam/briefpack/node_modules/electron/dist/chrome-sandbox is owned by root and has mode 4755."
const NO_DISPLAY =
  '[1:0101/000000.000:ERROR:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY\n[1:0101/000000.000:ERROR:env.cc(255)] The platform failed to initialize.  Exiting.'
const ROOT =
  '[1:0101:FATAL:electron_main_delegate.cc(294)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.'
const LIBRARY =
  '/home/sam/briefpack/node_modules/electron/dist/electron: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory'

describe('explainStartFailure', () => {
  it('names the sandbox refusal, running as root, no display and a missing library', () => {
    expect(explainStartFailure(SANDBOX, { uid: 1000 })).toMatchObject({
      reason: expect.stringContaining('Linux refused Electron’s sandbox'),
      fix: expect.stringContaining('chmod 4755'),
    })
    expect(explainStartFailure(ROOT, { uid: 0 })).toMatchObject({
      reason: 'Electron will not run as root (its sandbox refuses to)',
    })
    expect(explainStartFailure(NO_DISPLAY, { uid: 1000 })).toMatchObject({
      reason: 'there is no graphical display to open a window on',
    })
    expect(explainStartFailure(LIBRARY, { uid: 1000, platform: 'linux' })).toMatchObject({
      reason: 'a system library Electron needs is missing (libnss3.so)',
      fix: expect.stringContaining('apt-get install'),
    })
    expect(explainStartFailure('something else', { uid: 1000 })).toBeNull()
  })
})

describe('hasNoDisplay', () => {
  it('is true only on Linux and the BSDs without X11 or Wayland', () => {
    expect(hasNoDisplay({}, 'linux')).toBe(true)
    expect(hasNoDisplay({ DISPLAY: ':0' }, 'linux')).toBe(false)
    expect(hasNoDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'freebsd')).toBe(false)
    expect(hasNoDisplay({}, 'darwin')).toBe(false)
    expect(hasNoDisplay({}, 'win32')).toBe(false)
  })
})

describe('launchElectron', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'briefpack-launch-'))
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    vi.restoreAllMocks()
    rmSync(dir, { recursive: true, force: true })
  })

  /** A stand-in for Electron's binary: a script that does what `body` says. */
  const fakeElectron = (body: string) => {
    const path = join(dir, 'electron')
    writeFileSync(path, `#!${process.execPath}\n${body}\n`)
    chmodSync(path, 0o755)
    return path
  }

  it('counts Briefpack as started once it says it runs, whatever its exit code after', async () => {
    const binary = fakeElectron(
      `console.log(${JSON.stringify(RUNNING_LINE)} + ' Data folder: /tmp/x'); process.exit(3)`,
    )
    expect(await launchElectron(binary, [])).toEqual({ started: true, code: 3 })
  })

  it('explains an Electron that exits before Briefpack runs', async () => {
    const binary = fakeElectron(
      `process.stderr.write(${JSON.stringify(SANDBOX)}); process.exit(133)`,
    )
    expect(await launchElectron(binary, [])).toMatchObject({
      started: false,
      reason: expect.stringContaining('sandbox'),
    })
    const silent = fakeElectron('process.exit(1)')
    expect(await launchElectron(silent, [])).toMatchObject({
      started: false,
      reason: 'Electron exited (code 1) before Briefpack could start',
    })
  })
})
