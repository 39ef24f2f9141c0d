/**
 * Units and the GB/T 9704-2012 numbers the layout tests measure against (see
 * shared/spec/GBT9704.md). Everything the tests compare is in millimetres from the paper's
 * top-left corner, because that is how the standard states its rules.
 */

/** 1 pt = 25.4 / 72 mm. */
export const MM_PER_PT = 25.4 / 72

export function ptToMm(pt: number): number {
  return pt * MM_PER_PT
}

/** Pixels at `dpi` to millimetres. */
export function pxToMm(px: number, dpi: number): number {
  return (px * 25.4) / dpi
}

export function mmToPx(mm: number, dpi: number): number {
  return (mm * dpi) / 25.4
}

export const GB = {
  pageWidth: 210,
  pageHeight: 297,
  /** 天头 */
  marginTop: 37,
  /** 订口 */
  marginLeft: 28,
  typeAreaWidth: 156,
  typeAreaHeight: 225,
  /** Bottom edge of the type area from the paper top: 37 + 225. */
  typeAreaBottom: 262,
  /** Right edge of the type area from the paper's left: 28 + 156. */
  typeAreaRight: 184,
  linesPerPage: 22,
  charsPerLine: 28,
  /** 225 / 22 */
  linePitch: 225 / 22,
  /** One 3号 (16 pt) character. */
  char3: 16 * MM_PER_PT,
  /** One 4号 (14 pt) character. */
  char4: 14 * MM_PER_PT,
  /** The 文件格式 / 纪要 mark's top edge: 35 mm below the type area's top. */
  markTop: 37 + 35,
  /** The 信函格式 mark's top edge. */
  letterMarkTop: 30,
  redRuleWidth: 156,
  letterRuleWidth: 170,
  /** The 页码's 一字线 lie 7 mm below the type area. */
  pageNumberDashY: 262 + 7,
  thickRule: 0.35,
  thinRule: 0.25,
} as const

/** The default tolerance of the tests, in mm, unless a rule is tighter. */
export const TOLERANCE_MM = 1
