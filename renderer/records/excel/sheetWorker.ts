/**
 * Reads an .xlsx file off the UI thread: a hostile file (a zip bomb, a value at XFD1048576)
 * costs this worker, never the page, and 取消 simply terminates it. The reading itself is the
 * pure reader in shared/excel/reader, which refuses such files by its caps.
 */
import { readSheet } from '../../../shared/excel/reader/readSheet'
import { SheetReadError } from '../../../shared/excel/reader/sheetReadError'
import { ROWS_PER_MESSAGE, sheetRequestSchema, type SheetReply } from './sheetWorkerProtocol'

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null
  postMessage(message: SheetReply): void
}

const scope = self as unknown as WorkerScope
const UNREADABLE = '无法读取该文件：它可能已损坏，或不是 Excel 工作簿'
const PROGRESS_INTERVAL_MS = 100

scope.onmessage = (event) => {
  const request = sheetRequestSchema.safeParse(event.data)
  if (!request.success) {
    scope.postMessage({ type: 'error', message: UNREADABLE })
    return
  }
  try {
    let last = 0
    const contents = readSheet(new Uint8Array(request.data.bytes), {
      onProgress: ({ fraction, rows }) => {
        const now = performance.now()
        if (now - last < PROGRESS_INTERVAL_MS) return
        last = now
        scope.postMessage({ type: 'progress', fraction, rows })
      },
    })
    for (let i = 0; i < contents.rows.length; i += ROWS_PER_MESSAGE) {
      scope.postMessage({ type: 'rows', rows: contents.rows.slice(i, i + ROWS_PER_MESSAGE) })
    }
    scope.postMessage({ type: 'done', issues: [...contents.issues] })
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof SheetReadError ? error.message : UNREADABLE,
    })
  }
}
