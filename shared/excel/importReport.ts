import { cellText, type CellValue } from './cells'
import type { ExportCell, ExportSheet } from './exportRows'
import type { ImportRow } from './importRows'

export const REPORT_ROW_HEADER = '原行号'
export const REPORT_REASON_HEADER = '未导入原因'

function reportCell(cell: CellValue): ExportCell {
  return typeof cell === 'number'
    ? { value: cell, type: 'number' }
    : { value: cellText(cell), type: 'text' }
}

/**
 * The refused rows of an import as a sheet to fix and import again: the row number and the
 * reasons, then the row's own columns under the file's own headers. The two added columns match
 * no field, so a corrected report imports like the original file.
 */
export function importReportSheet(
  headers: readonly string[],
  refused: readonly ImportRow[],
): ExportSheet {
  const columns = refused.reduce(
    (widest, row) => Math.max(widest, row.source?.length ?? 0),
    headers.length,
  )
  const original = Array.from({ length: columns }, (_, i) => headers[i] ?? '')
  const rows = refused.map((row): ExportCell[] => [
    { value: row.rowNumber, type: 'number' },
    { value: row.reasons.join('；'), type: 'text' },
    ...original.map((_, i) => reportCell(row.source?.[i])),
  ])
  const allHeaders = [REPORT_ROW_HEADER, REPORT_REASON_HEADER, ...original]
  const widths = allHeaders.map((header, i) => {
    const longest = Math.max(
      header.length,
      ...rows.slice(0, 200).map((row) => String(row[i]?.value ?? '').length),
    )
    return Math.min(60, Math.max(8, Math.round(longest * 1.8)))
  })
  return { headers: allHeaders, rows, widths }
}
