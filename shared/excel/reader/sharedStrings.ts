import { SheetReadError } from './sheetReadError'
import type { XmlHandler } from './xmlScanner'
import { decodeExcelEscapes } from './xmlText'
import { formatCount } from './limits'

/** `subject` names the text: 单元格 B2 的文字. */
export function cellTooLong(maxChars: number, subject: string): SheetReadError {
  return new SheetReadError(
    `${subject}超过 ${formatCount(maxChars)} 个字符（导入上限；Excel 单元格最多 32,767 个字符），文件可能已损坏或是被刻意构造的，未导入`,
  )
}

/**
 * The shared strings of a workbook (sharedStrings.xml), in order. A string is the text of its
 * runs; phonetic guides (<rPh>) are not part of it.
 */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = []
  private current: string | null = null
  private capturing = false
  private inPhonetic = false

  constructor(
    private readonly maxChars: number,
    private readonly maxCount: number,
  ) {}

  open(name: string): void {
    if (name === 'si') this.current = ''
    else if (name === 'rPh') this.inPhonetic = true
    else if (name === 't' && this.current !== null && !this.inPhonetic) this.capturing = true
  }
  close(name: string): void {
    if (name === 't') this.capturing = false
    else if (name === 'rPh') this.inPhonetic = false
    else if (name === 'si' && this.current !== null) {
      if (this.strings.length >= this.maxCount) {
        throw new SheetReadError(
          `文件中的共享字符串超过 ${formatCount(this.maxCount)} 个（导入上限），未导入；请拆分文件后再导入`,
        )
      }
      this.strings.push(decodeExcelEscapes(this.current))
      this.current = null
    }
  }
  wantsText(): boolean {
    return this.capturing
  }
  text(text: string): void {
    this.current = (this.current ?? '') + text
    if (this.current.length > this.maxChars)
      throw cellTooLong(this.maxChars, '文件中有一个单元格的文字')
  }
}
