/** Excel's own bounds: a cell reference beyond them cannot have been written by Excel or WPS. */
export const EXCEL_MAX_ROWS = 1_048_576
export const EXCEL_MAX_COLUMNS = 16_384

export interface CellPosition {
  /** 1-based, as Excel shows it. */
  readonly row: number
  /** 0-based (A is 0). */
  readonly column: number
}

/** "B3" → { row: 3, column: 1 }; null for anything Excel could not hold (A0, ZZZZ1, 3B). */
export function parseCellRef(ref: string): CellPosition | null {
  let i = 0
  const length = ref.length
  if (ref.charCodeAt(i) === 36 /* $ */) i++
  let column = 0
  const lettersStart = i
  for (; i < length; i++) {
    const c = ref.charCodeAt(i) | 32 // lower case
    if (c < 97 || c > 122) break
    column = column * 26 + (c - 96)
    if (column > EXCEL_MAX_COLUMNS) return null
  }
  if (i === lettersStart) return null
  if (ref.charCodeAt(i) === 36) i++
  let row = 0
  const digitsStart = i
  for (; i < length; i++) {
    const c = ref.charCodeAt(i)
    if (c < 48 || c > 57) return null
    row = row * 10 + (c - 48)
    if (row > EXCEL_MAX_ROWS) return null
  }
  if (i === digitsStart || row < 1) return null
  return { row, column: column - 1 }
}

/** 0 → "A", 27 → "AB". */
export function columnName(column: number): string {
  let name = ''
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  }
  return name
}

export function cellName(position: CellPosition): string {
  return `${columnName(position.column)}${position.row}`
}
