import { itemsFromText } from '../kinds/items'
import { fieldMeta, textOf } from '../kinds/display'
import { encodeParty } from '../kinds/parties'
import type { ZodType } from '../zod'
import type { FieldMeta, KindDefinition } from '../kinds/types'
import {
  cellText,
  isEmptyRow,
  type CellIssue,
  type CellValue,
  type SheetContents,
  type SheetRows,
} from './cells'
import type { ColumnMapping } from './columnMapping'
import { allowedValues, matchOption } from './optionMatch'

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
  /** The row's cells as read, when refused: the report gives them back to be fixed. */
  readonly source?: readonly CellValue[]
}

/** A record already in the database holding a unique value (e.g. a credit code). */
export interface ExistingRecord {
  readonly id: string
  readonly title: string
}

export type ExistingLookup = (field: string, value: string) => ExistingRecord | undefined

const LIST_SEPARATORS = /[,，、;；|/\n]+/

const splitList = (text: string) =>
  text
    .split(LIST_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean)

/** What a field expects, for the refusal of a TRUE/FALSE cell. */
function expected(meta: FieldMeta): string {
  switch (meta.input.type) {
    case 'integer':
      return '数字'
    case 'select':
    case 'multiselect':
      return `可选的值（${allowedValues(meta.input)}）`
    default:
      return '文字'
  }
}

/** Converts one cell for a field; returns the value, or a reason it cannot be used. */
function convertCell(
  kind: KindDefinition,
  field: string,
  cell: CellValue,
): { value: unknown } | { reason: string } {
  const meta = fieldMeta(kind, field)
  if (!meta) return { value: cellText(cell) }
  const { input, label } = meta
  // A TRUE/FALSE cell is never a name, code or choice: a checkbox column mapped by mistake.
  if (typeof cell === 'boolean') {
    return { reason: `${label}是逻辑值 ${cellText(cell)}，不是${expected(meta)}` }
  }
  const text = cellText(cell)
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
      return value === undefined
        ? { reason: `${label}“${text}”不在可选范围内（${allowedValues(input)}）` }
        : { value }
    }
    case 'multiselect': {
      const values: string[] = []
      for (const part of splitList(text)) {
        const value = matchOption(input.options, part)
        if (value === undefined) {
          return { reason: `${label}“${part}”不在可选范围内（${allowedValues(input)}）` }
        }
        values.push(value)
      }
      return { value: values }
    }
    case 'stringList':
      return { value: splitList(text) }
    case 'longText':
    case 'date':
    case 'dateTime':
      return { value: text }
    case 'parties':
      // Names as typed: linking them to directory records is the user's choice, not a guess.
      return { value: splitList(text).map((name) => encodeParty({ kind: 'name', name })) }
    case 'items':
      return { value: itemsFromText(input.columns, text) }
    case 'reference':
    case 'timeRange':
    case 'dateRange':
    case 'attachments':
    case 'workflow':
    case 'stateLog':
    case 'orderKey':
    case 'structured':
      return { reason: `${label}暂不支持从 Excel 导入` }
  }
}

/**
 * An import of children into one parent (报名 into a 培训): each row gets its `parentId`, and the
 * children already there, by their `sameChild` key (with their titles), are not imported again.
 */
export interface ImportParent {
  readonly id: string
  readonly children: ReadonlyMap<string, string>
}

/**
 * Checks the data rows below the header a slice at a time (a caller on the UI thread can yield
 * between slices): converts the mapped cells, validates them with the kind's schema, refuses
 * rows with unreadable cells in imported columns, and refuses duplicates — of a record already
 * in the database (`existing`), or of an earlier row in the same file. Empty rows are skipped.
 */
export class ImportChecker {
  readonly results: ImportRow[] = []
  /** `sameChild` keys of the rows accepted so far, with their row numbers. */
  private readonly seenChildren = new Map<string, number>()
  private next: number
  private readonly end: number
  private readonly seen: Map<string, Map<string, number>>
  private readonly issuesByRow = new Map<number, CellIssue[]>()
  private readonly headers: readonly string[]

  constructor(
    private readonly kind: KindDefinition,
    private readonly sheet: SheetContents,
    private readonly headerRowIndex: number,
    private readonly mapping: ColumnMapping,
    private readonly existing: ExistingLookup,
    private readonly parent?: ImportParent,
  ) {
    this.next = headerRowIndex + 1
    this.headers = (sheet.rows[headerRowIndex] ?? []).map(cellText)
    this.seen = new Map(kind.unique.map((u) => [u.field, new Map<string, number>()]))
    let lastIssueRow = 0
    for (const issue of sheet.issues) {
      // An unreadable cell in a column that is not imported changes nothing.
      if (issue.column !== null && !mapping[issue.column]) continue
      const list = this.issuesByRow.get(issue.row) ?? []
      list.push(issue)
      this.issuesByRow.set(issue.row, list)
      lastIssueRow = Math.max(lastIssueRow, issue.row)
    }
    this.end = Math.max(sheet.rows.length, lastIssueRow)
  }

  get done(): boolean {
    return this.next >= this.end
  }

  /** 0–1. */
  get fraction(): number {
    const total = this.end - this.headerRowIndex - 1
    return total <= 0 ? 1 : Math.min(1, (this.next - this.headerRowIndex - 1) / total)
  }

