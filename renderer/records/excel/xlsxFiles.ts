import type { CellIssue, ReadCellValue, SheetContents } from '../../../shared/excel/cells'
import type { ExportSheet } from '../../../shared/excel/exportRows'
import { formatMegabytes, SHEET_LIMITS } from '../../../shared/excel/reader/limits'
import type { ReadProgress } from '../../../shared/excel/reader/readSheet'
import { SheetReadError } from '../../../shared/excel/reader/sheetReadError'
import { ImportCancelled } from './runInSlices'
import { sheetReplySchema } from './sheetWorkerProtocol'

const WORKER_FAILED = '读取文件时出错，文件可能过大或已损坏'

/**
 * Reads the first sheet of an .xlsx file in a worker (sheetWorker.ts), reporting progress.
 * Aborting the signal terminates the worker at once and rejects with ImportCancelled; a file the
 * reader refuses rejects with SheetReadError and its Chinese message.
 */
export async function readSheetFile(
  file: File,
  options: { onProgress?: (progress: ReadProgress) => void; signal?: AbortSignal } = {},
): Promise<SheetContents> {
  if (!/\.xlsx$/i.test(file.name)) {
    throw new SheetReadError(
      '请选择 .xlsx 格式的 Excel 文件（旧版 .xls 请先在 Excel 或 WPS 中另存为 .xlsx）',
    )
  }
  // Checked before the file is read into memory at all.
  if (file.size > SHEET_LIMITS.fileBytes) {
    throw new SheetReadError(
      `文件超过 ${formatMegabytes(SHEET_LIMITS.fileBytes)}（导入上限），请拆分后再导入`,
    )
  }
  if (file.size === 0) throw new SheetReadError('文件是空的')
  const bytes = await file.arrayBuffer()
  const { signal, onProgress } = options
  if (signal?.aborted) throw new ImportCancelled()
  return new Promise<SheetContents>((resolve, reject) => {
    const worker = new Worker(new URL('./sheetWorker.ts', import.meta.url), { type: 'module' })
    const rows: ReadCellValue[][] = []
    const finish = () => {
      worker.terminate()
      signal?.removeEventListener('abort', cancel)
    }
    const cancel = () => {
      finish()
      reject(new ImportCancelled())
    }
    signal?.addEventListener('abort', cancel, { once: true })
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const reply = sheetReplySchema.safeParse(event.data)
      if (!reply.success) {
        finish()
        reject(new SheetReadError(WORKER_FAILED))
        return
      }
      const message = reply.data
      switch (message.type) {
        case 'progress':
          onProgress?.({ fraction: message.fraction, rows: message.rows })
          break
        case 'rows':
          for (const row of message.rows) rows.push(row)
          break
        case 'done': {
          finish()
          const issues: CellIssue[] = message.issues
          resolve({ rows, issues })
          break
        }
        case 'error':
          finish()
          reject(new SheetReadError(message.message))
          break
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      finish()
      reject(new SheetReadError(WORKER_FAILED))
    }
    worker.postMessage({ bytes }, [bytes])
  })
}

/** Sheets as one .xlsx workbook: bold header row kept in view, codes and numbers kept as text. */
export async function writeWorkbookFile(
  sheets: readonly { readonly sheet: ExportSheet; readonly name: string }[],
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const blob = await writeXlsxFile(
    sheets.map(({ sheet, name }) => ({
      sheet: name,
      data: [
        sheet.headers.map((value) => ({
          value,
          fontWeight: 'bold' as const,
          backgroundColor: '#E8EEF6',
        })),
        ...sheet.rows.map((row) =>
          row.map((cell) =>
            cell.type === 'number'
              ? { value: cell.value as number, type: Number }
              : { value: String(cell.value), type: String, format: '@' },
          ),
        ),
      ],
      columns: sheet.widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    })),
  ).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}

/** One sheet as an .xlsx file. */
export const writeSheetFile = (sheet: ExportSheet, sheetName: string) =>
  writeWorkbookFile([{ sheet, name: sheetName }])
