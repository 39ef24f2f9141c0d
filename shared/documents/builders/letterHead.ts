import { BorderStyle, Footer, Header, Paragraph, TabStopType, type IBorderOptions } from 'docx'
import { LETTER_MARK_TOP, LINE_PITCH, RED, RULE, TYPE_AREA, mm } from '../layout'
import type { BuildContext } from './context'
import { securityTexts } from './head'
import { defaultMark } from './mark'
import { exactLines, runs, spacer } from './text'
import { FOOTER_DISTANCE } from './pageNumbers'

/**
 * 信函格式: on the first page only, the mark with its top edge 30 mm from the paper's top, a red
 * double rule (thick over thin) 4 mm below it and another (thin over thick) 20 mm above the
 * paper's bottom, both 170 mm long and centred; 份号/密级/紧急程度 on the left under the rule,
 * the 发文字号 on the right. They live in the first page's header and footer, where they stay
 * put whatever the body holds.
 */

/** 170 mm rules on a 156 mm type area reach 7 mm beyond it on each side. */
const RULE_OVERHANG = -mm(7)
/** Extra space above the first line under the rule, so its text starts 4.9 mm below it (measured). */
const UNDER_RULE_SPACE = mm(1.5)
/** Space from the mark's text to its rule, in points (measured: 4 mm below the mark's ink). */
const MARK_RULE_SPACE = 6

const doubleRule: IBorderOptions = {
  style: BorderStyle.THICK_THIN_SMALL_GAP,
  size: RULE.letterDouble,
  color: RED,
  space: MARK_RULE_SPACE,
}

/** The header's distance from the paper's top that puts the mark's ink at 30 mm. */
export function letterHeaderDistance(context: BuildContext): number {
  return LETTER_MARK_TOP - defaultMark(context).inkOffset
}

export function letterFirstHeader(context: BuildContext): Header {
  const { definition, fonts } = context
  const mark = defaultMark(context, {
    indent: { left: RULE_OVERHANG, right: RULE_OVERHANG },
    border: { bottom: doubleRule },
  })
  // 份号, 密级, 紧急程度 flush left, one a line; the 发文字号 flush right on the first of them.
  const texts = securityTexts(context)
  const number = definition.documentNumber ?? ''
  const rows = texts.length > 0 ? texts : number ? [{ text: '', font: fonts.body }] : []
  const lines = rows.map(
    (line, index) =>
      new Paragraph({
        // The first line's text comes 7/8 of a 3号 character under the rule (GB/T 9704 10.2.2).
        spacing: { ...exactLines(), before: index === 0 ? UNDER_RULE_SPACE : 0 },
        tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width }],
        children: [
          ...runs(line.text, { font: line.font }),
          ...(index === 0 && number ? runs(`\t${number}`, { font: fonts.body }) : []),
        ],
      }),
  )
  return new Header({ children: [...mark.children, ...lines] })
}

/** The bottom double rule, 20 mm above the paper's bottom edge (first page only). */
export function letterFirstFooter(): Footer {
  const lift = mm(20) - FOOTER_DISTANCE
  return new Footer({
    children: [
      spacer(0, {
        indent: { left: RULE_OVERHANG, right: RULE_OVERHANG },
        after: Math.max(0, lift),
        border: {
          // LibreOffice draws a top border's line pair mirrored: thickThin comes out thin over thick.
          top: {
            style: BorderStyle.THICK_THIN_SMALL_GAP,
            size: RULE.letterDouble,
            color: RED,
            space: 0,
          },
        },
      }),
    ],
  })
}

/** Lines the letter's first-page header takes below the type area's top, for the page estimate. */
export function letterHeadLines(context: BuildContext): number {
  const mark = defaultMark(context)
  const headerBottom =
    letterHeaderDistance(context) +
    mark.height +
    mm(5) +
    Math.max(1, securityTexts(context).length) * LINE_PITCH
  return Math.max(0, Math.ceil((headerBottom - mm(37)) / LINE_PITCH))
}
