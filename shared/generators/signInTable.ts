import { tableCharsAcross } from '../documents/builders/blocks'
import type { Block } from '../documents/definition'
import { textWidth } from '../documents/textMeasure'

/** Rows tall enough to sign in by hand. */
const SIGNING_ROW_MM = 12

/** Room for a signature, in characters: wider than any name, though the column is empty. */
const SIGNATURE_CHARS = 7

/** 序号: two characters. */
const NUMBER_CHARS = 2

/**
 * Widths (characters) that fit `room`: each column as wide as its text while they all fit; else
 * the widest are narrowed to one common width (their text wraps) and the short ones keep theirs.
 */
export function fitWidths(natural: readonly number[], room: number): number[] {
  const total = natural.reduce((sum, width) => sum + width, 0)
  if (total <= room) return [...natural]
  const sorted = [...natural].sort((a, b) => a - b)
  let kept = 0
  let cap = room / natural.length
  for (const [index, width] of sorted.entries()) {
    const rest = sorted.length - index
    cap = (room - kept) / rest
    if (width >= cap) break
    kept += width
  }
  return natural.map((width) => Math.min(width, cap))
}

/**
 * A 签到表's table: 序号, the given columns, and an empty 签名 column; rows tall enough to sign,
 * the header repeated on every page (every table's is), `spare` empty rows for those who come
 * unannounced. More than three columns of text are set in 小四 so that they fit across; the
 * columns are as wide as their text, the longest (单位) wrapping when they do not all fit.
 */
export function signInTable(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  spare: number,
): Block {
  const small = columns.length > 3
  const natural = columns.map((column, index) =>
    Math.max(textWidth(column), ...rows.map((row) => textWidth(row[index] ?? ''))),
  )
  const room = tableCharsAcross({ small }, columns.length + 2) - NUMBER_CHARS - SIGNATURE_CHARS
  const filled = [...rows, ...Array.from({ length: spare }, () => columns.map(() => ''))]
  return {
    type: 'table',
    columns: ['序号', ...columns, '签名'],
    rows: filled.map((row, index) => [
      String(index + 1),
      ...columns.map((_, column) => row[column] ?? ''),
      '',
    ]),
    rowHeight: SIGNING_ROW_MM,
    ...(small ? { small: true } : {}),
    // Weights in characters plus each cell's padding (the engine shares the type area by them).
    columnWeights: [NUMBER_CHARS, ...fitWidths(natural, room), SIGNATURE_CHARS].map(
      (chars) => chars + 1.2,
    ),
  }
}
