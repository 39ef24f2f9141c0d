/** A cell as the .xlsx readers give it. */
export type CellValue = string | number | boolean | Date | null | undefined

export type SheetRows = readonly (readonly CellValue[])[]

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
  if (typeof cell === 'boolean') return cell ? '是' : '否'
  return String(cell).trim()
}
