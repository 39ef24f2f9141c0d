/**
 * Measurements in mm on a rendered document, built from the raster and text helpers. These are
 * what the conformance tests compare with GB/T 9704-2012.
 */
import type { Box, Line, TextPage } from './bbox'
import { PAGE_DPI, type RenderedDocument } from './document'
import {
  findRules,
  inkBounds,
  isBlack,
  isInk,
  isRed,
  type PixelBox,
  type PixelTest,
} from './raster'
import { rasterPage } from './tools'
import { mmToPx, pxToMm } from './units'

export function boxToMm(box: PixelBox, dpi = PAGE_DPI): Box {
  return {
    left: pxToMm(box.left, dpi),
    top: pxToMm(box.top, dpi),
    right: pxToMm(box.right, dpi),
    bottom: pxToMm(box.bottom, dpi),
  }
}

export function width(box: Box): number {
  return box.right - box.left
}

export function height(box: Box): number {
  return box.bottom - box.top
}

/** Round for messages: measured values are reported to 0.01 mm. */
export function r2(value: number): number {
  return Math.round(value * 100) / 100
}

/** Horizontal rules at least `minLengthMm` long (a rule, never a line of text). */
export async function rules(
  document: RenderedDocument,
  page: number,
  test: PixelTest,
  minLengthMm = 100,
): Promise<Box[]> {
  const image = await document.raster(page)
  return findRules(image, test, mmToPx(minLengthMm, PAGE_DPI)).map((rule) => boxToMm(rule))
}

export const redRules = (document: RenderedDocument, page: number): Promise<Box[]> =>
  rules(document, page, isRed)
export const blackRules = (document: RenderedDocument, page: number): Promise<Box[]> =>
  rules(document, page, isBlack)

/** The ink passing `test` inside an area given in mm (sides left out: the whole width). */
async function inkWithin(
  document: RenderedDocument,
  page: number,
  test: PixelTest,
  area: Partial<Box>,
): Promise<Box | undefined> {
  const image = await document.raster(page)
  const region = Object.fromEntries(
    Object.entries(area).map(([side, mm]) => [side, mmToPx(mm, PAGE_DPI)]),
  )
  const box = inkBounds(image, test, region)
  return box && boxToMm(box)
}

/** The red ink between two heights (mm), e.g. the mark above the red rule. */
export function redInk(
  document: RenderedDocument,
  page: number,
  fromMm: number,
  toMm: number,
): Promise<Box | undefined> {
  return inkWithin(document, page, isRed, { top: fromMm, bottom: toMm })
}

/** The DPI of the strips used to measure rule thickness: 0.042 mm a pixel. */
const STRIP_DPI = 600

/**
 * The rules inside a horizontal strip, rendered at 600 dpi without anti-aliasing so that a
 * 0.25 mm and a 0.35 mm rule (6 and 8 pixels) are told apart. Boxes in mm on the page.
 */
export async function rulesInStrip(
  document: RenderedDocument,
  page: number,
  test: PixelTest,
  topMm: number,
  bottomMm: number,
  minLengthMm = 100,
): Promise<Box[]> {
  const y = Math.max(0, mmToPx(topMm, STRIP_DPI))
  const image = await rasterPage(document.pdfPath, page, {
    dpi: STRIP_DPI,
    antialias: false,
    crop: { x: 0, y, width: mmToPx(210, STRIP_DPI), height: mmToPx(bottomMm - topMm, STRIP_DPI) },
  })
  return findRules(image, test, mmToPx(minLengthMm, STRIP_DPI)).map((rule) => {
    const box = boxToMm(rule, STRIP_DPI)
    const offset = pxToMm(Math.round(y), STRIP_DPI)
    return { ...box, top: box.top + offset, bottom: box.bottom + offset }
  })
}

/** "— 12 —" with any dash a renderer may use, spaces optional. */
const PAGE_NUMBER = /^[—–―-]{1,2}\s*(\d+)\s*[—–―-]{1,2}$/

export function pageNumberLine(page: TextPage): { line: Line; number: number } | undefined {
  for (const line of page.lines) {
    const match = PAGE_NUMBER.exec(line.text.trim())
    if (match?.[1] && line.top > 240) return { line, number: Number(match[1]) }
  }
  return undefined
}

/**
 * The 一字线 of a page number line: the longest black horizontal stroke in each half of its
 * box. Their vertical centre is where the standard puts the page number (7 mm under the type
 * area); the font box from pdftotext is too tall to say where the dashes are drawn.
 */
export async function pageNumberDashes(
  document: RenderedDocument,
  page: number,
  line: Box,
): Promise<Box[]> {
  const image = await document.raster(page)
  const middle = (line.left + line.right) / 2
  const dashes: Box[] = []
  for (const [left, right] of [
    [line.left - 1, middle],
    [middle, line.right + 1],
  ] as const) {
    const [dash] = findRules(image, isBlack, mmToPx(2, PAGE_DPI), {
      left: mmToPx(left, PAGE_DPI),
      right: mmToPx(right, PAGE_DPI),
      top: mmToPx(line.top - 1, PAGE_DPI),
      bottom: mmToPx(line.bottom + 1, PAGE_DPI),
    })
    if (dash) dashes.push(boxToMm(dash))
  }
  return dashes
}

/** Lines of body text inside the type area (not the page number, not the header area). */
export function typeAreaLines(page: TextPage): Line[] {
  return page.lines.filter(
    (line) => line.top >= 30 && line.bottom <= 265 && !PAGE_NUMBER.test(line.text.trim()),
  )
}

/** Font size in pt from a box height, scaled by a line of known size in the same PDF (same font metrics). */
export function fontSizeFrom(line: Box, reference: Box, referencePt: number): number {
  return (height(line) / height(reference)) * referencePt
}

/**
 * The ink of a text line (any colour) inside its font box. Vertical positions of lines are read
 * from the ink: pdftotext's boxes sit about 0.9 mm low on a grid line (the font box is not
 * symmetric about the glyphs), while the CJK glyphs' ink is centred on the line as drawn.
 */
export function lineInk(
  document: RenderedDocument,
  page: number,
  line: Box,
): Promise<Box | undefined> {
  const { left, right, top, bottom } = line
  return inkWithin(document, page, isInk, { left, right, top, bottom })
}
