import { describe, expect, it } from 'vitest'
import {
  sheetReplySchema,
  sheetRequestSchema,
} from '../../../renderer/records/excel/sheetWorkerProtocol'

describe('messages between the import dialog and the sheet worker', () => {
  it('takes rows of cells as they arrive from the worker, dates included', () => {
    const reply = structuredClone({
      type: 'rows',
      rows: [['天津甲公司', 7, true, new Date(2023, 2, 15), null]],
    })
    expect(sheetReplySchema.parse(reply)).toEqual(reply)
  })

  it('refuses anything else', () => {
    for (const message of [
      { type: 'rows', rows: [[{ toString: 'x' }]] },
      { type: 'rows', rows: [[undefined]] },
      { type: 'done', issues: [{ row: 0, column: null, ref: 'A0', message: '…' }] },
      { type: 'progress', fraction: 2, rows: 0 },
      { type: 'eval', code: 'alert(1)' },
      'done',
    ]) {
      expect(sheetReplySchema.safeParse(message).success).toBe(false)
    }
    expect(sheetRequestSchema.safeParse({ bytes: new Uint8Array(4) }).success).toBe(false)
    expect(sheetRequestSchema.safeParse({ bytes: new ArrayBuffer(4) }).success).toBe(true)
  })
})
