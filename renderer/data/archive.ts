import { unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { sha256Hex } from './sha256'

/**
 * The zip files 协知 writes and reads back whole (backups, exchange packages): written entry by
 * entry, and read with every entry checked against the manifest's SHA-256 before any is used.
 */

/** What the file is called in messages (备份, 数据包) and its extension. */
export interface ArchiveKind {
  readonly noun: string
  readonly extension: string
  /** Throws the refusal: the caller's error type, so each command says its own words. */
  readonly refuse: (message: string) => never
}

/** No entry is larger than this once inflated (a zip bomb is refused, not inflated). */
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024

/** Collects a zip written entry by entry (fflate's streaming Zip) into one file's bytes. */
export function zipWriter() {
  const chunks: Uint8Array[] = []
  let failed: Error | null = null
  let finished: () => void = () => undefined
  const done = new Promise<void>((resolve) => {
    finished = resolve
  })
  const zip = new Zip((error, data, final) => {
    if (error) failed = error
    else chunks.push(data)
    if (final || error) finished()
  })
  return {
    add(path: string, data: Uint8Array, compress: boolean) {
      const entry = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path)
      zip.add(entry)
      entry.push(data, true)
    },
    async finish(): Promise<Uint8Array<ArrayBuffer>> {
      zip.end()
      await done
      if (failed) throw failed
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
      let at = 0
      for (const chunk of chunks) {
        bytes.set(chunk, at)
        at += chunk.length
      }
      return bytes
    },
  }
}

/** The entries of a zip, refusing an empty, truncated or non-zip file and oversized entries. */
export function readZip(bytes: Uint8Array, kind: ArchiveKind): Record<string, Uint8Array> {
  if (bytes.length === 0)
    kind.refuse(`${kind.noun}文件是空的（0 字节），可能未复制完整，请重新复制后再试`)
  // Every zip starts with PK\x03\x04 (or PK\x05\x06 when empty).
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    kind.refuse(`该文件不是协知${kind.noun}（.${kind.extension}）文件`)
  }
  let refusal: string | undefined
  try {
    return unzipSync(bytes, {
      filter: (entry) => {
        if (entry.originalSize > MAX_ENTRY_BYTES) {
          refusal = `${kind.noun}中的 ${entry.name} 解压后超过 1 GB，文件可能已损坏或被篡改`
          throw new Error(refusal)
        }
        return true
      },
    })
  } catch {
    return kind.refuse(refusal ?? `${kind.noun}文件不完整或已损坏（可能未复制完整），无法读取`)
  }
}

/** What a zip that is not of `kind` is, when it can be told (a renamed Word file…). */
export function notOfKind(names: readonly string[], kind: ArchiveKind): string {
  const what = `协知${kind.noun}（.${kind.extension}）文件`
  if (names.includes('word/document.xml')) return `这是一个 Word 文件，不是${what}`
  if (names.includes('xl/workbook.xml')) return `这是一个 Excel 文件，不是${what}`
  return `该文件不是${what}，缺少清单`
}

/** Every entry listed in `parts` with its length and SHA-256, and nothing else but the manifest. */
export async function checkParts(
  entries: Record<string, Uint8Array>,
  parts: Readonly<Record<string, { sha256: string; bytes: number }>>,
  manifestPath: string,
  kind: ArchiveKind,
): Promise<void> {
  for (const name of Object.keys(entries)) {
    if (name !== manifestPath && !(name in parts)) {
      kind.refuse(`${kind.noun}中有清单未列出的文件（${name}），文件可能已被修改`)
    }
  }
  for (const [path, expected] of Object.entries(parts)) {
    const data = entries[path]
    if (!data) kind.refuse(`${kind.noun}不完整：缺少 ${path}`)
    else if (data.length !== expected.bytes || (await sha256Hex(data)) !== expected.sha256) {
      kind.refuse(`${kind.noun}文件已被修改或损坏：${path} 的校验值不符`)
    }
  }
}
