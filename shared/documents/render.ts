import type { Paragraph } from 'docx'
import {
  Document,
  Packer,
  PageOrientation,
  SectionType,
  type FileChild,
  type ISectionOptions,
} from 'docx'
import { attachmentPages } from './builders/attachments'
import { bodyBlocks } from './builders/blocks'
import { attachmentNote, attendanceLines, noteParagraph, signatureBlock } from './builders/closing'
import type { BuildContext } from './builders/context'
import { fileHead, fileHeadHeight } from './builders/head'
import { imprintTable } from './builders/imprint'
import {
  letterFirstFooter,
  letterFirstHeader,
  letterHeadLines,
  letterHeaderDistance,
} from './builders/letterHead'
import { emptyFooters, FOOTER_DISTANCE, pageNumberFooters } from './builders/pageNumbers'
import { blankLines, exactLines, spacer } from './builders/text'
import { recipientsParagraph, titleParagraph } from './builders/title'
import { chartImages, type RasterizeSvg } from './chart'
import type { ChartBlock, DocumentDefinition } from './definition'
import { documentFonts } from './fonts'
import { CHARACTER_SPACING, LINE_PITCH, LINES_PER_PAGE, PAGE, SIZE } from './layout'
import { estimateTextEnd, type TextEnd } from './pageEstimate'

/**
 * The 公文 engine: a validated document definition in, .docx bytes out, laid out to GB/T
 * 9704-2012. Pure: it runs in the renderer (preview, save) and in Node (command line, tests).
 */

function pageProperties(
  context: BuildContext,
  headerDistance: number,
): ISectionOptions['properties'] {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
      margin: {
        top: PAGE.top,
        bottom: PAGE.bottom,
        left: PAGE.left,
        right: PAGE.right,
        header: headerDistance,
        footer: FOOTER_DISTANCE,
        gutter: 0,
      },
    },
    titlePage: context.definition.format === 'letter',
  }
}

/** The 版头, title and recipients. */
function opening(context: BuildContext): FileChild[] {
  const { definition } = context
  const head = definition.format === 'letter' ? blankLines(2) : fileHead(context)
  return [
    ...head,
    titleParagraph(context, definition.title),
    // 主送机关 one blank line below the title; without one, the text keeps that blank line.
    ...blankLines(1),
    ...(definition.mainRecipients ? [recipientsParagraph(context, definition.mainRecipients)] : []),
  ]
}

function headLines(context: BuildContext): number {
  return context.definition.format === 'letter'
    ? letterHeadLines(context) + 2
    : Math.ceil(fileHeadHeight(context) / LINE_PITCH)
}

/** Where the text (attachments included) is estimated to end, for the 版记 and the preview. */
export function estimateDocumentEnd(definition: DocumentDefinition): TextEnd {
  const context: BuildContext = {
    definition,
    fonts: documentFonts(definition.options.fonts),
    charts: new Map(),
  }
  return estimateTextEnd(definition, headLines(context))
}

type ImprintPlacement = 'none' | 'same-page' | 'next-page' | 'even-page'

/**
 * Where the 版记 goes. It sits at the foot of the last page when it fits there. Printed on both
 * sides it must be on an even page (the back of the last sheet): it stays on the text's last page
 * only when that page is surely even and has room, else it goes to a section that starts on the
 * next even page (the word processor adds the blank page when one is needed).
 */
export function imprintPlacement(
  definition: DocumentDefinition,
  textEnd: { page: number; line: number },
  imprintLines: number,
): ImprintPlacement {
  if (imprintLines === 0) return 'none'
  // One line of margin: the estimate counts characters, and punctuation rules can move a line.
  const fits = textEnd.line + imprintLines + 1 <= LINES_PER_PAGE
  if (!definition.options.duplex) return fits ? 'same-page' : 'next-page'
  // The estimate falls short as documents grow (about 6% on long ones with tables, where headings
  // kept with their text leave gaps); it rarely runs long. Only trust the parity of the last page
  // when the text could be that much longer, or a little shorter, and still end on it.
  const totalLines = (textEnd.page - 1) * LINES_PER_PAGE + textEnd.line
  const longer = Math.ceil(totalLines * 0.08) + 1
  const shorter = Math.ceil(totalLines * 0.02) + 1
  const surelyEven =
    textEnd.page % 2 === 0 &&
    textEnd.line - shorter >= 1 &&
    textEnd.line + longer + imprintLines <= LINES_PER_PAGE
  return surelyEven ? 'same-page' : 'even-page'
}