  /** Checks up to `count` more rows. */
  step(count: number): void {
    const stop = Math.min(this.end, this.next + count)
    for (; this.next < stop; this.next++) {
      const row = this.sheet.rows[this.next] ?? []
      const issues = this.issuesByRow.get(this.next + 1)
      if (!issues && isEmptyRow(row)) continue
      this.results.push(this.checkRow(row, this.next + 1, issues ?? []))
    }
  }

  private issueReason(issue: CellIssue): string {
    if (issue.column === null) return issue.message
    const header = this.headers[issue.column] ?? ''
    return `${issue.ref}${header ? `（${header}）` : ''}：${issue.message}`
  }

  private checkRow(row: readonly CellValue[], rowNumber: number, issues: CellIssue[]): ImportRow {
    const { kind } = this
    const reasons = issues.map((issue) => this.issueReason(issue))
    const unreadable = new Set<string>()
    for (const issue of issues) {
      const field = issue.column === null ? null : this.mapping[issue.column]
      if (field) unreadable.add(field)
    }
    const input: Record<string, unknown> = {
      ...kind.empty(),
      ...(this.parent ? { parentId: this.parent.id } : {}),
    }
    this.mapping.forEach((field, column) => {
      if (!field || unreadable.has(field)) return
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
    if (data)
      reasons.push(...this.duplicateReasons(data, rowNumber), ...this.sameChild(data, rowNumber))
    return reasons.length === 0 && data
      ? { rowNumber, title, status: 'ok', reasons: [], data }
      : { rowNumber, title, status: 'refused', reasons, source: row }
  }

  /** A row that repeats a child of the parent already there, or an earlier row of the file. */
  private sameChild(data: Record<string, unknown>, rowNumber: number): string[] {
    const key = this.parent && this.kind.sameChild?.(data)
    if (!this.parent || !key) return []
    const there = this.parent.children.get(key)
    if (there !== undefined) return [`与已有的${this.kind.label}“${there}”重复`]
    const earlier = this.seenChildren.get(key)
    if (earlier !== undefined) return [`与第${String(earlier)}行重复`]
    this.seenChildren.set(key, rowNumber)
    return []
  }

  private duplicateReasons(data: Record<string, unknown>, rowNumber: number): string[] {
    const reasons: string[] = []
    for (const constraint of this.kind.unique) {
      const field = constraint.field
      const value = data[field]
      if (typeof value !== 'string' || value === '') continue
      const label = fieldMeta(this.kind, field)?.label ?? field
      const inDatabase = this.existing(field, value)
      const earlier = this.seen.get(field)?.get(value)
      if (inDatabase) reasons.push(`${constraint.message}（${inDatabase.title}）`)
      else if (earlier !== undefined) reasons.push(`${label}与第${earlier}行重复`)
      else this.seen.get(field)?.set(value, rowNumber)
    }
    return reasons
  }
}

/** Rows checked between two yields of the step generators below. */
const ROWS_PER_STEP = 200

/**
 * The check as steps: yields its progress (0–1) every few hundred rows and returns the checked
 * rows, so that the UI thread can run it in slices and stay responsive with 100,000 rows.
 */
export function* importRowSteps(
  kind: KindDefinition,
  sheet: SheetContents,
  headerRowIndex: number,
  mapping: ColumnMapping,
  existing: ExistingLookup,
  parent?: ImportParent,
): Generator<number, ImportRow[], void> {
  const checker = new ImportChecker(kind, sheet, headerRowIndex, mapping, existing, parent)
  while (!checker.done) {
    checker.step(ROWS_PER_STEP)
    yield checker.fraction
  }
  return checker.results
}

/** Runs step generators to the end at once (tests, scripts). */
export function runSteps<T>(steps: Generator<number, T, void>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

/** Every data row checked at once (see ImportChecker). */
export function checkImportRows(
  kind: KindDefinition,
  sheet: SheetContents,
  headerRowIndex: number,
  mapping: ColumnMapping,
  existing: ExistingLookup,
  parent?: ImportParent,
): ImportRow[] {
  return runSteps(importRowSteps(kind, sheet, headerRowIndex, mapping, existing, parent))
}

/**
 * The values of unique fields in the mapped columns, normalized by the field's schema, to look
 * up in the database before checking; as steps like importRowSteps.
 */
export function* uniqueValueSteps(
  kind: KindDefinition,
  rows: SheetRows,
  headerRowIndex: number,
  mapping: ColumnMapping,
): Generator<number, Map<string, string[]>, void> {
  const values = new Map<string, string[]>()
  for (const constraint of kind.unique) {
    const field = constraint.field
    const column = mapping.indexOf(field)
    if (column < 0) continue
    const schema = kind.schema.shape[field] as ZodType | undefined
    const list = new Set<string>()
    for (let i = headerRowIndex + 1; i < rows.length; i++) {
      const parsed = schema?.safeParse(cellText(rows[i]?.[column]))
      if (parsed?.success && typeof parsed.data === 'string' && parsed.data !== '') {
        list.add(parsed.data)
      }
      if (i % ROWS_PER_STEP === 0) yield i / rows.length
    }
    values.set(field, [...list])
  }
  return values
}

export function uniqueValuesInSheet(
  kind: KindDefinition,
  rows: SheetRows,
  headerRowIndex: number,
  mapping: ColumnMapping,
): Map<string, string[]> {
  return runSteps(uniqueValueSteps(kind, rows, headerRowIndex, mapping))
}
