import { tableCharsAcross } from '../documents/builders/blocks'
import type { Block, DocumentDefinitionInput } from '../documents/definition'
import { documentOptionsOf, type TemplateContext } from '../documents/templates'
import { textWidth } from '../documents/textMeasure'

/** Rows tall enough to sign in by hand. */
const SIGNING_ROW_MM = 12

/** Room for a signature, in characters: wider than any name, though the column is empty. */
const SIGNATURE_CHARS = 6

/** 序号: two characters. */
const NUMBER_CHARS = 2

/** 单位, 姓名 and 职务: the columns of every 签到表; names never break. */
export const SIGN_IN_COLUMNS = [
  { label: '单位', wraps: true },
  { label: '姓名', wraps: false },
  { label: '职务', wraps: true },
] as const

/** The least a column that wraps is narrowed to: four characters. */
const LEAST_CHARS = 4

/**
 * Widths (characters) that fit `room`: each column as wide as its text while they all fit; else
 * the columns that may wrap (单位, 职务) give up what is missing in proportion to their width, none
 * below four characters, so that names and phone numbers never break; when even that is not
 * enough the widest of all are narrowed to one common width and the short ones keep theirs.
 */
export function fitWidths(
  natural: readonly number[],
  room: number,
  wraps: readonly boolean[] = [],
): number[] {
  const sum = (list: readonly number[]) => list.reduce((total, width) => total + width, 0)
  const total = sum(natural)
  if (total <= room) return [...natural]
  // What is missing is shared by the wrapping columns in proportion; one that would fall below
  // four characters keeps four, and the others share the rest.
  const widths = [...natural]
  const free = new Set(natural.flatMap((_, index) => (wraps[index] ? [index] : [])))
  while (free.size > 0) {
    const missing = sum(widths) - room
    const freeWidth = sum([...free].map((index) => widths[index] ?? 0))
    const share = (freeWidth - missing) / freeWidth
    const short = [...free].filter((index) => (widths[index] ?? 0) * share < LEAST_CHARS)
    if (short.length === 0) {
      for (const index of free) widths[index] = (widths[index] ?? 0) * share
      return widths
    }
    for (const index of short) {
      widths[index] = Math.min(widths[index] ?? 0, LEAST_CHARS)
      free.delete(index)
    }
  }
  const sorted = [...natural].sort((a, b) => a - b)
  let kept = 0
  let cap = room / natural.length
  for (const [index, width] of sorted.entries()) {
    cap = (room - kept) / (sorted.length - index)
    if (width >= cap) break
    kept += width
  }
  return natural.map((width) => Math.min(width, cap))
}

/**
 * A 签到表's table: 序号, the given columns, and an empty 签名 column; rows tall enough to sign,
 * the header repeated on every page (every table's is), `spare` empty rows for those who come
 * unannounced. More than three columns of text are set in 小四 so that they fit across; the
 * columns are as wide as their text, those that may wrap (单位, 职务) narrowed when they do not all fit.
 */
export function signInTable(
  columns: readonly { readonly label: string; readonly wraps: boolean }[],
  rows: readonly (readonly string[])[],
  spare: number,
): Block {
  const small = columns.length > 3
  // Digits counted at 0.65 of a character, and half a character to spare: in the substitute fonts
  // of a PC without 仿宋_GB2312 they are wider than half, and a phone number must not break.
  const width = (text: string) => textWidth(text, 0.65)
  const natural = columns.map(
    (column, index) =>
      Math.max(width(column.label), ...rows.map((row) => width(row[index] ?? ''))) + 0.5,
  )
  const room = tableCharsAcross({ small }, columns.length + 2) - NUMBER_CHARS - SIGNATURE_CHARS
  const filled = [...rows, ...Array.from({ length: spare }, () => columns.map(() => ''))]
  return {
    type: 'table',
    columns: ['序号', ...columns.map((column) => column.label), '签名'],
    rows: filled.map((row, index) => [
      String(index + 1),
      ...columns.map((_, column) => row[column] ?? ''),
      '',
    ]),
    rowHeight: SIGNING_ROW_MM,
    ...(small ? { small: true } : {}),
    // Weights in characters plus each cell's padding (the engine shares the type area by them).
    columnWeights: [
      NUMBER_CHARS,
      ...fitWidths(
        natural,
        room,
        columns.map((column) => column.wraps),
      ),
      SIGNATURE_CHARS,
    ].map((chars) => chars + 1.2),
  }
}

/**
 * A whole 签到表 of an event (a meeting, a training): its title, 时间 and 地点 above the table,
 * dated the event's day.
 */
export function signInSheet(
  event: { readonly name: string; readonly startAt: string; readonly location: string },
  table: Block,
  context: TemplateContext,
): DocumentDefinitionInput {
  return {
    format: 'file',
    issuers: [context.issuer],
    title: `${event.name}签到表`,
    body: [
      {
        type: 'p',
        text: `时间：${event.startAt.replace('T', ' ') || '待定'}\u3000地点：${event.location || '待定'}`,
      },
      table,
    ],
    date: event.startAt ? event.startAt.slice(0, 10) : context.today,
    options: documentOptionsOf(context),
  }
}
