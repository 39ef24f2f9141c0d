/** A cell as the .xlsx reader gives it. */
export type CellValue = string | number | boolean | Date | null | undefined

export type SheetRows = readonly (readonly CellValue[])[]

/** A cell as read from a file: empty cells are null. */
export type ReadCellValue = Exclude<CellValue, undefined>

/** A cell that could not be read. It refuses its row (when its column is imported), not the file. */
export interface CellIssue {
  /** 1-based, as Excel shows it. */
  readonly row: number
  /** 0-based; null when the cell's reference is itself unreadable. */
  readonly column: number | null
  /** The reference as written in the file, or computed (B5). */
  readonly ref: string
  /** Chinese, without the location. */
  readonly message: string
}

/** The first worksheet of a file as read: its rows (row 1 first) and the cells it could not read. */
export interface SheetContents {
  readonly rows: SheetRows
  readonly issues: readonly CellIssue[]
}

export function isEmptyCell(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
}

export function isEmptyRow(row: readonly CellValue[]): boolean {
  return row.every(isEmptyCell)
}

/** The text of a cell, as a person would read it in Excel. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}`
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
  return String(cell).trim()
}
