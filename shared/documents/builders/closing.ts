import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx'
import { chineseDate } from '../chineseDate'
import { chunks } from '../chunks'
import type { Attachment, DocumentDefinition } from '../definition'
import { CHAR, CHARS_PER_LINE, TYPE_AREA } from '../layout'
import { setWidth, textWidth } from '../textMeasure'
import { NO_TABLE_BORDERS } from './borders'
import type { BuildContext } from './context'
import { blankLines, exactLines, runs } from './text'

/**
 * What follows the text: 附件说明, 署名 and 成文日期 (sealed or not, single or joint), 附注, and the
 * attendance lines of minutes. Positions are in 3号 characters from the type area's edges.
 */

function chars(count: number): number {
  return Math.round(count * CHAR)
}

/** 附件说明: "附件：" two characters in; several titles numbered, wrapped lines aligned. */
export function attachmentNote(
  context: BuildContext,
  attachments: readonly Attachment[],
): Paragraph[] {
  if (attachments.length === 0) return []
  const font = context.fonts.body
  const label = '附件：'
  const titles = attachments.map((attachment) => attachment.title.replace(/[。；，、.;,\s]+$/, ''))
  if (titles.length === 1) {
    return [
      ...blankLines(1, true),
      new Paragraph({
        spacing: exactLines(),
        keepNext: true,
        indent: { left: chars(2 + textWidth(label)), hanging: chars(textWidth(label)) },
        children: runs(label + (titles[0] ?? ''), { font }),
      }),
    ]
  }
  // All titles align at the widest number's end (10. is wider than 9.); only the last line keeps
  // with the signature, so a long list never drags the text off its page.
  const numberWidth = Math.max(...titles.map((_, index) => textWidth(`${String(index + 1)}.`)))
  return [
    ...blankLines(1, true),
    ...titles.map((title, index) => {
      const number = `${String(index + 1)}.`
      const hanging = numberWidth + (index === 0 ? textWidth(label) : 0)
      return new Paragraph({
        spacing: exactLines(),
        keepNext: index === titles.length - 1,
        // Titles align under the first title's first character; wrapped lines under it too.
        indent: { left: chars(2 + textWidth(label) + numberWidth), hanging: chars(hanging) },
        children: runs((index === 0 ? label : '') + number + title, { font }),
      })
    }),
  ]
}

/**
 * Right indents (in characters) of an unsealed signature: the name two in, the date starting two
 * characters right of the name's first character; when that would bring the date closer than two
 * characters to the edge, the date sits two in and the name moves left to match.
 */
export function unsealedIndents(
  nameWidth: number,
  dateWidth: number,
): { name: number; date: number } {
  if (nameWidth - dateWidth < 2) return { date: 2, name: 4 + dateWidth - nameWidth }
  return { name: 2, date: nameWidth - dateWidth }
}

function rightAligned(text: string, rightChars: number, font: string, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: exactLines(),
    keepNext,
    indent: { right: chars(rightChars) },
    children: runs(text, { font }),
  })
}

/**
 * 署名 and 成文日期; minutes have none (their head line carries the issuing office, the first of
 * `signatures`, and the date). Everything up to the date keeps
 * with what follows, and the text's last paragraph keeps with it, so a signature never stands on
 * a page without text.
 */
export function signatureBlock(context: BuildContext): FileChild[] {
  const { definition, fonts } = context
  if (definition.format === 'minutes') return []
  const names = definition.signatures ?? definition.issuers
  const date = chineseDate(definition.date)
  const dateWidth = setWidth(date)
  if (definition.sealed) {
    // The seal presses on name and date; its top must come within one line of the text.
    const dateIndent = 4
    if (names.length === 1) {
      const name = names[0] ?? ''
      const nameIndent = dateIndent + (dateWidth - textWidth(name)) / 2
      return [
        ...blankLines(2, true),
        rightAligned(name, Math.max(0, nameIndent), fonts.body, true),
        rightAligned(date, dateIndent, fonts.body),
      ]
    }
    return [
      ...blankLines(2, true),
      sealedJointNames(context, names),
      rightAligned(date, dateIndent, fonts.body),
    ]
  }
  const nameWidth = Math.max(...names.map(textWidth))
  const indents = unsealedIndents(nameWidth, dateWidth)
  // Names and date are placed by where they start, counted from the left: the step of two
  // characters between them then holds whatever width the digits of the date take in the font
  // (and the space word processors add between digits and Chinese).
  // A name longer than the line starts at the margin and wraps rather than leaving the page.
  const nameStart = Math.max(0, CHARS_PER_LINE - indents.name - nameWidth)
  return [
    ...blankLines(1, true),
    // Joint: host first, the others one a line below it, their first characters aligned.
    ...names.map((name) => leftAligned(name, nameStart, fonts.body, true)),
    leftAligned(date, nameStart + 2, fonts.body),
  ]
}

