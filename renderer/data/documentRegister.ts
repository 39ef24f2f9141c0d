import type { DocumentFormat } from '../../shared/documents/definition'
import { formatDocumentNumber, hasNumberBracket } from '../../shared/documents/documentNumber'
import {
  nextSequence,
  numberFieldsOf,
  sequenceHolder,
  takenMessage,
  type RegisterEntry,
  type RegisterStatus,
} from '../../shared/documents/register'
import { KINDS } from '../../shared/kinds'
import type { MinutesSeries } from '../../shared/generators'
import type { XiezhiDatabase } from './database'
import { RecordNotFoundError, RecordValidationError } from './errors'
import { writeTables } from './applyChanges'
import { createRecord, createRecords, updateFields, type Row } from './writePath'

/**
 * 发文登记 storage: the register is read one series (机关代字 + year) at a time through the
 * [prefix+year] index, tombstones included, because deleted entries still hold their numbers.
 * Allocation reads the series and writes the new entries in one transaction, so two windows
 * cannot hand out the same number.
 */

export type DocumentRow = Row<'document'>

/** One numbering series; the unnumbered documents (drafts, 纪要) are the series ('', 0). */
export interface Series {
  readonly prefix: string
  readonly year: number
}

export const UNNUMBERED: Series = { prefix: '', year: 0 }

/** Every series that has entries, from the index keys alone. */
export async function listSeries(db: XiezhiDatabase): Promise<Series[]> {
  const keys: unknown[] = await db.records('document').orderBy('[prefix+year]').uniqueKeys()
  return keys.flatMap((key) => {
    if (!Array.isArray(key)) return []
    const [prefix, year] = key as unknown[]
    return typeof prefix === 'string' && typeof year === 'number' ? [{ prefix, year }] : []
  })
}

/**
 * The next 期号 of a 纪要 series (its mark and the year of its 成文日期): one more than the
 * highest 第N期 any entry of the series holds, deleted ones included, so a number is never reused.
 */
export async function nextMinutesIssue(db: XiezhiDatabase, series: MinutesSeries): Promise<number> {
  const rows = (await db
    .records('document')
    .where('format')
    .equals('minutes')
    .toArray()) as DocumentRow[]
  let highest = 0
  for (const row of rows) {
    if (!row.date.startsWith(String(series.year))) continue
    const issue = /^第(\d+)期$/.exec(row.documentNumber)
    if (!issue || markOf(row.definition) !== series.mark) continue
    highest = Math.max(highest, Number(issue[1]))
  }
  return highest + 1
}

function markOf(definitionJson: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(definitionJson)
    const mark = (parsed as { markText?: unknown } | null)?.markText
    return typeof mark === 'string' ? mark : undefined
  } catch {
    return undefined
  }
}

/** Documents written from a record (its generated letters, minutes…), live ones, newest first. */
export async function documentsFrom(db: XiezhiDatabase, sourceId: string): Promise<DocumentRow[]> {
  const rows = await db
    .records('document')
    .where('sourceId')
    .equals(sourceId)
    .filter((row) => row.deletedAt === undefined)
    .limit(200)
    .toArray()
  return (rows as DocumentRow[]).sort((a, b) => b.updatedAt - a.updatedAt)
}

/** The entries of one series, deleted ones included. */
export async function seriesRows(db: XiezhiDatabase, series: Series): Promise<DocumentRow[]> {
  const rows = await db
    .records('document')
    .where('[prefix+year]')
    .equals([series.prefix, series.year])
    .toArray()
  return rows as DocumentRow[]
}

export function registerEntryOf(row: DocumentRow): RegisterEntry {
  return {
    id: row.id,
    sequence: row.sequence,
    status: row.status,
    deleted: row.deletedAt !== undefined,
    title: row.title,
    documentNumber: row.documentNumber,
    written: row.definition !== '',
  }
}

function documentTables(db: XiezhiDatabase) {
  return writeTables(db, ['document'])
}

/** What the editor saves; the number fields are derived from `documentNumber`. */
export interface DocumentInput {
  readonly title: string
  readonly documentNumber: string
  readonly format: DocumentFormat
  readonly date: string
  readonly status: RegisterStatus
  /** The document definition as JSON. */
  readonly definition: string
  readonly fileName?: string
  readonly sourceKind?: string
  readonly sourceId?: string
  readonly remark?: string
}

/** A register entry that exists and is not deleted. */
async function liveRow(db: XiezhiDatabase, id: string): Promise<DocumentRow> {
  const row = await db.records('document').get(id)
  if (!row || row.deletedAt !== undefined) throw new RecordNotFoundError(id)
  return row as DocumentRow
}

/**
 * Why entry `id` (undefined: a document not registered yet) cannot carry `documentNumber`: another
 * entry of the series holds it (live, voided or deleted), or the entry's own number was voided.
 */
export async function numberProblem(
  db: XiezhiDatabase,
  id: string | undefined,
  documentNumber: string,
  format: DocumentFormat,
): Promise<string | undefined> {
  const fields = numberFieldsOf(documentNumber, format)
  const own = id === undefined ? undefined : await db.records('document').get(id)
  if (own && own.status === 'void' && own.deletedAt === undefined) {
    return fields.documentNumber === own.documentNumber
      ? `发文字号 ${own.documentNumber} 已作废，不再使用；请在发文登记中点“用新号撰写”`
      : '作废的登记不能改号；请在发文登记中点“用新号撰写”'
  }
  if (fields.sequence === 0) return undefined
  const entries = (await seriesRows(db, fields)).map(registerEntryOf)
  const holder = sequenceHolder(entries, fields.sequence, id)
  return holder ? takenMessage(holder) : undefined
}

