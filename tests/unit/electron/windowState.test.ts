import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_SIZE,
  initialBounds,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rectangle,
  type WindowState,
} from '../../../electron/main/windowState'

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 }
const rightMonitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 }

function state(bounds: Rectangle, maximized = false): WindowState {
  return { bounds, maximized }
}

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(
      parseWindowState('{"bounds":{"x":10,"y":20,"width":1200,"height":800},"maximized":true}'),
    ).toEqual(state({ x: 10, y: 20, width: 1200, height: 800 }, true))
  })

  it('treats a missing "maximized" as false', () => {
    expect(parseWindowState('{"bounds":{"x":-5,"y":0,"width":1200,"height":800}}')?.maximized).toBe(
      false,
    )
  })

  it.each([
    ['broken JSON', '{"bounds":'],
    ['null', 'null'],
    ['no bounds', '{"maximized":true}'],
    ['a string width', '{"bounds":{"x":0,"y":0,"width":"1200","height":800}}'],
    ['a fractional value', '{"bounds":{"x":0.5,"y":0,"width":1200,"height":800}}'],
    ['a zero height', '{"bounds":{"x":0,"y":0,"width":1200,"height":0}}'],
    ['a huge value', '{"bounds":{"x":0,"y":0,"width":1e9,"height":800}}'],
  ])('rejects %s', (_name, json) => {
    expect(parseWindowState(json)).toBeNull()
  })
})

describe('initialBounds', () => {
  it('uses the default size without a saved state', () => {
    expect(initialBounds(null, [laptop])).toEqual({
      kind: 'default',
      ...DEFAULT_SIZE,
      maximized: false,
    })
  })

  it('shrinks the default size to a small screen', () => {
    expect(initialBounds(null, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({
      kind: 'default',
      width: 1024,
      height: 700,
      maximized: false,
    })
  })

  it('restores a window that is on a connected display', () => {
    const saved = state({ x: 100, y: 80, width: 1200, height: 800 }, true)
    expect(initialBounds(saved, [laptop])).toEqual({
      kind: 'restored',
      bounds: saved.bounds,
      maximized: true,
    })
  })

  it('restores a window on the second monitor when it is connected', () => {
    const saved = state({ x: 2200, y: 100, width: 1400, height: 900 })
    expect(initialBounds(saved, [laptop, rightMonitor])).toMatchObject({
      kind: 'restored',
      bounds: saved.bounds,
    })
  })

  it('falls back to the default when that monitor is gone, keeping "maximized"', () => {
    const saved = state({ x: 2200, y: 100, width: 1400, height: 900 }, true)
    expect(initialBounds(saved, [laptop])).toEqual({
      kind: 'default',
      ...DEFAULT_SIZE,
      maximized: true,
    })
  })

  it('falls back when only a sliver would be visible', () => {
    const saved = state({ x: 1900, y: 100, width: 1200, height: 800 })
    expect(initialBounds(saved, [laptop]).kind).toBe('default')
  })

  it('falls back when the title bar is above the screen', () => {
    const saved = state({ x: 100, y: -700, width: 1200, height: 800 })
    expect(initialBounds(saved, [laptop]).kind).toBe('default')
  })

  it('shrinks and pulls inside a window larger than the display', () => {
    const saved = state({ x: -50, y: 0, width: 3000, height: 1200 })
    expect(initialBounds(saved, [laptop])).toEqual({
      kind: 'restored',
      bounds: { x: 0, y: 0, width: 1920, height: 1040 },
      maximized: false,
    })
  })

  it('handles a display left of the primary one (negative coordinates)', () => {
    const left: Rectangle = { x: -1600, y: 0, width: 1600, height: 900 }
    const saved = state({ x: -1500, y: 50, width: 1200, height: 800 })
    expect(initialBounds(saved, [laptop, left])).toMatchObject({
      kind: 'restored',
      bounds: saved.bounds,
    })
  })
})

describe('loadWindowState / saveWindowState', () => {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xiezhi-window-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('round-trips through the JSON file and leaves no temporary file', async () => {
    const file = join(dir, 'window-state.json')
    const saved = state({ x: 1, y: 2, width: 1100, height: 700 }, true)
    saveWindowState(file, saved)
    expect(await loadWindowState(file)).toEqual(saved)
    expect(await readdir(dir)).toEqual(['window-state.json'])
  })

  it('replaces an older state', async () => {
    const file = join(dir, 'window-state.json')
    saveWindowState(file, state({ x: 1, y: 2, width: 1100, height: 700 }))
    saveWindowState(file, state({ x: 5, y: 6, width: 1000, height: 650 }))
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(
      state({ x: 5, y: 6, width: 1000, height: 650 }),
    )
  })

  it('returns null for a missing or damaged file', async () => {
    expect(await loadWindowState(join(dir, 'missing.json'))).toBeNull()
    await writeFile(join(dir, 'bad.json'), '{"bounds": {"x"')
    expect(await loadWindowState(join(dir, 'bad.json'))).toBeNull()
  })
})
