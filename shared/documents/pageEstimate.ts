import { tableCellChars, tableColumnWidths, TABLE_LINE } from './builders/blocks'
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

class LineCounter {
  page = 1
  line = 0

  add(lines: number): void {
    this.line += lines
    while (this.line > LINES_PER_PAGE) {
      this.line -= LINES_PER_PAGE
      this.page += 1
    }
  }

  newPage(): void {
    if (this.line === 0) return
    this.page += 1
    this.line = 0
  }
}

function paragraphLines(text: string): number {
  return lineCount(text, CHARS_PER_LINE, 2)
}

function countBlocks(counter: LineCounter, blocks: readonly Block[]): void {
  const numberer = new HeadingNumberer()
  for (const block of blocks) {
    switch (block.type) {
      case 'p':
        counter.add(paragraphLines(block.text))
        break
      case 'pagebreak':
        counter.newPage()
        break
      case 'table': {
        if (block.title) counter.add(1)
        const widths = tableColumnWidths(block)
        const rowLines = (cells: readonly string[]): number =>
          Math.max(
            ...cells.map((cell, index) => lineCount(cell, tableCellChars(widths[index] ?? 0))),
          )
        const rowHeights = [block.columns, ...block.rows].map(
          (cells) => (rowLines(cells) * TABLE_LINE + 80) / LINE_PITCH,
        )
        for (const height of rowHeights) counter.add(height)
        break
      }
      default: {
        const heading = numberer.next(block.type, block.text)
        counter.add(paragraphLines(heading.number + heading.text + (block.run ?? '')))
      }
    }
  }
}

/** Lines of the signature block, 附注 and attendance, as the closing builders lay them out. */
function closingLines(definition: DocumentDefinition): number {
  let lines = 0
  const attachments = definition.attachments ?? []
  if (attachments.length > 0) {
    lines += 1
    for (const attachment of attachments)
      lines += lineCount(`附件：1.${attachment.title}`, CHARS_PER_LINE, 2, 6)
  }
  if (definition.format !== 'minutes' || definition.signatures) {
    const names = definition.signatures ?? definition.issuers
    lines += definition.sealed ? 2 + 1 + 1 : 1 + names.length + 1
  }
  if (definition.note) lines += paragraphLines(definition.note)
  const attendance = definition.attendance
  if (attendance) {
    const groups = [attendance.present, attendance.absent, attendance.observers].filter(
      (people): people is string[] => Boolean(people?.length),
    )
    if (groups.length > 0) lines += 1
    for (const people of groups)
      lines += lineCount(`出席：${people.join('，')}`, CHARS_PER_LINE, 2, 5)
  }
  return lines
}

/** Estimates where the text (attachments included) ends, given the lines the 版头 takes. */
export function estimateTextEnd(definition: DocumentDefinition, headLines: number): TextEnd {
  const counter = new LineCounter()
  counter.add(headLines)
  counter.add(titleLines(definition.title).length)
  counter.add(1)
  if (definition.mainRecipients)
    counter.add(lineCount(`${definition.mainRecipients}：`, CHARS_PER_LINE))
  countBlocks(counter, definition.body)
  counter.add(closingLines(definition))
  for (const [, attachment] of (definition.attachments ?? []).entries()) {
    if (!attachment.body) continue
    counter.newPage()
    counter.add(2 + titleLines(attachment.title).length + 1)
    countBlocks(counter, attachment.body)
  }
  return { page: counter.page, line: Math.ceil(counter.line - 1e-9) }
}
