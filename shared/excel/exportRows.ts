import { displayValue, fieldMeta, type ReferenceTitle } from '../kinds/display'
import type { KindDefinition } from '../kinds/types'

export interface ExportCell {
  readonly value: string | number
  /** Text cells keep Excel from turning codes and phone numbers into numbers. */
  readonly type: 'text' | 'number'
}

export interface ExportSheet {
  readonly headers: readonly string[]
  readonly rows: readonly (readonly ExportCell[])[]
  /** Column widths in characters. */
  readonly widths: readonly number[]
}

/**
 * A kind's records as a sheet with the kind's Excel columns; headers are the field labels, so an
 * exported file can be imported again as it is.
 */
export function recordsToSheet(
  kind: KindDefinition,
  records: readonly Record<string, unknown>[],
  referenceTitle?: ReferenceTitle,
): ExportSheet {
  const columns = kind.excel.map((c) => c.field)
  const headers = columns.map((field) => fieldMeta(kind, field)?.label ?? field)
  const rows = records.map((record) =>
    columns.map((field): ExportCell => {
      const value = record[field]
      return fieldMeta(kind, field)?.input.type === 'integer' && typeof value === 'number'
        ? { value, type: 'number' }
        : { value: displayValue(kind, field, value, referenceTitle), type: 'text' }
    }),
  )
  const widths = columns.map((_, i) => {
    const longest = Math.max(
      (headers[i] ?? '').length,
      ...rows.slice(0, 200).map((row) => String(row[i]?.value ?? '').length),
    )
    return Math.min(60, Math.max(8, Math.round(longest * 1.8)))
  })
  return { headers, rows, widths }
}
