import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { placeWindow, readWindowState, writeWindowState, type WorkArea } from './window-state'

const laptop: WorkArea = { x: 0, y: 0, width: 1440, height: 870 }
// A second monitor to the right of the laptop, since unplugged in some tests.
const monitor: WorkArea = { x: 1440, y: 0, width: 2560, height: 1400 }

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ width: 1200, height: 820, maximized: false })
  })

  it('puts the window back where it was, maximised or not', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1100, maximized: true }
    expect(placeWindow(saved, [laptop, monitor])).toEqual(saved)
  })

  it('brings a window back from a monitor that was unplugged, fitted to the laptop', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1100, maximized: false }
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1440, height: 870, maximized: false })
  })

  it('keeps a window whose title bar is reachable, pulled in if it now hangs over an edge', () => {
    expect(
      placeWindow({ x: 1300, y: 700, width: 900, height: 700, maximized: false }, [laptop]),
    ).toEqual({ x: 540, y: 170, width: 900, height: 700, maximized: false })
  })

  it('does not keep a window whose title bar is off every display', () => {
    const above = { x: 100, y: -400, width: 900, height: 700, maximized: false }
    expect(placeWindow(above, [laptop])).not.toHaveProperty('x')
    const sliver = { x: 1400, y: 100, width: 900, height: 700, maximized: false }
    expect(placeWindow(sliver, [laptop])).not.toHaveProperty('x')
  })

  it('never makes the window smaller than the app can lay out', () => {
    const tiny: WorkArea = { x: 0, y: 0, width: 640, height: 480 }
    expect(placeWindow(null, [tiny])).toEqual({ width: 800, height: 600, maximized: false })
  })
})

describe('readWindowState and writeWindowState', () => {
  let dir: string
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('read back what was written, and nothing from a missing or damaged file', () => {
    dir = mkdtempSync(join(tmpdir(), 'briefpack-window-'))
    const file = join(dir, 'window-state.json')
    expect(readWindowState(file)).toBeNull()
    const state = { x: -1200, y: 40, width: 1000, height: 700, maximized: false }
    writeWindowState(file, state)
    expect(readWindowState(file)).toEqual(state)
    for (const damaged of ['', '{', 'null', '[]', '{"width":"wide","height":700}']) {
      writeFileSync(file, damaged)
      expect(readWindowState(file), damaged).toBeNull()
    }
    writeFileSync(file, '{"width":1000,"height":700,"x":1.5}')
    expect(readWindowState(file)).toEqual({ width: 1000, height: 700, maximized: false })
  })

  it('lets a failed write cost only the position', () => {
    dir = mkdtempSync(join(tmpdir(), 'briefpack-window-'))
    // A file where the folder should be: the write cannot happen.
    writeFileSync(join(dir, 'window-state.json'), '')
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      writeWindowState(join(dir, 'window-state.json', 'window-state.json'), {
        width: 900,
        height: 700,
        maximized: false,
      })
    } finally {
      console.error = original
    }
    expect(errors).toHaveLength(1)
  })
})
