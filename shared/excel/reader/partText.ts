import { DecodeUTF8 } from 'fflate'
import { SheetReadError } from './sheetReadError'

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/**
 * Turns the bytes of an XML part, chunk by chunk, into text. Parts are UTF-8, with or without a
 * byte order mark; a UTF-16 part (some converters write one) is recognised by its mark.
 */
export function partTextDecoder(
  partName: string,
  onText: (text: string, final: boolean) => void,
): (chunk: Uint8Array, final: boolean) => void {
  let encoding: Encoding | undefined
  let head = new Uint8Array(0)
  let utf8: DecodeUTF8 | undefined
  let carry: number | undefined
  const decodeUtf16 = (bytes: Uint8Array, final: boolean) => {
    const little = encoding === 'utf-16le'
    let text = ''
    let at = 0
    if (carry !== undefined && bytes.length > 0) {
      const first = bytes[0] ?? 0
      text += String.fromCharCode(little ? carry | (first << 8) : (carry << 8) | first)
      carry = undefined
      at = 1
    }
    const units: number[] = []
    for (; at + 1 < bytes.length; at += 2) {
      const a = bytes[at] ?? 0
      const b = bytes[at + 1] ?? 0
      units.push(little ? a | (b << 8) : (a << 8) | b)
      if (units.length === 8192) {
        text += String.fromCharCode(...units)
        units.length = 0
      }
    }
    text += String.fromCharCode(...units)
    if (at < bytes.length) carry = bytes[at]
    onText(text, final)
  }
  const push = (bytes: Uint8Array, final: boolean) => {
    try {
      if (encoding === undefined) {
        const joined = new Uint8Array(head.length + bytes.length)
        joined.set(head)
        joined.set(bytes, head.length)
        if (joined.length < 3 && !final) {
          head = joined
          return
        }
        const [a, b, c] = joined
        let skip = 0
        if (a === 0xff && b === 0xfe) [encoding, skip] = ['utf-16le', 2]
        else if (a === 0xfe && b === 0xff) [encoding, skip] = ['utf-16be', 2]
        else [encoding, skip] = ['utf-8', a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0]
        bytes = joined.subarray(skip)
      }
      if (encoding === 'utf-8') {
        utf8 ??= new DecodeUTF8(onText)
        utf8.push(bytes, final)
      } else decodeUtf16(bytes, final)
    } catch (error) {
      if (error instanceof SheetReadError) throw error
      throw new SheetReadError(`无法读取该文件：“${partName}”的文字编码有误`)
    }
  }
  return push
}
