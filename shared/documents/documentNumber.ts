/**
 * 发文字号 rules (GB/T 9704-2012 7.2.4): 机关代字 + year in full inside 六角括号 〔〕 + sequence
 * number without 第 and without leading zeros + 号, e.g. 津知发〔2023〕5号.
 */

/** Brackets people type instead of 〔〕: ASCII, full-width, lenticular and bracket look-alikes. */
const OPENING_BRACKETS = /[[【（(［〖﹝]/g
const CLOSING_BRACKETS = /[\]】）)］〗﹞]/g

/** Whether text holds any bracket of a 发文字号, the proper 〔〕 or a look-alike (not in a 机关代字). */
export function hasNumberBracket(text: string): boolean {
  return /[〔〕[\]【】（()）［］〖〗﹝﹞]/.test(text)
}

/** Turns 津知发[2023]5号, 津知发【2023】5号, 津知发(2023)5号 … into 津知发〔2023〕5号. */
export function normalizeDocumentNumber(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, '')
    .replace(OPENING_BRACKETS, '〔')
    .replace(CLOSING_BRACKETS, '〕')
}

export interface DocumentNumberParts {
  readonly prefix: string
  readonly year: number
  readonly sequence: number
}

const PATTERN = /^(.+?)〔(\d{4})〕(\d+)号$/

/** The parts of a normalised 发文字号, or undefined if it does not have that shape. */
export function parseDocumentNumber(text: string): DocumentNumberParts | undefined {
  const match = PATTERN.exec(text)
  if (!match) return undefined
  const [, prefix = '', year = '', sequence = ''] = match
  return { prefix, year: Number(year), sequence: Number(sequence) }
}

export function formatDocumentNumber(parts: DocumentNumberParts): string {
  return `${parts.prefix}〔${String(parts.year)}〕${String(parts.sequence)}号`
}

/** A Chinese explanation of what is wrong with a normalised 发文字号, or undefined if it is right. */
export function documentNumberProblem(text: string): string | undefined {
  if (/〔\d{4}〕第/.test(text)) return '发文字号的序号前不加“第”，如 津知发〔2023〕5号'
  if (/〔\d{4}〕0+号$/.test(text)) return '发文字号的序号应从 1 开始'
  const padded = /〔(\d{4})〕(0+)(\d+)号$/.exec(text)
  if (padded) {
    const [, year = '', , digits = ''] = padded
    return `发文字号的序号不编虚位，应为〔${year}〕${digits}号`
  }
  if (/〔\d{2}〕/.test(text)) return '发文字号的年份应写全称，如〔2023〕'
  const parts = parseDocumentNumber(text)
  if (!parts || !/\p{L}/u.test(parts.prefix))
    return '发文字号应为“机关代字〔年份〕序号号”，如 津知发〔2023〕5号'
  return undefined
}
