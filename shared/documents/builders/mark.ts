import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from 'docx'
import { RED, TYPE_AREA } from '../layout'
import { textWidth } from '../textMeasure'
import { NO_TABLE_BORDERS } from './borders'
import type { BuildContext } from './context'
import { runs } from './text'

/**
 * 发文机关标志: red 小标宋, centred. One line (a single issuer, or the mark's own words), or, for
 * joint issuance, the names stacked one per line with "文件" to their right, vertically centred.
 */

/** Largest mark size: 小初 (36 pt), in half-points; long names are set smaller to fit. */
const MAX_MARK_SIZE = 72
/** Mark lines are 1.5 times their font size: room for the glyphs in every word processor. */
export const MARK_LINE_FACTOR = 1.5
/** Where the ink of a mark line starts below the line's top, as a fraction of the font size (measured with LibreOffice). */
const MARK_INK_OFFSET = 0.36

/** Smallest mark size: 小二 (18 pt); a longer name wraps rather than shrinking to nothing. */
const MIN_MARK_SIZE = 36
/** Stacked joint names take at most this height (70 mm, in twips), so the title stays on page 1. */
const MAX_JOINT_MARK_HEIGHT = Math.round((70 * 1440) / 25.4)

/** The mark's font size in half-points for text `width` characters wide. */
function fittingSize(width: number): number {
  // 96% of the type area, in half-points per character.
  const fit = Math.floor(((TYPE_AREA.width / 10) * 0.96) / width)
  return Math.max(MIN_MARK_SIZE, Math.min(MAX_MARK_SIZE, fit))
}

export interface Mark {
  readonly children: (Paragraph | Table)[]
  /** The mark's height in twips (to place what follows). */
  readonly height: number
  /** Its font size in half-points. */
  readonly size: number
  /** How far below the mark's top its ink starts, in twips: what places the ink exactly. */
  readonly inkOffset: number
}

/** What the letter format adds to its one-line mark: the width of its rule and the rule itself. */
export type MarkParagraphOptions = Pick<IParagraphOptions, 'indent' | 'border'>

function inkOffset(size: number): number {
  return Math.round(size * 10 * MARK_INK_OFFSET)
}

function lineHeight(size: number): number {
  return Math.round(size * 10 * MARK_LINE_FACTOR)
}

export function singleLineMark(
  context: BuildContext,
  text: string,
  paragraph: MarkParagraphOptions = {},
): Mark {
  const size = fittingSize(textWidth(text))
  const height = lineHeight(size)
  return {
    size,
    height,
    inkOffset: inkOffset(size),
    children: [
      new Paragraph({
        ...paragraph,
        alignment: AlignmentType.CENTER,
        spacing: { line: height, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: runs(text, { font: context.fonts.title, size, color: RED }),
      }),
    ],
  }
}

/** Joint issuance: names stacked and spread to one width, "文件" centred on their right. */
export function jointMark(context: BuildContext, names: readonly string[], suffix: string): Mark {
  const nameWidth = Math.max(...names.map(textWidth))
  const suffixWidth = textWidth(suffix)
  const size = Math.max(
    MIN_MARK_SIZE / 2,
    Math.min(
      fittingSize(nameWidth + suffixWidth + 1),
      Math.floor(MAX_JOINT_MARK_HEIGHT / (10 * MARK_LINE_FACTOR * names.length)),
    ),
  )
  const height = lineHeight(size)
  const charTwips = size * 10
  const nameColumn = Math.ceil(nameWidth * charTwips)
  const suffixColumn = Math.ceil((suffixWidth + 1) * charTwips)
  const line = { line: height, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const
  return {
    size,
    height: height * names.length,
    inkOffset: inkOffset(size),
    children: [
      new Table({
        alignment: AlignmentType.CENTER,
        width: { size: nameColumn + suffixColumn, type: WidthType.DXA },
        columnWidths: [nameColumn, suffixColumn],
        borders: NO_TABLE_BORDERS,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        rows: [
          new TableRow({
            children: [
              new TableCell({
                width: { size: nameColumn, type: WidthType.DXA },
                children: names.map(
                  (name) =>
                    new Paragraph({
                      // 分散对齐 spreads shorter names to the longest one's width.
                      alignment: AlignmentType.DISTRIBUTE,
                      spacing: line,
                      children: runs(name, { font: context.fonts.title, size, color: RED }),
                    }),
                ),
              }),
              new TableCell({
                width: { size: suffixColumn, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.CENTER,
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    spacing: line,
                    children: runs(suffix, { font: context.fonts.title, size, color: RED }),
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    ],
  }
}

/** The mark each format shows by default; `paragraph` dresses a one-line mark (the letter's). */
export function defaultMark(context: BuildContext, paragraph: MarkParagraphOptions = {}): Mark {
  const { definition } = context
  if (definition.markText) return singleLineMark(context, definition.markText, paragraph)
  const [host = ''] = definition.issuers
  switch (definition.format) {
    case 'letter':
      // Joint letters show the host's mark only.
      return singleLineMark(context, host, paragraph)
    case 'minutes':
      return singleLineMark(context, `${host}纪要`)
    default:
      return definition.issuers.length > 1
        ? jointMark(context, definition.issuers, '文件')
        : singleLineMark(context, `${host}文件`)
  }
}
