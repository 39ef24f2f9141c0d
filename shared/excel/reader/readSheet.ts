import type { CellIssue, ReadCellValue } from '../cells'
import { formatMegabytes, SHEET_LIMITS, type SheetLimits } from './limits'
import { scanPart, type ScanBudget } from './scanPart'
import { SharedStringsHandler } from './sharedStrings'
import { SheetReadError } from './sheetReadError'
import { StylesHandler } from './styles'
import {
  entryOf,
  relationshipsPartOf,
  resolveTarget,
  RelationshipsHandler,
  WorkbookHandler,
} from './workbookParts'
import { WorksheetHandler } from './worksheet'
import type { XmlHandler } from './xmlScanner'
import { readZipDirectory, type ZipEntry } from './zipDirectory'

/** The sheet as read (a SheetContents): rows from row 1, empty cells null. */
export interface ReadSheet {
  readonly rows: ReadCellValue[][]
  readonly issues: CellIssue[]
}

export interface ReadProgress {
  /** 0–1, by compressed bytes read. */
  readonly fraction: number
  /** Rows of the sheet read so far. */
  readonly rows: number
}

export interface ReadOptions {
  readonly limits?: SheetLimits
  readonly onProgress?: (progress: ReadProgress) => void
}

const DEFAULT_WORKBOOK = 'xl/workbook.xml'

/**
 * Reads the first worksheet of an .xlsx file: pure, synchronous, bounded. Everything is checked
 * before it costs memory: the file size, the declared uncompressed sizes of the parts it reads,
 * the sheet's declared dimension; then, while reading, the real sizes, rows, columns and cell
 * lengths. A file past a cap throws SheetReadError naming the cap; a cell that cannot be read
 * becomes an issue of its row.
 */
export function readSheet(bytes: Uint8Array, options: ReadOptions = {}): ReadSheet {
  const limits = options.limits ?? SHEET_LIMITS
  if (bytes.length === 0) throw new SheetReadError('文件是空的')
  if (bytes.length > limits.fileBytes) {
    throw new SheetReadError(
      `文件超过 ${formatMegabytes(limits.fileBytes)}（导入上限），请拆分后再导入`,
    )
  }
  const entries = readZipDirectory(bytes)
  const budget: ScanBudget = {
    remaining: limits.uncompressedBytes,
    totalCap: limits.uncompressedBytes,
    maxTagChars: limits.tagChars,
  }
  const small = <H extends XmlHandler>(entry: ZipEntry | undefined, handler: H): H => {
    if (entry) scanPart(bytes, entry, handler, budget)
    return handler
  }

  const packageRels = small(entryOf(entries, '_rels/.rels'), new RelationshipsHandler())
  const workbookName = resolveTarget(
    '',
    packageRels.targetOfType('officeDocument') ?? DEFAULT_WORKBOOK,
  )
  const workbookEntry = entryOf(entries, workbookName, DEFAULT_WORKBOOK)
  const workbookPart = workbookEntry ? workbookEntry.name : DEFAULT_WORKBOOK
  const workbook = small(workbookEntry, new WorkbookHandler())
  const workbookRels = small(
    entryOf(entries, relationshipsPartOf(workbookPart)),
    new RelationshipsHandler(),
  )
  const target = (suffix: string) => {
    const t = workbookRels.targetOfType(suffix)
    return t === undefined ? undefined : resolveTarget(workbookPart, t)
  }
  const sheetTarget = workbook.firstSheetId
    ? workbookRels.byId.get(workbook.firstSheetId)?.target
    : undefined
  const sheetEntry = entryOf(
    entries,
    sheetTarget === undefined ? undefined : resolveTarget(workbookPart, sheetTarget),
    target('worksheet'),
    'xl/worksheets/sheet1.xml',
  )
  if (!sheetEntry) {
    throw new SheetReadError(
      workbookEntry
        ? '无法读取该文件：工作簿中没有工作表'
        : '无法读取该文件：它不是 Excel 工作簿（.xlsx），或已损坏',
    )
  }
  const stringsEntry = entryOf(entries, target('sharedStrings'), 'xl/sharedStrings.xml')
  const stylesEntry = entryOf(entries, target('styles'), 'xl/styles.xml')

  // Declared sizes first: a zip bomb that admits its size is refused before any inflating.
  const parts = [stylesEntry, stringsEntry, sheetEntry].filter((e) => e !== undefined)
  const declared = parts.reduce((sum, e) => sum + e.size, 0)
  if (declared > budget.remaining) {
    throw new SheetReadError(
      `文件解压后超过 ${formatMegabytes(limits.uncompressedBytes)}（导入上限），未导入；请删除无关的工作表、图片或拆分文件后再导入`,
    )
  }
  const totalCompressed = parts.reduce((sum, e) => sum + e.compressedSize, 0) || 1
  let compressedBefore = 0
  const read = (entry: ZipEntry, handler: XmlHandler, rowsRead: () => number = () => 0) => {
    scanPart(bytes, entry, handler, budget, (done) =>
      options.onProgress?.({
        fraction: Math.min(1, (compressedBefore + done) / totalCompressed),
        rows: rowsRead(),
      }),
    )
    compressedBefore += entry.compressedSize
  }

  const styles = new StylesHandler()
  if (stylesEntry) read(stylesEntry, styles)
  const strings = new SharedStringsHandler(limits.cellChars, limits.cells)
  if (stringsEntry) read(stringsEntry, strings)
  const worksheet = new WorksheetHandler({
    sharedStrings: strings.strings,
    dateStyles: styles.dateStyles(),
    date1904: workbook.date1904,
    limits,
  })
  read(sheetEntry, worksheet, () => worksheet.rowsRead)
  options.onProgress?.({ fraction: 1, rows: worksheet.rowsRead })
  return { rows: worksheet.result(), issues: worksheet.issues }
}
