import {
  AlignmentType,
  HeightRule,
  ImageRun,
  LineRuleType,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx'
import { chartSize } from '../chart'
import type { Block, ChartBlock } from '../definition'
import { HeadingNumberer } from '../headingNumbers'
import { CHAR, CHARS_PER_LINE, SIZE, TYPE_AREA, charWidth } from '../layout'
import { lineCount, textWidth } from '../textMeasure'
import type { BuildContext } from './context'
import { exactLines, runs } from './text'

/**
 * 正文: paragraphs indented two characters, four heading levels, tables and page breaks.
 * `keepLastWithNext` keeps a short last paragraph with the signature that follows it, so the
 * signature never stands alone on a page. A long one is not kept: word processors would move all
 * of it and leave half a page empty.
 */
export function bodyBlocks(
  context: BuildContext,
  blocks: readonly Block[],
  keepLastWithNext = false,
): FileChild[] {
  const numberer = new HeadingNumberer()
  const last = blocks.length - 1
  return blocks.flatMap((block, index): FileChild[] => {
    switch (block.type) {
      case 'p':
        return [
          bodyParagraph(
            runs(block.text, { font: context.fonts.body }),
            keepLastWithNext && index === last && lineCount(block.text, CHARS_PER_LINE, 2) <= 3,
          ),
        ]
      case 'pagebreak':
        return [new Paragraph({ spacing: exactLines(), children: [new PageBreak()] })]
      case 'table':
        return tableBlock(context, block)
      case 'chart':
        return chartBlock(context, block)
      default: {
        const heading = numberer.next(block.type, block.text, block.run)
        const font =
          block.type === 'h1'
            ? context.fonts.heading1
            : block.type === 'h2'
              ? context.fonts.heading2
              : context.fonts.body
        return [
          bodyParagraph(
            [
              ...runs(heading.number + heading.text, { font }),
              ...(block.run ? runs(block.run, { font: context.fonts.body }) : []),
            ],
            // A heading alone stays with the text after it.
            !block.run,
          ),
        ]
      }
    }
  })
}

export function bodyParagraph(children: ReturnType<typeof runs>, keepNext = false): Paragraph {
  return new Paragraph({
    spacing: exactLines(),
    indent: { firstLine: 2 * CHAR },
    alignment: AlignmentType.JUSTIFIED,
    keepNext,
    children,
  })
}

type TableBlock = Extract<Block, { type: 'table' }>

/**
 * Table text is 4号 (22 pt lines) so that tables of several columns fit the type area; a table of
 * many columns (a 签到表 with 联系电话) asks for 小四 (19 pt lines).
 */
export function tableText(block: Pick<TableBlock, 'small'>): { size: number; line: number } {
  return block.small ? { size: 24, line: 380 } : { size: SIZE.four, line: 440 }
}

/** A table's body rows are at least this tall (twips): its `rowHeight`, or one line. */
export function tableRowMinimum(block: Pick<TableBlock, 'rowHeight' | 'small'>): number {
  return Math.max(tableText(block).line + 40, Math.round(((block.rowHeight ?? 0) * 1440) / 25.4))
}

const CELL_PADDING = 160
/**
 * Room a cell keeps beyond its text: borders and the word processors' rounding take a little, and
 * without it a two-character 序号 or 已完成 breaks after its first characters.
 */
const CELL_SLACK = 140

/**
 * Column widths that fill the type area: in the given proportions (`columnWeights`), or each column gets what its longest cell needs when they
 * all fit; otherwise short columns keep their natural width (up to 6 characters) and the long
 * ones share the rest in proportion to their need.
 */
export function tableColumnWidths(block: TableBlock): number[] {
  const weights = block.columnWeights
  if (weights && weights.length === block.columns.length) {
    const sum = weights.reduce((total, weight) => total + weight, 0)
    const widths = weights.map((weight) => Math.floor((weight / sum) * TYPE_AREA.width))
    widths[widths.length - 1] =
      (widths.at(-1) ?? 0) + TYPE_AREA.width - widths.reduce((total, width) => total + width, 0)
    return widths
  }
  const charTwips = charWidth(tableText(block).size)
  const need = block.columns.map((column, index) => {
    const widest = Math.max(
      textWidth(column),
      ...block.rows.map((row) => textWidth(row[index] ?? '')),
    )
    return Math.max(2, widest) * charTwips + CELL_PADDING + CELL_SLACK
  })
  const floor = need.map((width) => Math.min(width, 6 * charTwips + CELL_PADDING + CELL_SLACK))
  const total = TYPE_AREA.width
  const needSum = need.reduce((sum, width) => sum + width, 0)
  let widths: number[]
  if (needSum <= total) {
    widths = need.map((width) => Math.floor((width / needSum) * total))
  } else {
    const floorSum = floor.reduce((sum, width) => sum + width, 0)
    const extra = need.map((width, index) => width - (floor[index] ?? 0))
    const extraSum = extra.reduce((sum, width) => sum + width, 0)
    const room = Math.max(0, total - floorSum)
    widths = floor.map((width, index) =>
      floorSum > total
        ? Math.floor((width / floorSum) * total)
        : width + Math.floor(((extra[index] ?? 0) / (extraSum || 1)) * room),
    )
  }
  const rest = total - widths.reduce((sum, width) => sum + width, 0)
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest
  return widths
}

function cell(
  context: BuildContext,
  block: TableBlock,
  text: string,
  width: number,
  header: boolean,
): TableCell {
  const { size, line } = tableText(block)
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: CELL_PADDING / 2, right: CELL_PADDING / 2, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: runs(text, {
          font: header ? context.fonts.heading1 : context.fonts.body,
          size,
        }),
      }),
    ],
  })
}

