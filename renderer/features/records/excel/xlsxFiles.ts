import type { CellValue, SheetRows } from '../../../../shared/excel/cells'
import type { ExportSheet } from '../../../../shared/excel/exportRows'

/** Largest workbook accepted for import: far beyond any real registry, small enough to read safely. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024

export class SpreadsheetError extends Error {}

/** Reads the first sheet of an .xlsx file. The reader is loaded only when needed. */
export async function readSheetFile(file: File): Promise<SheetRows> {
  if (!/\.xlsx$/i.test(file.name)) {
    throw new SpreadsheetError(
      '请选择 .xlsx 格式的 Excel 文件（旧版 .xls 请先在 Excel 或 WPS 中另存为 .xlsx）',
    )
  }
  if (file.size > MAX_IMPORT_BYTES)
    throw new SpreadsheetError('文件过大（超过 30 MB），请拆分后再导入')
  if (file.size === 0) throw new SpreadsheetError('文件是空的')
  const { readSheet } = await import('read-excel-file/universal')
  try {
    const rows = await readSheet(await file.arrayBuffer())
    return rows.map((row) => row.map((cell) => cell as CellValue))
  } catch {
    throw new SpreadsheetError('无法读取该文件：它可能已损坏，或不是 Excel 工作簿')
  }
}

/** Writes one sheet to .xlsx bytes; text cells are marked as text so codes stay text. */
export async function writeSheetFile(
  sheet: ExportSheet,
  sheetName: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const header = sheet.headers.map((value) => ({
    value,
    fontWeight: 'bold' as const,
    backgroundColor: '#E8EEF6',
  }))
  const body = sheet.rows.map((row) =>
    row.map((cell) =>
      cell.type === 'number'
        ? { value: cell.value as number, type: Number }
        : { value: String(cell.value), type: String, format: '@' },
    ),
  )
  const blob = await writeXlsxFile([header, ...body], {
    sheet: sheetName,
    columns: sheet.widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}
