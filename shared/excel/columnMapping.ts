import type { KindDefinition } from '../kinds/types'
import { fieldMeta } from '../kinds/display'
import { isEmptyCell, type SheetRows } from './cells'

/** For each column of the sheet, the field it fills, or null to ignore the column. */
export type ColumnMapping = readonly (string | null)[]

/** Header text without spaces, asterisks, bracketed notes (（必填）) or punctuation. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s*:：]/g, '')
    .toLowerCase()
}

/**
 * Guesses which field each column holds from its header: the field's label, then its aliases,
 * then a header that contains a label. Each field is used at most once.
 */
export function autoMapColumns(kind: KindDefinition, headers: readonly string[]): ColumnMapping {
  const candidates = kind.excel.map((column) => ({
    field: column.field,
    names: [fieldMeta(kind, column.field)?.label ?? column.field, ...(column.aliases ?? [])].map(
      normalizeHeader,
    ),
  }))
  const used = new Set<string>()
  const normalized = headers.map(normalizeHeader)
  const mapping: (string | null)[] = normalized.map(() => null)
  const passes: ((header: string, names: readonly string[]) => boolean)[] = [
    (header, names) => names[0] === header,
    (header, names) => names.includes(header),
    (header, names) => header !== '' && names[0] !== undefined && header.includes(names[0]),
  ]
  for (const matches of passes) {
    normalized.forEach((header, index) => {
      if (mapping[index] !== null || header === '') return
      const found = candidates.find((c) => !used.has(c.field) && matches(header, c.names))
      if (found) {
        mapping[index] = found.field
        used.add(found.field)
      }
    })
  }
  return mapping
}

/** Index of the header row: the first row with at least two non-empty cells. */
export function findHeaderRow(rows: SheetRows): number {
  const index = rows.findIndex((row) => row.filter((cell) => !isEmptyCell(cell)).length >= 2)
  return index < 0 ? 0 : index
}
