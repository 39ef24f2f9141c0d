/**
 * A 公文-like .docx built directly with the `docx` package, independent of the engine. The
 * harness test renders it to check the measuring code on a document whose geometry is known
 * (GB margins, a 579-twip line grid, a red rule, black 版记 rules of 0.35/0.25 mm, page numbers).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx'

const TWIPS_PER_MM = 1440 / 25.4
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM)

/** A long run of plain Chinese characters without punctuation: fills whole 28-character lines. */
export const FILLER =
  '为深入贯彻落实党中央国务院关于知识产权工作的决策部署进一步加强知识产权保护工作现就有关事项通知如下'

const body = (text: string, indent = false): Paragraph =>
  new Paragraph({
    indent: indent ? { firstLine: twips(11.29) } : undefined,
    children: [new TextRun({ text, size: 32, font: '仿宋_GB2312', characterSpacing: -5 })],
  })

function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: { left: twips(4.94), right: twips(4.94) },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: '宋体' }),
        ],
      }),
    ],
  })
}

export async function scratchDocx(): Promise<Uint8Array> {
  const imprintRule = (size: number) => ({
    style: BorderStyle.SINGLE,
    size,
    color: '000000',
    space: 0,
  })
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: {
              top: twips(37),
              left: twips(28),
              right: twips(26),
              bottom: twips(35),
              footer: twips(21),
              header: twips(15),
            },
          },
          grid: { linePitch: 579, type: DocumentGridType.LINES },
        },
        footers: {
          default: pageNumberFooter(AlignmentType.RIGHT),
          even: pageNumberFooter(AlignmentType.LEFT),
        },
        children: [
          ...Array.from({ length: 3 }, () => body('')),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                text: '天津市知识产权局文件',
                color: 'FF0000',
                size: 44,
                font: '方正小标宋简体',
              }),
            ],
          }),
          body(''),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: 'FF0000', space: 4 } },
            children: [new TextRun({ text: '津知发〔2023〕5号', size: 32, font: '仿宋_GB2312' })],
          }),
          body(''),
          // One paragraph of many lines: widow control cannot shorten a page, so every full page shows 22 lines.
          body(FILLER.repeat(40), true),
          new Paragraph({
            border: { top: imprintRule(8), bottom: imprintRule(6) },
            indent: { left: twips(4.94), right: twips(4.94) },
            children: [
              new TextRun({
                text: '抄送：市委办公厅，市人大常委会办公厅。',
                size: 28,
                font: '仿宋_GB2312',
              }),
            ],
          }),
          new Paragraph({
            border: { bottom: imprintRule(8) },
            indent: { left: twips(4.94), right: twips(4.94) },
            children: [
              new TextRun({
                text: '天津市知识产权局办公室　　　　　　　　2023年3月24日印发',
                size: 28,
                font: '仿宋_GB2312',
              }),
            ],
          }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
