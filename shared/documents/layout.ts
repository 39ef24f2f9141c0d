/**
 * GB/T 9704-2012 page geometry in the units Word uses (twips: 1/20 pt, 1 mm = 56.693 twips).
 * Every builder takes its numbers from here, so the layout rules live in one place.
 */

export const TWIPS_PER_MM = 1440 / 25.4

export function mm(millimetres: number): number {
  return Math.round(millimetres * TWIPS_PER_MM)
}

export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  right: mm(26),
  bottom: mm(35),
} as const

/** 版心: 156 × 225 mm. */
export const TYPE_AREA = {
  width: PAGE.width - PAGE.left - PAGE.right,
  height: PAGE.height - PAGE.top - PAGE.bottom,
  /** The type area's bottom edge, from the paper's top (262 mm). */
  bottomFromPageTop: PAGE.height - PAGE.bottom,
} as const

/** 22 lines a page: 225 mm / 22 = 10.23 mm = 28.95 pt. */
export const LINES_PER_PAGE = 22
export const LINE_PITCH = 579

/** 28 characters a line: 3号 (16 pt) narrowed by 0.25 pt each (see GBT9704.md, LibreOffice notes). */
export const CHARS_PER_LINE = 28
/** In twentieths of a point, as `characterSpacing` expects. */
export const CHARACTER_SPACING = -5

/** Font sizes in half-points, as `size` expects. */
export const SIZE = {
  /** 2号, titles. */
  two: 44,
  /** 3号, body. */
  three: 32,
  /** 4号, page numbers and 版记. */
  four: 28,
} as const

/** The width of one character of a size (half-points) with the narrowed spacing, in twips. */
export function charWidth(halfPoints: number): number {
  return halfPoints * 10 + CHARACTER_SPACING
}

/** One 3号 character: the unit of every indent in the body (315 twips). */
export const CHAR = charWidth(SIZE.three)
/** One 4号 character (275 twips). */
export const CHAR_FOUR = charWidth(SIZE.four)

/** The 发文机关标志's top edge lies 35 mm below the type area's top (file and minutes formats). */
export const MARK_TOP_BELOW_TYPE_AREA = mm(35)
/** The letter format's mark has its top edge 30 mm from the paper's top. */
export const LETTER_MARK_TOP = mm(30)

/** Colours as hex, without #. */
export const RED = 'FF0000'
export const BLACK = '000000'

/** Rule weights in eighths of a point (w:sz of a border). */
export const RULE = {
  /** The red separator under the 发文字号: 1.5 pt. */
  red: 12,
  /** 版记: first and last rules 0.35 mm (~1 pt), the ones between 0.25 mm (~0.75 pt). */
  imprintThick: 8,
  imprintThin: 6,
  /** The letter format's double rules (thick + thin with a small gap). */
  letterDouble: 18,
} as const
