/**
 * The preview names the fonts as the .docx does (仿宋_GB2312, 方正小标宋简体…). Where a PC lacks one,
 * the browser would fall back to its sans-serif default and the page would not look like a 公文;
 * these faces map each name to the installed fonts that stand in for it (Windows, then Linux),
 * the way WPS and Word substitute them. local() only: nothing is loaded from anywhere.
 */

const STAND_INS: Record<string, readonly string[]> = {
  方正小标宋简体: [
    '方正小标宋简体',
    'FZXiaoBiaoSong-B05S',
    '方正小标宋_GBK',
    'SimSun',
    '宋体',
    'Noto Serif CJK SC Bold',
    'Source Han Serif SC Bold',
  ],
  仿宋_GB2312: [
    '仿宋_GB2312',
    'FangSong_GB2312',
    'FangSong',
    '仿宋',
    'STFangsong',
    'Noto Serif CJK SC',
    'Source Han Serif SC',
  ],
  仿宋: ['FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC'],
  楷体_GB2312: ['楷体_GB2312', 'KaiTi_GB2312', 'KaiTi', '楷体', 'STKaiti', 'AR PL UKai CN'],
  楷体: ['KaiTi', '楷体', 'STKaiti', 'AR PL UKai CN'],
  黑体: ['SimHei', '黑体', 'STHeiti', 'Noto Sans CJK SC', 'Source Han Sans SC'],
  宋体: ['SimSun', '宋体', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC'],
}

/** @font-face rules for GlobalStyles. */
export const PREVIEW_FONT_FACES = Object.entries(STAND_INS).map(([family, locals]) => ({
  '@font-face': {
    fontFamily: family,
    src: locals.map((name) => `local("${name}")`).join(', '),
  },
}))
