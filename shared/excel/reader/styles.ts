import type { XmlHandler } from './xmlScanner'
import { attribute } from './xmlText'

/**
 * Built-in number formats that show a date or time, including the ones Chinese Excel uses
 * (27–36, 50–58, e.g. 2023年3月15日).
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
])

/** Whether a custom format code shows a date: y, m, d, h or s outside quotes, escapes and [colours]. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
  // Only the first section (positive numbers) decides.
  const first = bare.split(';')[0] ?? ''
  return /[ymdhs]/i.test(first) && !/^general$/i.test(first.trim())
}

/** Which cell styles (the `s` of a cell, an index into cellXfs) show dates. */
export class StylesHandler implements XmlHandler {
  private readonly customFormats = new Map<number, string>()
  private readonly formatIds: number[] = []
  private inCellXfs = false

  open(name: string, attributes: string): void {
    if (name === 'numFmt') {
      this.customFormats.set(
        Number(attribute(attributes, 'numFmtId')),
        attribute(attributes, 'formatCode') ?? '',
      )
    } else if (name === 'cellXfs') this.inCellXfs = true
    else if (name === 'xf' && this.inCellXfs) {
      this.formatIds.push(Number(attribute(attributes, 'numFmtId') ?? 0))
    }
  }
  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false
  }
  wantsText(): boolean {
    return false
  }
  text(): void {}

  dateStyles(): readonly boolean[] {
    return this.formatIds.map((id) => {
      const custom = this.customFormats.get(id)
      return custom === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormatCode(custom)
    })
  }
}
