import { strFromU8 } from 'fflate'
import { SheetReadError } from './sheetReadError'

/**
 * The entries of a zip file as its central directory declares them. The central directory, not
 * the local headers, is the authority: writers that stream (Apache POI, write-excel-file) leave
 * the sizes out of the local headers. Sizes are only declared here; inflating checks them.
 */
export interface ZipEntry {
  /** As stored, e.g. "xl/worksheets/sheet1.xml". */
  readonly name: string
  /** 0 stored, 8 deflate. */
  readonly method: number
  readonly compressedSize: number
  /** The declared uncompressed size. */
  readonly size: number
  /** Where the entry's compressed bytes start in the file. */
  readonly dataOffset: number
}

export const NOT_A_WORKBOOK = '无法读取该文件：它不是 Excel 工作簿（.xlsx），或已损坏'
const DAMAGED = '无法读取该文件：文件已损坏（压缩包目录不完整）'

const END_OF_DIRECTORY = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_END = 0x06064b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0]

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32

/** Lower case with forward slashes and no leading slash: part names are case-insensitive. */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase()
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const last = bytes.length - 22
  // The end record is followed by a comment of at most 65,535 bytes.
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) return at
  }
  return -1
}

/** Reads the central directory; throws SheetReadError with a Chinese message. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    throw new SheetReadError(
      '该文件是旧版 .xls 工作簿或设置了打开密码的 Excel 文件，无法读取；请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再导入',
    )
  }
  if (u32(bytes, 0) !== LOCAL_HEADER) throw new SheetReadError(NOT_A_WORKBOOK)
  const end = findEndOfDirectory(bytes)
  if (end < 0) throw new SheetReadError(DAMAGED)
  let count = u16(bytes, end + 10)
  let offset = u32(bytes, end + 16)
  if (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const zip64End = u64(bytes, end - 12)
    if (u32(bytes, zip64End) === ZIP64_END) {
      count = u64(bytes, zip64End + 32)
      offset = u64(bytes, zip64End + 48)
    }
  }
  const entries = new Map<string, ZipEntry>()
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== DIRECTORY_ENTRY) {
      throw new SheetReadError(DAMAGED)
    }
    const flags = u16(bytes, offset + 8)
    const nameLength = u16(bytes, offset + 28)
    const extraLength = u16(bytes, offset + 30)
    const commentLength = u16(bytes, offset + 32)
    const nameStart = offset + 46
    const name = strFromU8(bytes.subarray(nameStart, nameStart + nameLength), (flags & 0x800) === 0)
    let compressedSize = u32(bytes, offset + 20)
    let size = u32(bytes, offset + 24)
    let localOffset = u32(bytes, offset + 42)
    // Zip64: the 0xFFFFFFFF fields are in the extra field 0x0001, in this order.
    for (let at = nameStart + nameLength; at + 4 <= nameStart + nameLength + extraLength;) {
      const id = u16(bytes, at)
      const length = u16(bytes, at + 2)
      if (id === 1) {
        let field = at + 4
        if (size === 0xffffffff) {
          size = u64(bytes, field)
          field += 8
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, field)
          field += 8
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, field)
      }
      at += 4 + length
    }
    if (u32(bytes, localOffset) !== LOCAL_HEADER) throw new SheetReadError(DAMAGED)
    const dataOffset =
      localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28)
    if (dataOffset + compressedSize > bytes.length) throw new SheetReadError(DAMAGED)
    if (flags & 1) {
      throw new SheetReadError('该文件的内容已加密，无法读取；请在 Excel 或 WPS 中取消密码后再导入')
    }
    entries.set(partKey(name), {
      name,
      method: u16(bytes, offset + 10),
      compressedSize,
      size,
      dataOffset,
    })
    offset = nameStart + nameLength + extraLength + commentLength
  }
  if (entries.size === 0) throw new SheetReadError(NOT_A_WORKBOOK)
  return entries
}
