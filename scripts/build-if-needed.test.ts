import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BUILD_INPUTS, BUILD_OUTPUTS, isBuildStale, newestMtime } from './build-if-needed.mjs'

let root: string
const past = new Date('2024-01-01T00:00:00Z')
const built = new Date('2024-06-01T00:00:00Z')

function write(path: string, time: Date): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), '')
  utimesSync(join(root, path), time, time)
}

/** Every folder's time too: creating files in it just now made it "new". */
function age(paths: string[], time: Date): void {
  for (const path of paths) utimesSync(join(root, path), time, time)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefpack-build-'))
  write('src/main/index.ts', past)
  write('resources/articles/a.txt', past)
  write('electron.vite.config.ts', past)
  write('package.json', past)
  age(['src/main', 'src', 'resources/articles', 'resources'], past)
  for (const output of BUILD_OUTPUTS) write(output, built)
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('isBuildStale', () => {
  it('is fresh when every output exists and is newer than every input', () => {
    expect(isBuildStale(root)).toBe(false)
  })

  it('is stale when out/ or any output is missing', () => {
    rmSync(join(root, 'out/renderer/index.html'))
    expect(isBuildStale(root)).toBe(true)
    rmSync(join(root, 'out'), { recursive: true })
    expect(isBuildStale(root)).toBe(true)
  })

  it('is stale when any input is newer than out/main/serve.js', () => {
    const later = new Date('2024-07-01T00:00:00Z')
    for (const input of ['src/main/index.ts', 'resources/articles/a.txt', 'package.json']) {
      utimesSync(join(root, input), later, later)
      expect(isBuildStale(root), input).toBe(true)
      utimesSync(join(root, input), past, past)
    }
    expect(BUILD_INPUTS).toContain('electron.vite.config.ts')
  })

  it('notices a deleted source file through its folder', () => {
    rmSync(join(root, 'src/main/index.ts'))
    expect(isBuildStale(root)).toBe(true)
  })
})

describe('newestMtime', () => {
  it('does not follow a symbolic link that loops', () => {
    symlinkSync(join(root, 'src'), join(root, 'src/main/loop'))
    expect(newestMtime([join(root, 'src')])).toBeGreaterThan(0)
    expect(newestMtime([join(root, 'missing')])).toBe(-Infinity)
  })
})
