import { inflateEntry } from './inflateEntry'
import { partTextDecoder } from './partText'
import { XmlScanner, type XmlHandler } from './xmlScanner'
import type { ZipEntry } from './zipDirectory'

export interface ScanBudget {
  /** Uncompressed bytes still allowed for the parts not yet read. */
  remaining: number
  readonly totalCap: number
  readonly maxTagChars: number
}

/**
 * Inflates one part of the workbook and scans its XML as it inflates: the part's text is never
 * held whole. Counts its uncompressed bytes against the budget.
 */
export function scanPart(
  zip: Uint8Array,
  entry: ZipEntry,
  handler: XmlHandler,
  budget: ScanBudget,
  onProgress?: (compressedDone: number) => void,
): void {
  const scanner = new XmlScanner(handler, entry.name, budget.maxTagChars)
  const decode = partTextDecoder(entry.name, (text, final) => {
    scanner.push(text, final)
  })
  const produced = inflateEntry(zip, entry, {
    budget: budget.remaining,
    totalCap: budget.totalCap,
    onData: (chunk) => {
      decode(chunk, false)
    },
    onProgress,
  })
  decode(new Uint8Array(0), true)
  budget.remaining -= produced
}
