import {
  chartHeight,
  tableCellChars,
  tableColumnWidths,
  tableRowMinimum,
  tableText,
} from './builders/blocks'
import { signatureLineCount } from './builders/closing'
import type { Block, DocumentDefinition } from './definition'
import { HeadingNumberer } from './headingNumbers'
import { CHARS_PER_LINE, LINE_PITCH, LINES_PER_PAGE } from './layout'
import { lineCount } from './textMeasure'
import { titleLines } from './titleLines'

/**
 * Where the text ends, counted in grid lines. Every body line is an exact 28.95 pt line of at
 * most 28 characters, so counting characters predicts the page a document ends on. The 版记 needs
 * that (for double-sided printing it must fall on an even page). Punctuation rules can move a
 * line, so callers keep a line of margin.
 */

export interface TextEnd {
  /** 1-based page the last line of text is on. */
  readonly page: number
  /** Lines used on that page. */
  readonly line: number
}

/**
 * Lays lines onto pages as word processors do: a paragraph splits across pages but never leaves
 * a single line at a page's foot (orphan) or top (widow); what is kept together (a table row, a
 * heading with the start of the text after it, the signature) moves whole to the next page.
 */
class PageFlow {
  page = 1
  line = 0

  private get room(): number {
    return LINES_PER_PAGE - this.line
  }

  newPage(): void {
    if (this.line === 0) return
    this.page += 1
    this.line = 0
  }

  paragraph(lines: number): void {
    let rest = lines
    while (rest > 0) {
      const room = Math.floor(this.room + 1e-9)
      if (rest <= room) {
        this.line += rest
        return
      }
      let take = room
      if (rest - take === 1) take -= 1
      if (take < 2) take = 0
      this.line += take
      rest -= take
      this.page += 1
      this.line = 0
    }
  }

  /** Something that cannot be split, `height` lines tall; true when it had to start a new page. */
  together(height: number): boolean {
    const moved = height > this.room + 1e-9 && this.line > 0
    if (moved) this.newPage()
    this.line += height
    while (this.line > LINES_PER_PAGE + 1e-9) {
      this.line -= LINES_PER_PAGE
      this.page += 1
    }
    return moved
  }
}

function paragraphLines(text: string): number {
  return lineCount(text, CHARS_PER_LINE, 2)
}

type TableBlock = Extract<Block, { type: 'table' }>

/** Row heights in lines: exact lines of the table's text, cell padding and the rule. */
function tableRowHeights(block: TableBlock): number[] {
  const widths = tableColumnWidths(block)
  return [block.columns, ...block.rows].map((cells, index) => {
    const lines = Math.max(
      ...cells.map((cell, column) => lineCount(cell, tableCellChars(block, widths[column] ?? 0))),
    )
    const { line } = tableText(block)
    const least = index === 0 ? line + 40 : tableRowMinimum(block)
    return (Math.max(least, lines * line + 40) + 10) / LINE_PITCH
  })
}

/** The first lines of a block, which a heading before it keeps on its page. */
function openingLines(block: Block | undefined): number {
  if (!block || block.type === 'pagebreak') return 0
  if (block.type === 'table') return (block.title ? 1 : 0) + (tableRowHeights(block)[0] ?? 0)
  if (block.type === 'chart') return 1 + chartHeight(block) / LINE_PITCH
  return Math.min(2, paragraphLines('text' in block ? block.text : ''))
}

function countBlocks(flow: PageFlow, blocks: readonly Block[]): void {
  const numberer = new HeadingNumberer()
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'p':
        flow.paragraph(paragraphLines(block.text))
        break
      case 'pagebreak':
        flow.newPage()
        break
      case 'chart':
        // The title and the picture, which never splits.
        flow.together(1 + chartHeight(block) / LINE_PITCH)
        break
      case 'table': {
        const [header = 0, ...rows] = tableRowHeights(block)
        flow.together((block.title ? 1 : 0) + header)
        for (const row of rows) {
          // A row that moves to a new page brings the repeated header row with it.
          if (flow.together(row)) flow.together(header)
        }
        break
      }
      default: {
        const heading = numberer.next(block.type, block.text, block.run)
        const lines = paragraphLines(heading.number + heading.text + (block.run ?? ''))
        if (block.run) {
          flow.paragraph(lines)
        } else {
          // A heading alone keeps with the start of what follows it.
          const following = openingLines(blocks[index + 1])
          flow.together(lines + following)
          flow.line -= following
        }
      }
    }
  })
}

/**
 * The closing parts as the closing builders lay them out: the 附件说明's last line and the
 * signature, which keep together; then 附注 and the attendance of minutes, which do not.
 */
function closing(flow: PageFlow, definition: DocumentDefinition): void {
  const attachments = definition.attachments ?? []
  const noteLines = attachments.map((attachment) =>
    lineCount(`附件：10.${attachment.title}`, CHARS_PER_LINE, 2, 6),
  )
  if (noteLines.length > 0) {
    flow.paragraph(1)
    for (const lines of noteLines.slice(0, -1)) flow.paragraph(lines)
  }
  flow.together((noteLines.at(-1) ?? 0) + signatureLineCount(definition))
  if (definition.note) flow.paragraph(paragraphLines(`（${definition.note}）`))
  const attendance = definition.attendance
  if (attendance) {
    const groups = [attendance.present, attendance.absent, attendance.observers].filter(
      (people): people is string[] => Boolean(people?.length),
    )
    if (groups.length > 0) flow.paragraph(1)
    for (const people of groups)
      flow.paragraph(lineCount(`出席：${people.join('，')}`, CHARS_PER_LINE, 2, 5))
  }
}

/** Estimates where the text (attachments included) ends, given the lines the 版头 takes. */
export function estimateTextEnd(definition: DocumentDefinition, headLines: number): TextEnd {
  const counter = new PageFlow()
  counter.paragraph(headLines)
  counter.paragraph(titleLines(definition.title).length)
  counter.paragraph(1)
  if (definition.mainRecipients)
    counter.paragraph(lineCount(`${definition.mainRecipients}：`, CHARS_PER_LINE))
  countBlocks(counter, definition.body)
  closing(counter, definition)
  for (const attachment of definition.attachments ?? []) {
    if (!attachment.body) continue
    counter.newPage()
    counter.paragraph(2 + titleLines(attachment.title).length + 1)
    countBlocks(counter, attachment.body)
  }
  return { page: counter.page, line: Math.ceil(counter.line - 1e-9) }
}
