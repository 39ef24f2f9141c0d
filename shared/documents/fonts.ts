/** The fonts each element is set in, by the names Chinese Windows and WPS know them by. */
export interface DocumentFonts {
  /** 小标宋: marks and titles. */
  readonly title: string
  /** 仿宋: body text. */
  readonly body: string
  /** 黑体: level-1 headings, 密级, 附件 labels, the 出席 labels of minutes. */
  readonly heading1: string
  /** 楷体: level-2 headings and 签发人 names. */
  readonly heading2: string
  /** 宋体: page numbers. */
  readonly pageNumber: string
}

export type FontMode = 'standard' | 'system'

const FONTS: Record<FontMode, DocumentFonts> = {
  standard: {
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    pageNumber: '宋体',
  },
  // Many PCs lack the GB2312 fonts and 小标宋; these come with every Chinese Windows.
  system: {
    title: '宋体',
    body: '仿宋',
    heading1: '黑体',
    heading2: '楷体',
    pageNumber: '宋体',
  },
}

export function documentFonts(mode: FontMode): DocumentFonts {
  return FONTS[mode]
}
