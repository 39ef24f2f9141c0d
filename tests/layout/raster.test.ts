import { describe, expect, it } from 'vitest'
import type { Rgb, RgbImage } from './lib/ppm'
import {
  countColours,
  findRules,
  inkBands,
  inkBounds,
  isBlack,
  isInk,
  isRed,
  longestRun,
} from './lib/raster'

const WHITE: Rgb = { r: 255, g: 255, b: 255 }
const RED: Rgb = { r: 255, g: 0, b: 0 }
const BLACK: Rgb = { r: 0, g: 0, b: 0 }

/** Draws an image from rows of characters: '.' paper, 'r' red, 'k' black, 'p' pink (anti-aliased red edge). */
function draw(rows: string[]): RgbImage {
  const width = rows[0]?.length ?? 0
  const data = new Uint8Array(width * rows.length * 3)
  const colours: Record<string, Rgb> = {
    '.': WHITE,
    r: RED,
    k: BLACK,
    p: { r: 255, g: 200, b: 200 },
  }
  rows.forEach((row, y) => {
    Array.from(row).forEach((cell, x) => {
      const colour = colours[cell] ?? WHITE
      data.set([colour.r, colour.g, colour.b], (y * width + x) * 3)
    })
  })
  return { width, height: rows.length, data }
}

describe('pixel classes', () => {
  it('tells red, black and paper apart', () => {
    expect(isRed(RED)).toBe(true)
    expect(isRed({ r: 230, g: 30, b: 40 })).toBe(true)
    expect(isRed({ r: 255, g: 200, b: 200 })).toBe(false)
    expect(isRed(BLACK)).toBe(false)
    expect(isBlack(BLACK)).toBe(true)
    expect(isBlack({ r: 100, g: 0, b: 0 })).toBe(false)
    expect(isInk(WHITE)).toBe(false)
    expect(isInk({ r: 180, g: 180, b: 180 })).toBe(true)
  })
})

describe('longestRun', () => {
  it('finds the longest run of matching pixels in a row', () => {
    const image = draw(['rr.rrrr.r'])
    expect(longestRun(image, 0, isRed)).toEqual({ start: 3, end: 7 })
    expect(longestRun(image, 0, isRed, 0, 2)).toEqual({ start: 0, end: 2 })
    expect(longestRun(image, 0, isBlack)).toBeUndefined()
  })

  it('counts a run that reaches the right edge', () => {
    expect(longestRun(draw(['..rrr']), 0, isRed)).toEqual({ start: 2, end: 5 })
  })
})

describe('findRules', () => {
  it('joins adjacent long rows into one rule and keeps separate rules apart', () => {
    const image = draw([
      '..........',
      '.rrrrrrrr.',
      'rrrrrrrr..',
      '..........',
      '.r.r.r.r..', // text-like: many short runs, not a rule
      '..kkkkkk..',
    ])
    expect(findRules(image, isRed, 6)).toEqual([{ left: 0, top: 1, right: 9, bottom: 3 }])
    expect(findRules(image, isBlack, 6)).toEqual([{ left: 2, top: 5, right: 8, bottom: 6 }])
    expect(findRules(image, isBlack, 7)).toEqual([])
  })

  it('looks only inside the region', () => {
    const image = draw(['rrrrrr', '......', 'rrrrrr'])
    expect(findRules(image, isRed, 3, { top: 1 })).toEqual([
      { left: 0, top: 2, right: 6, bottom: 3 },
    ])
    expect(findRules(image, isRed, 3, { left: 4 })).toEqual([])
  })
})

describe('inkBounds and inkBands', () => {
  const image = draw(['......', '..r...', '...rr.', '......', '.k....'])

  it('bounds the matching pixels', () => {
    expect(inkBounds(image, isRed)).toEqual({ left: 2, top: 1, right: 5, bottom: 3 })
    expect(inkBounds(image, isRed, { top: 3 })).toBeUndefined()
    expect(inkBounds(image, isInk)).toEqual({ left: 1, top: 1, right: 5, bottom: 5 })
  })

  it('groups rows with ink into bands', () => {
    expect(inkBands(image, isInk)).toEqual([
      { top: 1, bottom: 3 },
      { top: 4, bottom: 5 },
    ])
  })
})

describe('countColours', () => {
  it('counts red, black and other ink (a pink edge is ink, not red) and averages the red', () => {
    const counts = countColours(draw(['rrp', 'k..']))
    expect(counts.ink).toBe(4)
    expect(counts.red).toBe(2)
    expect(counts.black).toBe(1)
    expect(counts.meanRed).toEqual(RED)
  })
})
