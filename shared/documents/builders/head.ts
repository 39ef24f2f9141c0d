import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  TabStopType,
  type FileChild,
  type IBorderOptions,
} from 'docx'
import { chineseDate } from '../chineseDate'
import { CHAR, LINE_PITCH, MARK_TOP_BELOW_TYPE_AREA, RED, RULE, TYPE_AREA, mm } from '../layout'
import { textWidth } from '../textMeasure'
import type { BuildContext } from './context'
import { chunks } from '../chunks'
import { defaultMark } from './mark'
import { blankLines, exactLines, runs, spacer } from './text'

/**
 * 版头 of the file and minutes formats: 份号, 密级, 紧急程度 on the first lines; the mark with
 * its top edge 35 mm below the type area's top; the 发文字号 (or 期号) two lines below it; the
 * red rule 4 mm below that; then two blank lines before the title.
 */

/** Space between the 发文字号's baseline area and the red rule, in points (4 mm below the text). */
const RED_RULE_SPACE = 9

export const redRule: IBorderOptions = {
  style: BorderStyle.SINGLE,
  size: RULE.red,
  color: RED,
  space: RED_RULE_SPACE,
}

/** 份号 (仿宋), 密级 and 紧急程度 (黑体), in that order, as they are present. */
export function securityTexts(context: BuildContext): { text: string; font: string }[] {
  const { definition, fonts } = context
  return [
    { text: definition.copyNumber, font: fonts.body },
    { text: definition.classification, font: fonts.heading1 },
    { text: definition.urgency, font: fonts.heading1 },
  ].filter((item): item is { text: string; font: string } => Boolean(item.text))
}

/** 份号, 密级 and 紧急程度, flush left, one a line. */
export function securityLines(context: BuildContext): Paragraph[] {
  return securityTexts(context).map(
    ({ text, font }) => new Paragraph({ spacing: exactLines(), children: runs(text, { font }) }),
  )
}

export function fileHead(context: BuildContext): FileChild[] {
  const { definition } = context
  const security = securityLines(context)
  const mark = defaultMark(context)
  const gap = MARK_TOP_BELOW_TYPE_AREA - security.length * LINE_PITCH - mark.inkOffset
  return [
    ...security,
    spacer(gap),
    ...mark.children,
    spacer(2 * LINE_PITCH),
    ...(definition.format === 'minutes' ? minutesNumberLines(context) : numberLines(context)),
    ...blankLines(2),
  ]
}

/** 发文字号 centred, or (上行文) flush left one character in with the 签发人 on the right. */
function numberLines(context: BuildContext): Paragraph[] {
  const { definition, fonts } = context
  const number = definition.documentNumber ?? ''
  const signers = definition.signers ?? []
  if (signers.length === 0) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exactLines(),
        border: { bottom: redRule },
        children: runs(number, { font: fonts.body }),
      }),
    ]
  }
  // Two names a line, in columns, so that later names align under the first ones; the block
  // ends one character in from the right, and the number sits on the line of the last names.
  const perLine = Math.min(2, signers.length)
  const nameWidth = Math.max(...signers.map(textWidth))
  const label = '签发人：'
  const blockWidth = textWidth(label) + perLine * nameWidth + (perLine - 1)
  const blockStart = TYPE_AREA.width - CHAR - Math.round(blockWidth * CHAR)
  const namesStart = blockStart + Math.round(textWidth(label) * CHAR)
  // Tab stops count from the type area's left edge, not from the indent.
  const tabStops = [blockStart, namesStart, namesStart + Math.round((nameWidth + 1) * CHAR)].map(
    (position) => ({ type: TabStopType.LEFT, position }),
  )
  const rows = chunks(signers, perLine)
  return rows.map((names, index) => {
    const isLast = index === rows.length - 1
    const [first = '', second] = names
    return new Paragraph({
      spacing: exactLines(),
      indent: { left: CHAR },
      tabStops,
      border: isLast ? { bottom: redRule } : undefined,
      children: [
        ...runs(isLast ? number : '', { font: fonts.body }),
        ...runs(index === 0 ? `\t${label}` : '\t\t', { font: fonts.body }),
        ...runs(first, { font: fonts.heading2 }),
        ...(second === undefined ? [] : runs(`\t${second}`, { font: fonts.heading2 })),
      ],
    })
  })
}

/** 纪要: the 期号 centred, then the issuing office on the left and the date on the right. */
function minutesNumberLines(context: BuildContext): Paragraph[] {
  const { definition, fonts } = context
  const issuer = definition.signatures?.[0] ?? definition.issuers[0] ?? ''
  const lines: Paragraph[] = []
  if (definition.documentNumber) {
    lines.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exactLines(),
        children: runs(definition.documentNumber, { font: fonts.body }),
      }),
    )
  }
  lines.push(
    new Paragraph({
      spacing: exactLines(),
      indent: { left: CHAR },
      tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - CHAR }],
      border: { bottom: redRule },
      children: runs(`${issuer}\t${chineseDate(definition.date)}`, { font: fonts.body }),
    }),
  )
  return lines
}

/** The height of the file/minutes 版头 in twips, for the page estimate. */
export function fileHeadHeight(context: BuildContext): number {
  const { definition } = context
  const mark = defaultMark(context)
  const numberLineCount =
    definition.format === 'minutes'
      ? (definition.documentNumber ? 1 : 0) + 1
      : Math.max(1, Math.ceil((definition.signers?.length ?? 0) / 2))
  return (
    MARK_TOP_BELOW_TYPE_AREA -
    mark.inkOffset +
    mark.height +
    (2 + numberLineCount + 2) * LINE_PITCH +
    mm(1)
  )
}
