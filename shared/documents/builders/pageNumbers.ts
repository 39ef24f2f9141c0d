import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx'
import { CHAR_FOUR, SIZE, mm } from '../layout'
import type { BuildContext } from './context'

/**
 * 页码: 4号 半角 宋体 "— N —", the dashes 7 mm under the type area; odd pages on the right one
 * character in, even pages on the left one character in.
 */

/** Every footer of the document hangs from this distance above the paper's bottom edge. */
export const FOOTER_DISTANCE = mm(15)
/** The page-number line is lifted so that its dashes sit 7 mm below the type area (measured). */
const PAGE_NUMBER_LIFT = mm(10.2)
const PAGE_NUMBER_LINE = 400

function pageNumberParagraph(context: BuildContext, side: 'odd' | 'even'): Paragraph {
  const font = context.fonts.pageNumber
  const run = { font: { ascii: font, eastAsia: font, hAnsi: font, cs: font }, size: SIZE.four }
  return new Paragraph({
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd' ? { right: CHAR_FOUR } : { left: CHAR_FOUR },
    spacing: {
      line: PAGE_NUMBER_LINE,
      lineRule: LineRuleType.EXACT,
      before: 0,
      after: PAGE_NUMBER_LIFT,
    },
    children: [new TextRun({ ...run, children: ['— ', PageNumber.CURRENT, ' —'] })],
  })
}

export function pageNumberFooters(context: BuildContext): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph(context, 'odd')] }),
    even: new Footer({ children: [pageNumberParagraph(context, 'even')] }),
  }
}

/** A footer with nothing in it: blank pages and a 版记 page alone carry no page number. */
export function emptyFooters(): { default: Footer; even: Footer; first: Footer } {
  return {
    default: new Footer({ children: [new Paragraph({ children: [] })] }),
    even: new Footer({ children: [new Paragraph({ children: [] })] }),
    first: new Footer({ children: [new Paragraph({ children: [] })] }),
  }
}