/** A tiny empty paragraph: what a floating table is anchored to, or starts a page with. */
function anchorParagraph(pageBreakBefore = false): Paragraph {
  return spacer(0, { pageBreakBefore })
}

export function buildDocument(
  definition: DocumentDefinition,
  charts: ReadonlyMap<ChartBlock, Uint8Array> = new Map(),
): Document {
  const context: BuildContext = {
    definition,
    fonts: documentFonts(definition.options.fonts),
    charts,
  }
  const attachments = definition.attachments ?? []
  const signature = signatureBlock(context)
  const text: FileChild[] = [
    ...opening(context),
    ...bodyBlocks(context, definition.body, signature.length > 0),
    ...attachmentNote(context, attachments),
    ...signature,
    ...noteParagraph(context),
    ...attendanceLines(context),
    ...attachmentPages(context, attachments),
  ]
  const imprint = imprintTable(context)
  const placement = imprint
    ? imprintPlacement(
        definition,
        estimateTextEnd(definition, headLines(context)),
        imprint.height / LINE_PITCH,
      )
    : 'none'
  const isLetter = definition.format === 'letter'
  const headerDistance = isLetter ? letterHeaderDistance(context) : PAGE.top / 2
  const numbered = pageNumberFooters(context)
  const mainSection: ISectionOptions = {
    properties: pageProperties(context, headerDistance),
    headers: isLetter ? { first: letterFirstHeader(context) } : undefined,
    footers: isLetter ? { ...numbered, first: letterFirstFooter() } : numbered,
    children: [
      ...text,
      ...(placement === 'same-page' && imprint ? [imprint.table, anchorParagraph()] : []),
      // On the next page: an empty paragraph that starts that page anchors the table (a page
      // break paragraph of its own would make a page of its own when the text ends on line 21).
      ...(placement === 'next-page' && imprint
        ? [anchorParagraph(true), imprint.table, anchorParagraph()]
        : []),
    ],
  }
  const sections: ISectionOptions[] = [mainSection]
  if (imprint && placement === 'even-page') {
    // A section of its own that starts on an even page: the word processor itself adds the blank
    // page when the text ends on an even page, so the 版记 lands on an even page even where the
    // estimate of the text's length is off. Its pages carry no page number.
    sections.push({
      properties: {
        ...pageProperties(context, PAGE.top / 2),
        titlePage: false,
        type: SectionType.EVEN_PAGE,
      },
      footers: emptyFooters(),
      // The section opens with an empty paragraph: LibreOffice drops a section's page break when
      // the section starts with a floating table.
      children: [anchorParagraph(), imprint.table, anchorParagraph()],
    })
  }
  return new Document({
    creator: '协知',
    // Word shows it as 最后修改者; the docx package's default is “Un-named”.
    lastModifiedBy: '协知',
    title: definition.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            size: SIZE.three,
            font: {
              ascii: context.fonts.body,
              eastAsia: context.fonts.body,
              hAnsi: context.fonts.body,
            },
            characterSpacing: CHARACTER_SPACING,
          },
          paragraph: { spacing: exactLines() },
        },
      },
    },
    sections,
  })
}

export interface RenderOptions {
  /** Draws the charts as PNG; needed only when the definition has charts. */
  readonly rasterize?: RasterizeSvg
}

/** Renders a validated definition to .docx bytes. */
export async function renderDocx(
  definition: DocumentDefinition,
  options: RenderOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const charts = await chartImages(definition, options.rasterize)
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(definition, charts)))
}
