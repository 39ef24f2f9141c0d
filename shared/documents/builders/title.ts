import { AlignmentType, Paragraph } from 'docx'
import { SIZE } from '../layout'
import { titleLines } from '../titleLines'
import type { BuildContext } from './context'
import { exactLines, runs } from './text'

/** 标题: 2号 小标宋, centred, broken into a trapezoid or diamond of whole words. */
export function titleParagraph(context: BuildContext, title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exactLines(),
    keepNext: true,
    children: runs(titleLines(title).join('\n'), { font: context.fonts.title, size: SIZE.two }),
  })
}

/** 主送机关: flush left, wrapped lines flush left, ending with a full-width colon. */
export function recipientsParagraph(context: BuildContext, recipients: string): Paragraph {
  return new Paragraph({
    spacing: exactLines(),
    children: runs(`${recipients}：`, { font: context.fonts.body }),
  })
}