/**
 * Creates or updates a register entry. A number held by another entry of its series — live,
 * voided or deleted — is refused on the 发文字号 field; a voided entry is not written again.
 */
export async function saveDocument(
  db: XiezhiDatabase,
  id: string | undefined,
  input: DocumentInput,
  options: { readonly sample?: boolean } = {},
): Promise<DocumentRow> {
  const fields = numberFieldsOf(input.documentNumber, input.format)
  return db.transaction('rw', documentTables(db), async () => {
    const problem = await numberProblem(db, id, input.documentNumber, input.format)
    if (problem) throw new RecordValidationError([{ path: 'documentNumber', message: problem }])
    if (id === undefined) {
      return createRecord(
        db,
        'document',
        { ...KINDS.document.empty(), ...input, ...fields },
        options,
      )
    }
    return updateFields(db, 'document', id, { ...input, ...fields })
  })
}

export interface ReserveRequest {
  readonly prefix: string
  readonly year: number
  readonly count: number
  readonly title?: string
  readonly remark?: string
  readonly format?: DocumentFormat
  readonly date?: string
  readonly definition?: string
}

/** The next number of a series, as it would be given now. */
export async function peekNextNumber(db: XiezhiDatabase, series: Series): Promise<string> {
  const sequence = nextSequence(await seriesRows(db, series))
  return formatDocumentNumber({ ...series, sequence })
}

function reserveProblem(request: ReserveRequest): string | undefined {
  if (request.prefix.trim() === '') return '请填写机关代字，如 津知发'
  if (hasNumberBracket(request.prefix) || /\s/.test(request.prefix))
    return '机关代字不含括号和空格，如 津知发'
  if (!Number.isInteger(request.year) || request.year < 1900 || request.year > 9999)
    return '年份应为四位数字，如 2026'
  if (!Number.isInteger(request.count) || request.count < 1 || request.count > 50)
    return '一次可预留 1 至 50 个号'
  if (request.format === 'minutes') return '纪要使用期号，不从发文登记取号'
  return undefined
}

/** Reserves the next `count` numbers of a series (status 预留). Returns the new entries in order. */
export async function reserveNumbers(
  db: XiezhiDatabase,
  request: ReserveRequest,
  options: { readonly sample?: boolean } = {},
): Promise<DocumentRow[]> {
  const problem = reserveProblem(request)
  if (problem) throw new RecordValidationError([{ path: 'prefix', message: problem }])
  const series = { prefix: request.prefix.trim(), year: request.year }
  return db.transaction('rw', documentTables(db), async () => {
    const first = nextSequence(await seriesRows(db, series))
    const entries = Array.from({ length: request.count }, (_, index) => {
      const documentNumber = formatDocumentNumber({ ...series, sequence: first + index })
      return {
        ...KINDS.document.empty(),
        title: request.title ?? '',
        remark: request.remark ?? '',
        format: request.format ?? ('file' as const),
        date: request.date ?? '',
        definition: request.definition ?? '',
        status: 'reserved' as const,
        ...numberFieldsOf(documentNumber, 'file'),
      }
    })
    return createRecords(db, 'document', entries, options)
  })
}

/**
 * 取号 from the editor: gives the next number of a series to a document (a new entry, or the
 * given draft), in one transaction with reading the series. `input` receives the number so the
 * stored definition carries it too.
 */
export async function takeNumber(
  db: XiezhiDatabase,
  id: string | undefined,
  series: Series,
  input: (documentNumber: string) => DocumentInput,
): Promise<DocumentRow> {
  const problem = reserveProblem({ ...series, count: 1 })
  if (problem) throw new RecordValidationError([{ path: 'prefix', message: problem }])
  return db.transaction('rw', documentTables(db), async () => {
    const sequence = nextSequence(await seriesRows(db, series))
    return saveDocument(db, id, input(formatDocumentNumber({ ...series, sequence })))
  })
}

/** A stored definition with another 发文字号 (an unreadable one is left as it is). */
function withDocumentNumber(definition: string, documentNumber: string): string {
  if (definition === '') return ''
  try {
    const parsed: unknown = JSON.parse(definition)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return definition
    return JSON.stringify({ ...parsed, documentNumber })
  } catch {
    return definition
  }
}

/**
 * 用新号撰写 on a voided entry: the voided number stays voided, and a new entry takes the next
 * number of the same series, carrying the voided entry's document (if one was written) as a draft.
 */
export async function rewriteWithNewNumber(
  db: XiezhiDatabase,
  voidedId: string,
): Promise<DocumentRow> {
  return db.transaction('rw', documentTables(db), async () => {
    const voided = await liveRow(db, voidedId)
    if (voided.status !== 'void' || voided.sequence === 0) {
      throw new RecordValidationError([{ path: 'status', message: '只有作废的发文字号需要换新号' }])
    }
    const sequence = nextSequence(await seriesRows(db, voided))
    const documentNumber = formatDocumentNumber({ ...voided, sequence })
    const written = voided.definition !== ''
    return createRecord(db, 'document', {
      ...KINDS.document.empty(),
      title: voided.title,
      format: voided.format,
      date: voided.date,
      definition: withDocumentNumber(voided.definition, documentNumber),
      status: written ? ('draft' as const) : ('reserved' as const),
      remark: `替代已作废的 ${voided.documentNumber}`,
      ...numberFieldsOf(documentNumber, voided.format),
    })
  })
}

/** Sets an entry's status (作废, or back to 预留 / 已用). */
export async function setDocumentStatus(
  db: XiezhiDatabase,
  id: string,
  status: RegisterStatus,
): Promise<DocumentRow> {
  await liveRow(db, id)
  return updateFields(db, 'document', id, { status })
}
