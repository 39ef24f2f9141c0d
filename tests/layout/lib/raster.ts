/**
 * Pixel measurements on a rendered page: where the red ink is (mark, red rules) and where the
 * black horizontal rules are (版记). Text boxes from pdftotext are font boxes, not ink, so the
 * positions the standard gives for ink (the mark's top edge, rule thickness) are read here.
 */
import type { Rgb, RgbImage } from './ppm'
import { pixelAt } from './ppm'

export type PixelTest = (pixel: Rgb) => boolean

/** The 公文 red (pure red, FF0000 in practice) and its anti-aliased core; pink edges are not. */
export const isRed: PixelTest = ({ r, g, b }) => r >= 170 && r - Math.max(g, b) >= 100

/** Black ink: dark and without a colour cast (excludes dark reds). */
export const isBlack: PixelTest = ({ r, g, b }) =>
  Math.max(r, g, b) <= 120 && Math.max(r, g, b) - Math.min(r, g, b) <= 40

/** Anything that is not (near) white paper. */
export const isInk: PixelTest = ({ r, g, b }) => Math.min(r, g, b) <= 200

/** A pixel rectangle; `right` and `bottom` are exclusive. */
export interface PixelBox {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

function clip(image: RgbImage, region?: Partial<PixelBox>): PixelBox {
  return {
    left: Math.max(0, Math.floor(region?.left ?? 0)),
    top: Math.max(0, Math.floor(region?.top ?? 0)),
    right: Math.min(image.width, Math.ceil(region?.right ?? image.width)),
    bottom: Math.min(image.height, Math.ceil(region?.bottom ?? image.height)),
  }
}

/** The longest run of matching pixels in one row, or undefined when none match. */
export function longestRun(
  image: RgbImage,
  y: number,
  test: PixelTest,
  from = 0,
  to = image.width,
): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined
  let start = -1
  for (let x = from; x <= to; x++) {
    const matches = x < to && test(pixelAt(image, x, y))
    if (matches && start < 0) start = x
    if (!matches && start >= 0) {
      if (!best || x - start > best.end - best.start) best = { start, end: x }
      start = -1
    }
  }
  return best
}

/**
 * Horizontal rules: groups of adjacent rows each holding a run of at least `minLength` matching
 * pixels. A rule's extent is the union of those runs. Text never holds such long runs, so a
 * minimum well above a character's width separates rules from the writing around them.
 */
export function findRules(
  image: RgbImage,
  test: PixelTest,
  minLength: number,
  region?: Partial<PixelBox>,
): PixelBox[] {
  const area = clip(image, region)
  const rules: PixelBox[] = []
  let current: { left: number; top: number; right: number; bottom: number } | undefined
  for (let y = area.top; y < area.bottom; y++) {
    const run = longestRun(image, y, test, area.left, area.right)
    if (run && run.end - run.start >= minLength) {
      if (current && current.bottom === y) {
        current.bottom = y + 1
        current.left = Math.min(current.left, run.start)
        current.right = Math.max(current.right, run.end)
      } else {
        current = { left: run.start, top: y, right: run.end, bottom: y + 1 }
        rules.push(current)
      }
    }
  }
  return rules
}

/** The bounding box of all matching pixels in a region, or undefined when there are none. */
export function inkBounds(
  image: RgbImage,
  test: PixelTest,
  region?: Partial<PixelBox>,
): PixelBox | undefined {
  const area = clip(image, region)
  let box: { left: number; top: number; right: number; bottom: number } | undefined
  for (let y = area.top; y < area.bottom; y++) {
    for (let x = area.left; x < area.right; x++) {
      if (!test(pixelAt(image, x, y))) continue
      if (!box) box = { left: x, top: y, right: x + 1, bottom: y + 1 }
      else {
        box.left = Math.min(box.left, x)
        box.right = Math.max(box.right, x + 1)
        box.top = Math.min(box.top, y)
        box.bottom = Math.max(box.bottom, y + 1)
      }
    }
  }
  return box
}

/** Bands of adjacent rows that hold matching pixels (lines of text, rules), top to bottom. */
export function inkBands(
  image: RgbImage,
  test: PixelTest,
  region?: Partial<PixelBox>,
): { top: number; bottom: number }[] {
  const area = clip(image, region)
  const bands: { top: number; bottom: number }[] = []
  for (let y = area.top; y < area.bottom; y++) {
    let found = false
    for (let x = area.left; x < area.right && !found; x++) found = test(pixelAt(image, x, y))
    if (!found) continue
    const last = bands.at(-1)
    if (last && last.bottom === y) last.bottom = y + 1
    else bands.push({ top: y, bottom: y + 1 })
  }
  return bands
}

export interface ColourCount {
  /** Pixels that are not paper. */
  readonly ink: number
  readonly red: number
  readonly black: number
  /** The mean colour of the red pixels (to report what red was drawn). */
  readonly meanRed: Rgb | undefined
}

/** Counts ink by colour in a region: the mark must be red, not black or another colour. */
export function countColours(image: RgbImage, region?: Partial<PixelBox>): ColourCount {
  const area = clip(image, region)
  let ink = 0
  let red = 0
  let black = 0
  let r = 0
  let g = 0
  let b = 0
  for (let y = area.top; y < area.bottom; y++) {
    for (let x = area.left; x < area.right; x++) {
      const pixel = pixelAt(image, x, y)
      if (!isInk(pixel)) continue
      ink++
      if (isBlack(pixel)) black++
      if (isRed(pixel)) {
        red++
        r += pixel.r
        g += pixel.g
        b += pixel.b
      }
    }
  }
  return { ink, red, black, meanRed: red ? { r: r / red, g: g / red, b: b / red } : undefined }
}
