import type { ReadCellValue } from '../cells'
import { decodeExcelEscapes } from './xmlText'

/** What the workbook tells about every cell: shared strings, which styles are dates. */
export interface CellContext {
  readonly sharedStrings: readonly string[]
  readonly dateStyles: readonly boolean[]
  readonly date1904: boolean
}

/** A cell as written in the sheet's XML. */
export interface CellXml {
  /** The `t` attribute; n when absent. */
  readonly type: string
  /** The `s` attribute (an index into cellXfs); 0 when absent. */
  readonly style: number
  /** The text of <v>, null without one. */
  readonly value: string | null
  /** The text of an inline string (<is>), null without one. */
  readonly inline: string | null
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
const MS_PER_DAY = 86_400_000
/** 9999-12-31, Excel's last date. */
const LAST_SERIAL = 2_958_466

/** Cell content quoted in a message, cut short. */
export const preview = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text)

/** An Excel date serial as a local date (the 1900 system counts a 29 February 1900 that never was). */
export function dateFromSerial(serial: number, date1904: boolean): Date {
  const days = Math.floor(serial)
  const ms = Math.round((serial - days) * MS_PER_DAY)
  if (date1904) return new Date(1904, 0, 1 + days, 0, 0, 0, ms)
  return new Date(1899, 11, days < 61 ? 31 + days : 30 + days, 0, 0, 0, ms)
}

/** The cell's value (null when empty), or the reason, in Chinese, it cannot be read. */
export function readCellValue(
  cell: CellXml,
  context: CellContext,
): { value: ReadCellValue } | { problem: string } {
  const raw = cell.value ?? ''
  const text = raw.trim()
  switch (cell.type) {
    case 'n': {
      if (text === '') return { value: null }
      if (!NUMBER.test(text)) return { problem: `单元格标为数字，内容却是“${preview(text)}”` }
      const number = Number(text)
      if (!Number.isFinite(number)) return { problem: `数字“${preview(text)}”超出范围` }
      return context.dateStyles[cell.style] === true && number >= 0 && number < LAST_SERIAL
        ? { value: dateFromSerial(number, context.date1904) }
        : { value: number }
    }
    case 's': {
      if (text === '') return { value: null }
      const index = Number(text)
      const found = Number.isInteger(index) ? context.sharedStrings[index] : undefined
      return found === undefined
        ? { problem: `单元格引用的共享字符串（第 ${preview(text)} 项）不存在` }
        : { value: found }
    }
    case 'inlineStr':
      return { value: decodeExcelEscapes(cell.inline ?? raw) }
    case 'str':
      return { value: decodeExcelEscapes(raw) }
    case 'b': {
      const flag = text.toLowerCase()
      if (flag === '') return { value: null }
      if (flag === '1' || flag === 'true') return { value: true }
      if (flag === '0' || flag === 'false') return { value: false }
      return { problem: `单元格标为逻辑值，内容却是“${preview(text)}”` }
    }
    case 'e':
      return { problem: `单元格是错误值 ${preview(text)}` }
    case 'd': {
      if (text === '') return { value: null }
      // A date alone is a local date, as every other date of the sheet (Date.parse reads UTC).
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
      if (day) return { value: new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) }
      const time = Date.parse(text)
      return Number.isNaN(time)
        ? { problem: `单元格标为日期，内容却是“${preview(text)}”` }
        : { value: new Date(time) }
    }
    default:
      return { problem: `单元格类型“${preview(cell.type)}”无法识别` }
  }
}
