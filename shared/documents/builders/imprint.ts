import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  VerticalAlignTable,
  WidthType,
  OverlapType,
  type IBorderOptions,
} from 'docx'
import { chineseDate } from '../chineseDate'
import { BLACK, CHAR_FOUR, LINE_PITCH, PAGE, RULE, SIZE, TYPE_AREA } from '../layout'
import { lineCount, textWidth } from '../textMeasure'
import { NO_BORDER } from './borders'
import type { BuildContext } from './context'
import { runs } from './text'

/**
 * 版记 at the foot of the last page: 报送, 分送, 抄送 and 印发 rows between rules as wide as the type area,
 * the first and last rule thick, those between thin, the last one on the type area's bottom edge.
 * It is a table floating at a fixed place on the page, so it stays at the foot however much text
 * precedes it, in Word, WPS and LibreOffice alike.
 */

/** 4号 characters on one line of the 版记, one character in on both sides. */
export const IMPRINT_CHARS_PER_LINE = Math.floor(TYPE_AREA.width / CHAR_FOUR) - 2

/**
 * 4号 lines of 20 pt, centred in rows of whole 28.95 pt lines: text in a taller exact line sits on
 * its bottom and would touch the rule below.
 */
const IMPRINT_LINE = { line: 400, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const

interface ImprintRow {
  readonly lines: number
  /** One paragraph across the row, or two: the left one and the right-aligned one. */
  readonly paragraphs: readonly [Paragraph] | readonly [Paragraph, Paragraph]
}

/** A row of organs after a label (抄送：, 报送：, 分送：), wrapped lines aligned after the colon. */
function organsRow(context: BuildContext, label: string, organs: readonly string[]): ImprintRow {
  const text = `${organs.join('，')}。`
  const labelWidth = textWidth(label)
  const lines = lineCount(label + text, IMPRINT_CHARS_PER_LINE, 0, labelWidth)
  return {
    lines,
    paragraphs: [
      new Paragraph({
        spacing: IMPRINT_LINE,
        // Wrapped lines align after the colon.
        indent: {
          left: CHAR_FOUR + Math.round(labelWidth * CHAR_FOUR),
          right: CHAR_FOUR,
          hanging: Math.round(labelWidth * CHAR_FOUR),
        },
        children: runs(label + text, { font: context.fonts.body, size: SIZE.four }),
      }),
    ],
  }
}

function printerRow(
  context: BuildContext,
  printer: string,
  printDate: string | undefined,
): ImprintRow {
  const date = printDate ? `${chineseDate(printDate)}印发` : ''
  return {
    // A long printer name wraps inside its cell; the row grows to hold it.
    lines: lineCount(printer, PRINTER_CHARS),
    // Two cells rather than a tab stop: a long printer name can never push the date off the line.
    paragraphs: [
      new Paragraph({
        spacing: IMPRINT_LINE,
        indent: { left: CHAR_FOUR },
        children: runs(printer, { font: context.fonts.body, size: SIZE.four }),
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: IMPRINT_LINE,
        indent: { right: CHAR_FOUR },
        children: runs(date, { font: context.fonts.body, size: SIZE.four }),
      }),
    ],
  }
}

function imprintRows(context: BuildContext): ImprintRow[] {
  const { definition } = context
  const rows: ImprintRow[] = []
  if (definition.reportTo?.length) rows.push(organsRow(context, '报送：', definition.reportTo))
  if (definition.sendTo?.length) rows.push(organsRow(context, '分送：', definition.sendTo))
  if (definition.copyTo?.length) rows.push(organsRow(context, '抄送：', definition.copyTo))
  // The letter format's 版记 has no printer line (the definition refuses one).
  if ((definition.printer ?? definition.printDate) && definition.format !== 'letter')
    rows.push(printerRow(context, definition.printer ?? '', definition.printDate))
  return rows
}

/**
 * The date's cell on the right holds "2023年12月31日印发" (10 characters with the space word
 * processors add around digits) one character in, with a character to spare; the printer's cell
 * takes the rest.
 */
const DATE_CELL_CHARS = 13
const PRINTER_CELL = TYPE_AREA.width - DATE_CELL_CHARS * CHAR_FOUR
/** 4号 characters of the printer's name on one line of its cell, one character in. */
const PRINTER_CHARS = Math.floor(PRINTER_CELL / CHAR_FOUR) - 1

function imprintCell(width: number, children: Paragraph[], columnSpan: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  })
}

function rule(size: number): IBorderOptions {
  return { style: BorderStyle.SINGLE, size, color: BLACK }
}

export interface Imprint {
  readonly table: Table
  /** In twips: the page estimate needs it. */
  readonly height: number
}

/** The 版记, or undefined when the document has none. */
export function imprintTable(context: BuildContext): Imprint | undefined {
  const rows = imprintRows(context)
  if (rows.length === 0) return undefined
  const ruled = context.definition.format !== 'letter'
  const height = rows.reduce((sum, row) => sum + row.lines * LINE_PITCH, 0)
  const table = new Table({
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    columnWidths: [PRINTER_CELL, TYPE_AREA.width - PRINTER_CELL],
    float: {
      // LibreOffice's import floats a table as wide as the text area only when it is placed
      // relative to the page horizontally, and not when it is placed relative to the page in both
      // directions in the page's lower left quarter (its FloatingTableConversion heuristics):
      // so horizontally from the page's edge, vertically from the top margin.
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: PAGE.left,
      verticalAnchor: TableAnchorType.MARGIN,
      absoluteVerticalPosition: TYPE_AREA.height - height,
      overlap: OverlapType.NEVER,
      topFromText: 0,
      bottomFromText: 0,
    },
    // No cell margins: LibreOffice shifts a floating table left by its default cell margin.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: {
      top: ruled ? rule(RULE.imprintThick) : NO_BORDER,
      bottom: ruled ? rule(RULE.imprintThick) : NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: ruled ? rule(RULE.imprintThin) : NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          height: { value: row.lines * LINE_PITCH, rule: HeightRule.EXACT },
          children:
            row.paragraphs.length === 1
              ? [imprintCell(TYPE_AREA.width, [row.paragraphs[0]], 2)]
              : [
                  imprintCell(PRINTER_CELL, [row.paragraphs[0]], 1),
                  imprintCell(TYPE_AREA.width - PRINTER_CELL, [row.paragraphs[1]], 1),
                ],
        }),
    ),
  })
  return { table, height }
}
