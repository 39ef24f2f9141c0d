import type { CellIssue, ReadCellValue } from '../cells'
import { cellName, columnName, parseCellRef, type CellPosition } from './cellRef'
import { cellTooLong } from './sharedStrings'
import { formatCount, type SheetLimits } from './limits'
import { SheetReadError } from './sheetReadError'
import type { XmlHandler } from './xmlScanner'
import { attribute } from './xmlText'
import { preview, readCellValue, type CellContext, type CellXml } from './cellValue'

export interface SheetContext extends CellContext {
  readonly limits: SheetLimits
}

interface OpenCell extends CellXml {
  readonly position: CellPosition | null
  readonly ref: string
  value: string | null
  inline: string | null
}

/**
 * The cells of a worksheet, kept sparse while reading (a value at XFD1048576 costs one cell, not
 * a million rows of 16,384 columns). A cell that cannot be read becomes a CellIssue; a sheet past
 * a cap is refused with the cap named.
 */
export class WorksheetHandler implements XmlHandler {
  private readonly rows: ReadCellValue[][] = []
  readonly issues: CellIssue[] = []
  private rowNumber = 0
  private nextColumn = 0
  private cell: OpenCell | null = null
  private capture: 'value' | 'inline' | null = null
  private inInlineString = false
  private inPhonetic = false
  private cellCount = 0

  constructor(private readonly context: SheetContext) {}

  /** Rows read so far, for progress. */
  get rowsRead(): number {
    return this.rowNumber
  }

  private tooLarge(what: string): SheetReadError {
    const { rows, columns } = this.context.limits
    return new SheetReadError(
      `${what}，超过导入上限（最多 ${formatCount(rows)} 行、${formatCount(columns)} 列，即 A 到 ${columnName(columns - 1)} 列），未导入；请删除多余的行和列，或拆分文件后再导入`,
    )
  }

  open(name: string, attributes: string): void {
    switch (name) {
      case 'dimension': {
        // The sheet's declared extent, checked before any cell is read.
        const ref = attribute(attributes, 'ref') ?? ''
        const last = parseCellRef(ref.split(':').pop() ?? '')
        if (last) this.checkPosition(last, `工作表的范围是 ${ref.toUpperCase()}`)
        break
      }
      case 'row': {
        const r = Number(attribute(attributes, 'r'))
        this.rowNumber = Number.isInteger(r) && r >= 1 ? r : this.rowNumber + 1
        if (this.rowNumber > this.context.limits.rows) {
          throw this.tooLarge(`工作表有第 ${formatCount(this.rowNumber)} 行`)
        }
        this.nextColumn = 0
        break
      }
      case 'c': {
        const ref = attribute(attributes, 'r')
        const position =
          ref === undefined ? { row: this.rowNumber, column: this.nextColumn } : parseCellRef(ref)
        this.nextColumn = position ? position.column + 1 : this.nextColumn + 1
        this.cell = {
          position,
          ref: ref ?? (position ? cellName(position) : ''),
          type: attribute(attributes, 't') ?? 'n',
          style: Number(attribute(attributes, 's') ?? 0),
          value: null,
          inline: null,
        }
        break
      }
      case 'v':
        if (this.cell) {
          this.cell.value = ''
          this.capture = 'value'
        }
        break
      case 'is':
        this.inInlineString = true
        if (this.cell) this.cell.inline ??= ''
        break
      case 'rPh':
        this.inPhonetic = true
        break
      case 't':
        if (this.cell && this.inInlineString && !this.inPhonetic) this.capture = 'inline'
        break
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.capture = null
        break
      case 'is':
        this.inInlineString = false
        break
      case 'rPh':
        this.inPhonetic = false
        break
      case 'c':
        if (this.cell) this.finishCell(this.cell)
        this.cell = null
        this.capture = null
        break
    }
  }

  wantsText(): boolean {
    return this.capture !== null
  }

  text(text: string): void {
    const cell = this.cell
    if (!cell) return
    const length =
      this.capture === 'value'
        ? (cell.value = (cell.value ?? '') + text).length
        : (cell.inline = (cell.inline ?? '') + text).length
    if (length > this.context.limits.cellChars) {
      throw cellTooLong(this.context.limits.cellChars, `单元格 ${preview(cell.ref)} 的文字`)
    }
  }

  private checkPosition(position: CellPosition, what: string): void {
    if (position.row > this.context.limits.rows || position.column >= this.context.limits.columns) {
      throw this.tooLarge(what)
    }
  }

  private addIssue(issue: CellIssue): void {
    if (this.issues.length >= this.context.limits.cellIssues) {
      throw new SheetReadError(
        `文件中有超过 ${formatCount(this.context.limits.cellIssues)} 个单元格无法读取，文件可能已损坏，未导入`,
      )
    }
    this.issues.push(issue)
  }

  private finishCell(cell: OpenCell): void {
    if (cell.value === null && cell.inline === null) return
    const result = readCellValue(cell, this.context)
    const empty =
      'value' in result &&
      (result.value === null || (typeof result.value === 'string' && result.value === ''))
    if (empty) return
    const position = cell.position
    if (!position) {
      this.addIssue({
        // A cell outside any <row> counts as row 1.
        row: Math.max(1, this.rowNumber),
        column: null,
        ref: cell.ref,
        message: `单元格位置“${preview(cell.ref)}”无效，无法确定它在哪一列`,
      })
      return
    }
    this.checkPosition(position, `单元格 ${cellName(position)} 有内容`)
    if ('problem' in result) {
      this.addIssue({
        row: position.row,
        column: position.column,
        ref: cell.ref,
        message: result.problem,
      })
      return
    }
    if (++this.cellCount > this.context.limits.cells) {
      throw new SheetReadError(
        `工作表中有内容的单元格超过 ${formatCount(this.context.limits.cells)} 个（导入上限），未导入；请拆分文件后再导入`,
      )
    }
    const row = (this.rows[position.row - 1] ??= [])
    row[position.column] = result.value
  }

  /** The rows as dense arrays (row 1 first), empty cells null. */
  result(): ReadCellValue[][] {
    const rows: ReadCellValue[][] = []
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r] ?? []
      const dense: ReadCellValue[] = new Array<ReadCellValue>(row.length)
      for (let c = 0; c < row.length; c++) dense[c] = row[c] ?? null
      rows.push(dense)
    }
    return rows
  }
}
