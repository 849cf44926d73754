import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary } from './electron-runtime.mjs'

let root: string
let electronDir: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefpack-electron-'))
  electronDir = join(root, 'node_modules', 'electron')
  writeFileSync(join(root, 'package.json'), '{}')
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

function installPackage(): void {
  mkdirSync(electronDir, { recursive: true })
  writeFileSync(join(electronDir, 'package.json'), '{"name":"electron","version":"45.0.0"}')
  // A real index.js downloads the binary when it is missing; the check must never run it.
  writeFileSync(join(electronDir, 'index.js'), 'throw new Error("index.js was run")')
}

describe('findElectronBinary', () => {
  it('says when the electron package is not installed', () => {
    expect(findElectronBinary(root, {})).toEqual({
      found: false,
      reason: 'the electron npm package is not installed',
    })
  })

  it('says when the runtime was never downloaded (no path.txt)', () => {
    installPackage()
    const result = findElectronBinary(root, {})
    expect(result).toMatchObject({ found: false, reason: expect.stringContaining('path.txt') })
  })

  it('says when path.txt names a binary that is not there', () => {
    installPackage()
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    expect(findElectronBinary(root, {})).toMatchObject({
      found: false,
      reason: expect.stringContaining(join(electronDir, 'dist', 'electron')),
    })
  })

  it('finds the binary path.txt names, or the one under ELECTRON_OVERRIDE_DIST_PATH', () => {
    installPackage()
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    mkdirSync(join(electronDir, 'dist'))
    writeFileSync(join(electronDir, 'dist', 'electron'), '')
    chmodSync(join(electronDir, 'dist', 'electron'), 0o755)
    expect(findElectronBinary(root, {})).toEqual({
      found: true,
      path: join(electronDir, 'dist', 'electron'),
    })

    const override = join(root, 'custom')
    mkdirSync(override)
    writeFileSync(join(override, 'electron'), '')
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({
      found: true,
      path: join(override, 'electron'),
    })
  })
})
