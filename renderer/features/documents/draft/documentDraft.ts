import type {
  DocumentDefinitionInput,
  DocumentFormat,
} from '../../../../shared/documents/definition'
import { FORMATS, HEADING_TYPES } from '../../../../shared/documents/definition'

/**
 * What the editor holds while a document is written: every field of a document definition as
 * plain strings, lists and flags (so each input is controlled), and a stable key on each block
 * and attachment so React keeps focus while they are moved. `toDefinitionInput` turns it into a
 * definition; list indexes are kept one to one, so a problem's path (body[3].text) points at the
 * same block in the draft.
 */

export const BLOCK_TYPES = ['p', ...HEADING_TYPES, 'table', 'chart', 'pagebreak'] as const
export type BlockType = (typeof BLOCK_TYPES)[number]

export const BLOCK_TYPE_LABELS: Record<BlockType, string> = {
  p: '段落',
  h1: '一级标题',
  h2: '二级标题',
  h3: '三级标题',
  h4: '四级标题',
  table: '表格',
  chart: '图表',
  pagebreak: '分页',
}

/** How each heading level is numbered (automatically) in the document. */
export const HEADING_NUMBERING: Partial<Record<BlockType, string>> = {
  h1: '一、',
  h2: '（一）',
  h3: '1.',
  h4: '（1）',
}

export interface BlockDraft {
  readonly key: string
  readonly type: BlockType
  /** Paragraph or heading text. */
  readonly text: string
  /** Headings: text that continues in the same paragraph. */
  readonly run: string
  /**
   * Tables: the title, and the cells as lines of tab- or |-separated cells (first line = columns).
   * Charts: the title, and a line a bar: its name and its value (和平区 | 5).
   */
  readonly tableTitle: string
  readonly tableText: string
  /** Tables: the least row height in mm, as typed ('' for one line). */
  readonly tableRowHeight: string
  /** Tables: relative column widths, kept as they came (not edited here). */
  readonly tableColumnWeights?: readonly number[]
  /** Tables: 小四 text, kept as it came (not edited here). */
  readonly tableSmall?: boolean
}

export interface AttachmentDraft {
  readonly key: string
  readonly title: string
  readonly body: readonly BlockDraft[]
}

export type Urgency = '' | '特急' | '加急'

export interface DocumentDraft {
  readonly format: DocumentFormat
  readonly copyNumber: string
  readonly classification: string
  readonly urgency: Urgency
  readonly issuers: readonly string[]
  readonly markText: string
  readonly documentNumber: string
  readonly signers: readonly string[]
  readonly title: string
  readonly mainRecipients: string
  readonly body: readonly BlockDraft[]
  readonly attachments: readonly AttachmentDraft[]
  readonly signatures: readonly string[]
  readonly sealed: boolean
  readonly date: string
  readonly note: string
  readonly present: readonly string[]
  readonly absent: readonly string[]
  readonly observers: readonly string[]
  readonly copyTo: readonly string[]
  readonly reportTo: readonly string[]
  readonly sendTo: readonly string[]
  readonly printer: string
  readonly printDate: string
  readonly fonts: 'standard' | 'system'
  readonly duplex: boolean
}

let keyCounter = 0
export function newKey(): string {
  keyCounter += 1
  return `k${String(keyCounter)}`
}

export function blankBlock(type: BlockType, text = ''): BlockDraft {
  return { key: newKey(), type, text, run: '', tableTitle: '', tableText: '', tableRowHeight: '' }
}

export function blankAttachment(): AttachmentDraft {
  return { key: newKey(), title: '', body: [] }
}

/** Splits a table's text into rows of cells: tabs when pasted from Excel/WPS, else | . */
export function parseTableText(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => (line.includes('\t') ? line.split('\t') : line.split('|')).map((c) => c.trim()))
}

function tableTextOf(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [columns, ...rows]
  const separator = all.some((row) => row.some((cell) => cell.includes('|'))) ? '\t' : ' | '
  return all.map((row) => row.join(separator)).join('\n')
}

// ---- reading a stored or template definition (may be anything: it comes from the database) ----

type Loose = Record<string, unknown>

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const strList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

/** A table's column weights, when they are a list of numbers. */
function weightsOf(value: unknown): { tableColumnWeights?: number[] } {
  if (!Array.isArray(value)) return {}
  const weights = value.filter((weight): weight is number => typeof weight === 'number')
  return weights.length === value.length ? { tableColumnWeights: weights } : {}
}

/** A chart's bars as lines of name | value. */
function chartTextOf(categories: readonly string[], values: readonly unknown[]): string {
  return categories
    .map((category, index) => {
      const value = values[index]
      return `${category} | ${typeof value === 'number' ? String(value) : ''}`
    })
    .join('\n')
}

/** A chart's lines back as names and values; a value that is not a number is NaN (refused). */
export function parseChartText(text: string): { categories: string[]; values: number[] } {
  const rows = parseTableText(text)
  return {
    categories: rows.map((cells) => cells[0] ?? ''),
    values: rows.map((cells) => {
      const value = cells.length > 1 ? (cells.at(-1) ?? '') : ''
      return value === '' ? Number.NaN : Number(value)
    }),
  }
}