function leftAligned(text: string, leftChars: number, font: string, keepNext = false): Paragraph {
  return new Paragraph({
    spacing: exactLines(),
    keepNext,
    indent: { left: chars(leftChars) },
    children: runs(text, { font }),
  })
}

/** Seal spaces a row holds: a seal is about 42 mm wide, the type area 156 mm. */
const SEALS_PER_ROW = 3

/** Sealed names a row holds: three, fewer when the names are too long to fit three side by side. */
function sealsPerRow(names: readonly string[]): number {
  const widest = Math.max(...names.map(textWidth))
  const fitting = Math.max(1, Math.floor(CHARS_PER_LINE / (widest + 1)))
  return Math.min(SEALS_PER_ROW, fitting, names.length)
}

/** The lines `signatureBlock` takes, blank lines included, for the page estimate. */
export function signatureLineCount(definition: DocumentDefinition): number {
  if (definition.format === 'minutes') return 0
  const names = definition.signatures ?? definition.issuers
  if (!definition.sealed) return 1 + names.length + 1
  const nameRows = names.length === 1 ? 1 : Math.ceil(names.length / sealsPerRow(names))
  return 2 + nameRows + 1
}

/**
 * Sealed joint issuance: the names side by side in issuing order, each centred in its own seal
 * space, three to a row; the rows keep with the date below them.
 */
function sealedJointNames(context: BuildContext, names: readonly string[]): Table {
  const perRow = sealsPerRow(names)
  const width = Math.floor(TYPE_AREA.width / perRow)
  const rows = chunks(names, perRow)
  return new Table({
    width: { size: width * perRow, type: WidthType.DXA },
    columnWidths: Array.from({ length: perRow }, () => width),
    borders: NO_TABLE_BORDERS,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: Array.from({ length: perRow }, (_, index) => row[index] ?? '').map(
            (name) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    spacing: exactLines(),
                    keepNext: true,
                    children: runs(name, { font: context.fonts.body }),
                  }),
                ],
              }),
          ),
        }),
    ),
  })
}

/** 附注: the line after the date, two characters in, in full-width parentheses. */
export function noteParagraph(context: BuildContext): Paragraph[] {
  const note = context.definition.note
  if (!note) return []
  return [
    new Paragraph({
      spacing: exactLines(),
      indent: { firstLine: chars(2) },
      children: runs(`（${note}）`, { font: context.fonts.body }),
    }),
  ]
}

/** 纪要: 出席 / 请假 / 列席 lines, labels in 黑体, wrapped lines aligned after the colon. */
export function attendanceLines(context: BuildContext): Paragraph[] {
  const attendance = context.definition.attendance
  if (!attendance) return []
  const groups: [string, readonly string[] | undefined][] = [
    ['出席：', attendance.present],
    ['请假：', attendance.absent],
    ['列席：', attendance.observers],
  ]
  const lines = groups
    .filter(([, people]) => people && people.length > 0)
    .map(
      ([label, people]) =>
        new Paragraph({
          spacing: exactLines(),
          indent: { left: chars(2 + textWidth(label)), hanging: chars(textWidth(label)) },
          children: [
            ...runs(label, { font: context.fonts.heading1 }),
            ...runs((people ?? []).join('，'), { font: context.fonts.body }),
          ],
        }),
    )
  return lines.length > 0 ? [...blankLines(1), ...lines] : []
}
