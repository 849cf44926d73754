import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** The window as the student left it: its normal (unmaximised) bounds, and whether maximised. */
export interface WindowState {
  /** Absent: let the system place it (centred). */
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

/** A display's usable area (without task bars and docks), in screen coordinates. */
export interface WorkArea {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 820 }
export const MIN_WINDOW_SIZE = { width: 800, height: 600 }

// Enough of the window's top on a display to grab its title bar and drag it back.
const GRAB_WIDTH = 100
const GRAB_HEIGHT = 32

/** Read what `writeWindowState` wrote; a missing or damaged file is just no saved state. */
export function readWindowState(file: string): WindowState | null {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
  if (typeof raw !== 'object' || raw === null) return null
  const { x, y, width, height, maximized } = raw as Record<string, unknown>
  if (!isSize(width) || !isSize(height)) return null
  const state: WindowState = { width, height, maximized: maximized === true }
  if (Number.isInteger(x) && Number.isInteger(y)) Object.assign(state, { x, y })
  return state
}

/** Save the window's state; a failure costs only the position, never the student's work. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    writeFileSync(temp, `${JSON.stringify(state)}\n`)
    renameSync(temp, file)
  } catch (error) {
    console.error('Briefpack: the window position could not be saved:', error)
  }
}

/**
 * Where to open the window: the saved size and place when its top is still on one of today's
 * displays (a monitor may have been unplugged, or the resolution lowered), shrunk to fit that
 * display; otherwise the saved size, fitted to the first display, centred by the system.
 */
export function placeWindow(saved: WindowState | null, displays: readonly WorkArea[]): WindowState {
  const state = saved ?? { ...DEFAULT_WINDOW_SIZE, maximized: false }
  const home =
    saved && saved.x !== undefined && saved.y !== undefined ? holding(saved, displays) : null
  const area = home ?? displays[0]
  const width = fit(state.width, MIN_WINDOW_SIZE.width, area?.width)
  const height = fit(state.height, MIN_WINDOW_SIZE.height, area?.height)
  if (!home || saved?.x === undefined || saved.y === undefined) {
    return { width, height, maximized: state.maximized }
  }
  // Pull the window inside its display when shrinking it left it hanging over an edge.
  const x = Math.max(home.x, Math.min(saved.x, home.x + home.width - width))
  const y = Math.max(home.y, Math.min(saved.y, home.y + home.height - height))
  return { x, y, width, height, maximized: state.maximized }
}

/** The display whose work area holds the window's title bar, if any. */
function holding(state: WindowState, displays: readonly WorkArea[]): WorkArea | null {
  const x = state.x!
  const y = state.y!
  return (
    displays.find((area) => {
      const overlap = Math.min(x + state.width, area.x + area.width) - Math.max(x, area.x)
      const topInside = y >= area.y && y + GRAB_HEIGHT <= area.y + area.height
      return topInside && overlap >= GRAB_WIDTH
    }) ?? null
  )
}

function fit(size: number, min: number, max: number | undefined): number {
  return Math.max(min, Math.min(size, max ?? size))
}

function isSize(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0 && (value as number) < 100_000
}
