import { SheetReadError } from './sheetReadError'
import { decodeXmlText, localName } from './xmlText'

/** What a scan reports. Text is reported only while `wantsText()` is true (inside <v>, <t>). */
export interface XmlHandler {
  /** A start tag, or an empty-element tag when `empty`; `attributes` is the raw text after the name. */
  open(name: string, attributes: string, empty: boolean): void
  close(name: string): void
  wantsText(): boolean
  /** Decoded character data; one value may arrive in several pieces. */
  text(text: string): void
}

/** Index of the `>` closing a tag opened before `from`, skipping quoted values; -1 if not yet read. */
function findTagEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 62 /* > */) return i
    if (c === 34 /* " */ || c === 39 /* ' */) {
      i = s.indexOf(c === 34 ? '"' : "'", i + 1)
      if (i < 0) return -1
    }
  }
  return -1
}

function nameEnd(s: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i)
    // space, tab, CR, LF or "/"
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) return i
  }
  return end
}

/**
 * A tolerant, incremental scanner for the XML of a spreadsheet part. It reads text as it arrives
 * (a part is never held whole), keeps only an unfinished tag between pieces, and refuses what
 * Excel never writes and a hostile file might: a DTD (entity expansion, external entities) and
 * tags or text runs past the caps.
 */
export class XmlScanner {
  private pending = ''

  constructor(
    private readonly handler: XmlHandler,
    private readonly partName: string,
    private readonly maxTagChars: number,
  ) {}

  private damaged(): SheetReadError {
    return new SheetReadError(`无法读取该文件：“${this.partName}”的 XML 结构不完整，文件可能已损坏`)
  }

  push(chunk: string, final: boolean): void {
    const s = this.pending.length > 0 ? this.pending + chunk : chunk
    const handler = this.handler
    let i = 0
    for (;;) {
      const lt = s.indexOf('<', i)
      if (lt < 0) {
        if (handler.wantsText()) {
          // Hand over the text so far (caps are checked as it grows), keeping an unfinished "&…".
          const amp = s.lastIndexOf('&')
          const cut = amp >= i && s.indexOf(';', amp) < 0 && s.length - amp < 12 ? amp : s.length
          if (cut > i) handler.text(decodeXmlText(s.slice(i, cut)))
          i = cut
        } else i = s.length
        break
      }
      if (lt > i && handler.wantsText()) handler.text(decodeXmlText(s.slice(i, lt)))
      i = lt
      const next = s.charCodeAt(lt + 1)
      let end: number
      if (next === 33 /* ! */) {
        if (s.startsWith('<![CDATA[', lt)) {
          end = s.indexOf(']]>', lt + 9)
          if (end < 0) break
          if (handler.wantsText()) handler.text(s.slice(lt + 9, end))
          i = end + 3
          continue
        }
        if (s.startsWith('<!--', lt)) {
          end = s.indexOf('-->', lt + 4)
          if (end < 0) break
          i = end + 3
          continue
        }
        if (s.length - lt < 9) break
        if (s.slice(lt, lt + 9).toUpperCase() === '<!DOCTYPE') {
          throw new SheetReadError(
            `文件中“${this.partName}”含有 Excel 不会写入的 DTD 声明（<!DOCTYPE>），为安全起见不予读取`,
          )
        }
        throw this.damaged()
      }
      if (next === 63 /* ? */) {
        end = s.indexOf('?>', lt + 2)
        if (end < 0) break
        i = end + 2
        continue
      }
      end = findTagEnd(s, lt + 1)
      if (end < 0) break
      if (next === 47 /* / */) {
        handler.close(localName(s.slice(lt + 2, end).trim()))
      } else {
        const empty = s.charCodeAt(end - 1) === 47
        const stop = nameEnd(s, lt + 1, empty ? end - 1 : end)
        const name = s.slice(lt + 1, stop)
        if (name === '') throw this.damaged()
        handler.open(localName(name), s.slice(stop, empty ? end - 1 : end), empty)
        if (empty) handler.close(localName(name))
      }
      i = end + 1
    }
    this.pending = s.slice(i)
    if (this.pending.length > this.maxTagChars) {
      throw new SheetReadError(
        `无法读取该文件：“${this.partName}”中有一段 XML 标记长于 ${this.maxTagChars.toLocaleString('en-US')} 个字符，文件可能已损坏或是被刻意构造的`,
      )
    }
    if (final && this.pending.trim() !== '') throw this.damaged()
  }
}
