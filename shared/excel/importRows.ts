import { fieldMeta, textOf } from '../kinds/display'
import type { ZodType } from '../zod'
import type { FieldOption, KindDefinition } from '../kinds/types'
import { cellText, isEmptyRow, type CellValue, type SheetRows } from './cells'
import type { ColumnMapping } from './columnMapping'

/** One data row of an import, checked: either ready to import, or refused with its reasons. */
export interface ImportRow {
  /** The row number as Excel shows it (1-based, counting the header). */
  readonly rowNumber: number
  /** The record's name as given in the row, to identify it in the report. */
  readonly title: string
  readonly status: 'ok' | 'refused'
  readonly reasons: readonly string[]
  /** Parsed, valid data when status is 'ok'. */
  readonly data?: Record<string, unknown>
}

/** A record already in the database holding a unique value (e.g. a credit code). */
export interface ExistingRecord {
  readonly id: string
  readonly title: string
}

const LIST_SEPARATORS = /[,，、;；|/\n]+/

function matchOption(options: readonly FieldOption[], text: string): string | undefined {
  const compact = text.replace(/\s+/g, '')
  const found =
    options.find((o) => o.value === text || o.label === text) ??
    options.find((o) => o.label.replace(/\s+/g, '') === compact) ??
    // "C" or "制造业" for "C 制造业"; "西青" for "西青区".
    options.find((o) => o.label.split(/\s+/).includes(text)) ??
    options.find((o) => o.value === `${text}区` || o.label === `${text}区`)
  return found?.value
}

/** Converts one cell for a field; returns the value, or a reason it cannot be used. */
function convertCell(
  kind: KindDefinition,
  field: string,
  cell: CellValue,
): { value: unknown } | { reason: string } {
  const meta = fieldMeta(kind, field)
  if (!meta) return { value: cellText(cell) }
  const text = cellText(cell)
  const { input, label } = meta
  switch (input.type) {
    case 'text':
      if (typeof cell === 'number' && !Number.isSafeInteger(cell)) {
        return {
          reason: `${label}在 Excel 中被存成了数字，末几位已丢失；请将该列设为“文本”格式后重新填写`,
        }
      }
      return { value: text }
    case 'integer':
      if (text === '') return { value: 0 }
      if (typeof cell === 'number') return { value: cell }
      if (/^\d+$/.test(text)) return { value: Number(text) }
      return { reason: `${label}应为数字，实际为“${text}”` }
    case 'select': {
      if (text === '') return { value: '' }
      const value = matchOption(input.options, text)
      return value === undefined ? { reason: `${label}“${text}”不在可选范围内` } : { value }
    }
    case 'multiselect': {
      const parts = text
        .split(LIST_SEPARATORS)
        .map((p) => p.trim())
        .filter(Boolean)
      const values: string[] = []
      for (const part of parts) {
        const value = matchOption(input.options, part)
        if (value === undefined) return { reason: `${label}“${part}”不在可选范围内` }
        values.push(value)
      }
      return { value: values }
    }
    case 'stringList':
      return {
        value: text
          .split(LIST_SEPARATORS)
          .map((p) => p.trim())
          .filter(Boolean),
      }
    case 'reference':
      return { reason: `${label}暂不支持从 Excel 导入` }
  }
}

/**
 * Checks every data row below the header: converts the mapped cells, validates them with the
 * kind's schema, and refuses duplicates — of a record already in the database (`existing`), or
 * of an earlier row in the same file. Empty rows are skipped.
 */
export function checkImportRows(
  kind: KindDefinition,
  rows: SheetRows,
  headerRowIndex: number,
  mapping: ColumnMapping,
  existing: (field: string, value: string) => ExistingRecord | undefined,
): ImportRow[] {
  const result: ImportRow[] = []
  const seen = new Map<string, Map<string, number>>(kind.unique.map((u) => [u.field, new Map()]))
  for (let index = headerRowIndex + 1; index < rows.length; index++) {
    const row = rows[index] ?? []
    if (isEmptyRow(row)) continue
    const rowNumber = index + 1
    const reasons: string[] = []
    const unreadable = new Set<string>()
    const input: Record<string, unknown> = { ...kind.empty() }
    mapping.forEach((field, column) => {
      if (!field) return
      const converted = convertCell(kind, field, row[column])
      if ('reason' in converted) {
        reasons.push(converted.reason)
        unreadable.add(field)
      } else input[field] = converted.value
    })
    const title = textOf(input[kind.titleField]).trim()
    const parsed = kind.schema.safeParse(input)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // A cell already refused above needs no second message from the schema.
        if (!unreadable.has(String(issue.path[0] ?? ''))) reasons.push(issue.message)
      }
    }
    const data = parsed.success ? parsed.data : undefined
    if (data) {
      for (const constraint of kind.unique) {
        const field = constraint.field
        const value = data[field]
        if (typeof value !== 'string' || value === '') continue
        const label = fieldMeta(kind, field)?.label ?? field
        const inDatabase = existing(field, value)
        const earlier = seen.get(field)?.get(value)
        if (inDatabase) reasons.push(`${constraint.message}（${inDatabase.title}）`)
        else if (earlier !== undefined) reasons.push(`${label}与第${earlier}行重复`)
        else seen.get(field)?.set(value, rowNumber)
      }
    }
    result.push(
      reasons.length === 0 && data
        ? { rowNumber, title, status: 'ok', reasons: [], data }
        : { rowNumber, title, status: 'refused', reasons },
    )
  }
  return result
}

/** The values of unique fields in the mapped columns, to look up in the database first. */
export function uniqueValuesInSheet(
  kind: KindDefinition,
  rows: SheetRows,
  headerRowIndex: number,
  mapping: ColumnMapping,
): Map<string, string[]> {
  const values = new Map<string, string[]>()
  for (const constraint of kind.unique) {
    const field = constraint.field
    const column = mapping.indexOf(field)
    if (column < 0) continue
    const schema = kind.schema.shape[field] as ZodType | undefined
    const list: string[] = []
    for (let i = headerRowIndex + 1; i < rows.length; i++) {
      const parsed = schema?.safeParse(cellText(rows[i]?.[column]))
      if (parsed?.success && typeof parsed.data === 'string' && parsed.data !== '')
        list.push(parsed.data)
    }
    values.set(field, [...new Set(list)])
  }
  return values
}