function blockFromInput(value: unknown): BlockDraft {
  const block = isObject(value) ? value : {}
  const type = (BLOCK_TYPES as readonly string[]).includes(str(block.type))
    ? (block.type as BlockType)
    : 'p'
  const rows = Array.isArray(block.rows) ? block.rows.map(strList) : []
  return {
    key: newKey(),
    type,
    text: str(block.text),
    run: str(block.run),
    tableTitle: str(block.title),
    tableText:
      type === 'table'
        ? tableTextOf(strList(block.columns), rows)
        : type === 'chart'
          ? chartTextOf(strList(block.categories), Array.isArray(block.values) ? block.values : [])
          : '',
    tableRowHeight: typeof block.rowHeight === 'number' ? String(block.rowHeight) : '',
    ...weightsOf(block.columnWeights),
    ...(block.small === true ? { tableSmall: true } : {}),
  }
}

function blocksFromInput(value: unknown): BlockDraft[] {
  return Array.isArray(value) ? value.map(blockFromInput) : []
}

export function draftFromDefinition(input: unknown): DocumentDraft {
  const d = isObject(input) ? input : {}
  const attendance = isObject(d.attendance) ? d.attendance : {}
  const options = isObject(d.options) ? d.options : {}
  const format = (FORMATS as readonly string[]).includes(str(d.format))
    ? (d.format as DocumentFormat)
    : 'file'
  const urgency = d.urgency === '特急' || d.urgency === '加急' ? d.urgency : ''
  return {
    format,
    copyNumber: str(d.copyNumber),
    classification: str(d.classification),
    urgency,
    issuers: strList(d.issuers),
    markText: str(d.markText),
    documentNumber: str(d.documentNumber),
    signers: strList(d.signers),
    title: str(d.title),
    mainRecipients: str(d.mainRecipients),
    body: blocksFromInput(d.body),
    attachments: Array.isArray(d.attachments)
      ? d.attachments.map((a: unknown) => {
          const attachment = isObject(a) ? a : {}
          return {
            key: newKey(),
            title: str(attachment.title),
            body: blocksFromInput(attachment.body),
          }
        })
      : [],
    signatures: strList(d.signatures),
    sealed: d.sealed === true,
    date: str(d.date),
    note: str(d.note),
    present: strList(attendance.present),
    absent: strList(attendance.absent),
    observers: strList(attendance.observers),
    copyTo: strList(d.copyTo),
    reportTo: strList(d.reportTo),
    sendTo: strList(d.sendTo),
    printer: str(d.printer),
    printDate: str(d.printDate),
    fonts: options.fonts === 'system' ? 'system' : 'standard',
    duplex: options.duplex === true,
  }
}

// ---- writing a definition ----

type BlockInput = DocumentDefinitionInput['body'][number]

function blockToInput(block: BlockDraft): BlockInput {
  switch (block.type) {
    case 'p':
      return { type: 'p', text: block.text }
    case 'pagebreak':
      return { type: 'pagebreak' }
    case 'table': {
      const [columns = [], ...rows] = parseTableText(block.tableText)
      return {
        type: 'table',
        ...(block.tableTitle.trim() ? { title: block.tableTitle.trim() } : {}),
        columns,
        rows,
        ...(block.tableRowHeight.trim() ? { rowHeight: Number(block.tableRowHeight.trim()) } : {}),
        // Weights fit the columns they came with; a table whose columns changed is laid out anew.
        ...(block.tableColumnWeights?.length === columns.length
          ? { columnWeights: [...block.tableColumnWeights] }
          : {}),
        ...(block.tableSmall ? { small: true } : {}),
      }
    }
    case 'chart':
      return { type: 'chart', title: block.tableTitle.trim(), ...parseChartText(block.tableText) }
    default:
      return {
        type: block.type,
        text: block.text,
        ...(block.run.trim() ? { run: block.run } : {}),
      }
  }
}

/** Optional text: left out when blank, so the definition says only what the user wrote. */
const optional = <K extends string>(key: K, value: string) =>
  (value.trim() === '' ? {} : { [key]: value.trim() }) as Partial<Record<K, string>>
const optionalList = <K extends string>(key: K, value: readonly string[]) =>
  (value.length === 0 ? {} : { [key]: [...value] }) as Partial<Record<K, string[]>>

export function toDefinitionInput(draft: DocumentDraft): DocumentDefinitionInput {
  const minutes = draft.format === 'minutes'
  const attendance = {
    ...optionalList('present', draft.present),
    ...optionalList('absent', draft.absent),
    ...optionalList('observers', draft.observers),
  }
  return {
    format: draft.format,
    ...optional('copyNumber', draft.copyNumber),
    ...optional('classification', draft.classification),
    ...(draft.urgency ? { urgency: draft.urgency } : {}),
    issuers: [...draft.issuers],
    ...optional('markText', draft.markText),
    ...optional('documentNumber', draft.documentNumber),
    ...optionalList('signers', draft.signers),
    title: draft.title,
    ...optional('mainRecipients', draft.mainRecipients),
    body: draft.body.map(blockToInput),
    ...(draft.attachments.length > 0
      ? {
          attachments: draft.attachments.map((attachment) => ({
            title: attachment.title,
            ...(attachment.body.length > 0 ? { body: attachment.body.map(blockToInput) } : {}),
          })),
        }
      : {}),
    ...optionalList('signatures', draft.signatures),
    sealed: draft.sealed,
    date: draft.date.trim(),
    ...optional('note', draft.note),
    ...(minutes && Object.keys(attendance).length > 0 ? { attendance } : {}),
    ...optionalList('copyTo', draft.copyTo),
    ...optionalList('reportTo', draft.reportTo),
    ...optionalList('sendTo', draft.sendTo),
    ...optional('printer', draft.printer),
    ...optional('printDate', draft.printDate),
    options: { fonts: draft.fonts, duplex: draft.duplex },
  }
}
