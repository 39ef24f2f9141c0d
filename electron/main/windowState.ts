import { readFile } from 'node:fs/promises'
import { writeFileAtomicSync } from './atomicWrite'

export interface Rectangle {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** What is remembered between runs; saved as JSON in userData. */
export interface WindowState {
  readonly bounds: Rectangle
  readonly maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const
export const MIN_SIZE = { width: 960, height: 640 } as const

/** How much of the window must lie on one display for the saved position to be used. */
const MIN_VISIBLE = { width: 200, height: 100 } as const

function isFiniteInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1e6
}

/** Reads a saved state defensively: the file may be old, hand-edited or cut short. */
export function parseWindowState(json: string): WindowState | null {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const { bounds, maximized } = data as { bounds?: unknown; maximized?: unknown }
  if (typeof bounds !== 'object' || bounds === null) return null
  const { x, y, width, height } = bounds as Record<string, unknown>
  if (!isFiniteInt(x) || !isFiniteInt(y) || !isFiniteInt(width) || !isFiniteInt(height)) return null
  if (width <= 0 || height <= 0) return null
  return { bounds: { x, y, width, height }, maximized: maximized === true }
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

/** The bounds to open the window with: a position, or only a size (Electron then centres it). */
export type InitialBounds =
  | { readonly kind: 'restored'; readonly bounds: Rectangle; readonly maximized: boolean }
  | {
      readonly kind: 'default'
      readonly width: number
      readonly height: number
      readonly maximized: boolean
    }

/**
 * Decides where the window opens. A saved position is used only if a good part of the window
 * (its top edge, where the title bar is) is on a display that is connected now; otherwise a
 * laptop taken away from its second monitor would open the window off screen. The size is
 * shrunk to fit the chosen display's work area.
 */
export function initialBounds(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): InitialBounds {
  const primary = workAreas[0]
  const fallbackSize = primary
    ? {
        width: Math.min(DEFAULT_SIZE.width, primary.width),
        height: Math.min(DEFAULT_SIZE.height, primary.height),
      }
    : DEFAULT_SIZE
  if (saved === null) return { kind: 'default', ...fallbackSize, maximized: false }

  const titleBar: Rectangle = { ...saved.bounds, height: Math.min(saved.bounds.height, 40) }
  const area = workAreas.find((candidate) => {
    const visible = overlap(saved.bounds, candidate)
    const grabbable = overlap(titleBar, candidate)
    return (
      visible.width >= Math.min(MIN_VISIBLE.width, saved.bounds.width) &&
      visible.height >= Math.min(MIN_VISIBLE.height, saved.bounds.height) &&
      grabbable.height > 0
    )
  })
  if (area === undefined) return { kind: 'default', ...fallbackSize, maximized: saved.maximized }

  const width = Math.min(saved.bounds.width, area.width)
  const height = Math.min(saved.bounds.height, area.height)
  // Pull the window fully inside the work area after shrinking it.
  const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - width)
  const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - height)
  return { kind: 'restored', bounds: { x, y, width, height }, maximized: saved.maximized }
}

/** Loads the saved state; a missing or broken file means "no saved state". */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(file, 'utf8'))
  } catch {
    return null
  }
}

/**
 * Saves the state. Synchronous because it runs while the window closes, when the process may
 * exit before an asynchronous write finishes; atomic, so a crash never leaves half a file.
 */
export function saveWindowState(file: string, state: WindowState): void {
  writeFileAtomicSync(file, JSON.stringify(state))
}