/** A table's or chart's title: centred in 黑体 on the line above it, kept with it. */
function blockTitle(context: BuildContext, title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exactLines(),
    keepNext: true,
    children: runs(title, { font: context.fonts.heading1 }),
  })
}

/**
 * A chart: its title, then its picture centred in a paragraph of its own height (an exact line
 * would crop it). The picture is the chart drawn 3 × over, shown at its CSS size, so it prints
 * sharply.
 */
function chartBlock(context: BuildContext, block: ChartBlock): FileChild[] {
  const image = context.charts.get(block)
  if (!image) throw new Error(`图表“${block.title}”未绘制`)
  const { width, height } = chartSize(block)
  return [
    blockTitle(context, block.title),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: image,
          transformation: { width, height },
          altText: { name: block.title, title: block.title, description: block.title },
        }),
      ],
    }),
  ]
}

/** A chart's height in twips: its picture at 15 twips a CSS pixel. */
export function chartHeight(block: ChartBlock): number {
  return chartSize(block).height * 15
}

function tableBlock(context: BuildContext, block: TableBlock): FileChild[] {
  const widths = tableColumnWidths(block)
  const title = block.title ? [blockTitle(context, block.title)] : []
  return [
    ...title,
    new Table({
      width: { size: TYPE_AREA.width, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({
          // The header row repeats at the top of every page the table runs onto.
          tableHeader: true,
          cantSplit: true,
          height: { value: tableText(block).line + 40, rule: HeightRule.ATLEAST },
          children: block.columns.map((column, index) =>
            cell(context, block, column, widths[index] ?? 0, true),
          ),
        }),
        ...block.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              height: { value: tableRowMinimum(block), rule: HeightRule.ATLEAST },
              children: row.map((text, index) =>
                cell(context, block, text, widths[index] ?? 0, false),
              ),
            }),
        ),
      ],
    }),
  ]
}

/** The characters of a table's cell on one line, for the page estimate. */
export function tableCellChars(block: TableBlock, width: number): number {
  return Math.max(1, Math.floor((width - CELL_PADDING) / charWidth(tableText(block).size)))
}

/** How many characters of a table's text fit across the type area (less the cells' padding). */
export function tableCharsAcross(block: Pick<TableBlock, 'small'>, columns: number): number {
  return (
    (TYPE_AREA.width - columns * (CELL_PADDING + CELL_SLACK)) / charWidth(tableText(block).size)
  )
}
