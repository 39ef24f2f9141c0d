import { Inflate } from 'fflate'
import { formatMegabytes } from './limits'
import { SheetReadError } from './sheetReadError'
import type { ZipEntry } from './zipDirectory'

/**
 * Compressed bytes pushed to the inflater at a time. Deflate expands at most about 1,032 times,
 * so one push yields at most ~16 MB: the running caps below stop a zip bomb after that much,
 * whatever the entry claims.
 */
const CHUNK = 16 * 1024

export interface InflateOptions {
  /** Uncompressed bytes this entry may still produce (what is left of the total cap). */
  readonly budget: number
  readonly totalCap: number
  readonly onData: (chunk: Uint8Array) => void
  /** Called with the compressed bytes of this entry consumed so far. */
  readonly onProgress?: (compressedDone: number) => void
}

/**
 * Streams one entry through `onData` and returns its uncompressed length. Refuses, before
 * inflating anything, an entry whose declared size is past the cap, and stops as soon as the
 * output passes the declared size or the cap (a size can lie).
 */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry, options: InflateOptions): number {
  const { budget, totalCap, onData, onProgress } = options
  const tooLarge = () =>
    new SheetReadError(
      `文件解压后超过 ${formatMegabytes(totalCap)}（导入上限），未导入；请删除无关的工作表、图片或拆分文件后再导入`,
    )
  if (entry.size > budget) throw tooLarge()
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  let produced = 0
  const accept = (chunk: Uint8Array) => {
    produced += chunk.length
    if (produced > entry.size) {
      throw new SheetReadError(
        `文件中“${entry.name}”解压后比它声明的大小更大，文件已损坏或是被刻意构造的，未导入`,
      )
    }
    if (chunk.length > 0) onData(chunk)
  }
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += CHUNK * 4) {
      accept(data.subarray(at, at + CHUNK * 4))
      onProgress?.(Math.min(at + CHUNK * 4, data.length))
    }
    return produced
  }
  if (entry.method !== 8) {
    throw new SheetReadError(
      `文件中“${entry.name}”使用了不支持的压缩方式，无法读取；请在 Excel 或 WPS 中另存为 .xlsx 后再导入`,
    )
  }
  // A stream cut short throws on the final push ("unexpected EOF").
  const inflater = new Inflate((chunk) => {
    accept(chunk)
  })
  try {
    for (let at = 0; at < data.length; at += CHUNK) {
      const end = Math.min(at + CHUNK, data.length)
      inflater.push(data.subarray(at, end), end === data.length)
      onProgress?.(end)
    }
  } catch (error) {
    if (error instanceof SheetReadError) throw error
    throw new SheetReadError(`无法读取该文件：文件已损坏（“${entry.name}”无法解压）`)
  }
  return produced
}
