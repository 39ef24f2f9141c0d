/**
 * What an import reads at most. Far beyond any real registry (the 100,000-enterprise test file
 * has 16 columns, a 47 MB sheet and 17 MB of shared strings), small enough that a hostile file
 * is refused in seconds instead of exhausting memory. Each refusal names the cap it hit.
 */
export const SHEET_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 30 * 1024 * 1024,
  /** The sheet's rows, header included, as Excel numbers them. */
  rows: 200_000,
  /** The sheet's columns (A … GR). */
  columns: 200,
  /** Cells holding a value (200,000 rows of 20 columns), and shared strings. */
  cells: 4_000_000,
  /** Cells that cannot be read; each refuses its row, and this many mean a damaged file. */
  cellIssues: 10_000,
  /** One cell or one shared string. Excel itself stops at 32,767. */
  cellChars: 1_000_000,
  /** All XML parts read, uncompressed. */
  uncompressedBytes: 300 * 1024 * 1024,
  /** One XML tag, attributes included. */
  tagChars: 64 * 1024,
} as const

export type SheetLimits = { readonly [K in keyof typeof SHEET_LIMITS]: number }

/** 200000 → "200,000", as caps are written in messages. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US')
}

export function formatMegabytes(bytes: number): string {
  return `${formatCount(Math.round(bytes / 1024 / 1024))} MB`
}
