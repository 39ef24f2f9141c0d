import { BorderStyle, type IBorderOptions } from 'docx'

/** No line: layout tables (marks, seal spaces, the 版记 of letters) draw nothing of their own. */
export const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }

export const NO_TABLE_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const
