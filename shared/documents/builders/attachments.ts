import { AlignmentType, PageBreak, Paragraph, type FileChild } from 'docx'
import type { Attachment } from '../definition'
import { SIZE } from '../layout'
import { titleLines } from '../titleLines'
import { bodyBlocks } from './blocks'
import type { BuildContext } from './context'
import { blankLines, exactLines, runs } from './text'

/**
 * 附件 pages: each attachment with a body starts a new page; "附件" + its number in 3号 黑体 flush
 * left on the first line, its title centred on the third line in 2号 小标宋, then its text.
 */
export function attachmentPages(
  context: BuildContext,
  attachments: readonly Attachment[],
): FileChild[] {
  const numbered = attachments.length > 1
  return attachments.flatMap((attachment, index): FileChild[] => {
    if (!attachment.body) return []
    const label = numbered ? `附件${String(index + 1)}` : '附件'
    return [
      new Paragraph({
        spacing: exactLines(),
        children: [new PageBreak(), ...runs(label, { font: context.fonts.heading1 })],
      }),
      ...blankLines(1),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exactLines(),
        keepNext: true,
        children: runs(titleLines(attachment.title).join('\n'), {
          font: context.fonts.title,
          size: SIZE.two,
        }),
      }),
      ...blankLines(1),
      ...bodyBlocks(context, attachment.body),
    ]
  })
}
