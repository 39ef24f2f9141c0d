import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import {
  listSeries,
  numberProblem,
  peekNextNumber,
  reserveNumbers,
  rewriteWithNewNumber,
  saveDocument,
  seriesRows,
  setDocumentStatus,
  type DocumentInput,
} from '../../../renderer/data/documentRegister'
import { RecordValidationError } from '../../../renderer/data/errors'
import { deleteRecords } from '../../../renderer/data/writePath'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => db.delete())

const doc = (documentNumber: string, overrides: Partial<DocumentInput> = {}): DocumentInput => ({
  title: '关于测试的通知',
  documentNumber,
  format: 'file',
  date: '2026-03-23',
  status: 'used',
  definition: '{}',
  ...overrides,
})

describe('发文登记', () => {
  it('reserves numbers per prefix and year, one after another', async () => {
    const first = await reserveNumbers(db, { prefix: '津知发', year: 2026, count: 2 })
    expect(first.map((r) => r.documentNumber)).toEqual(['津知发〔2026〕1号', '津知发〔2026〕2号'])
    expect(first.every((r) => r.status === 'reserved')).toBe(true)
    const other = await reserveNumbers(db, { prefix: '津知函', year: 2026, count: 1 })
    expect(other[0]?.documentNumber).toBe('津知函〔2026〕1号')
    const nextYear = await reserveNumbers(db, { prefix: '津知发', year: 2027, count: 1 })
    expect(nextYear[0]?.documentNumber).toBe('津知发〔2027〕1号')
    expect(await peekNextNumber(db, { prefix: '津知发', year: 2026 })).toBe('津知发〔2026〕3号')
    expect(await listSeries(db)).toEqual([
      { prefix: '津知函', year: 2026 },
      { prefix: '津知发', year: 2026 },
      { prefix: '津知发', year: 2027 },
    ])
  })

  it('never gives a deleted entry’s number again, and refuses it when typed', async () => {
    const saved = await saveDocument(db, undefined, doc('津知发[2026]1号'))
    expect(saved).toMatchObject({
      documentNumber: '津知发〔2026〕1号',
      prefix: '津知发',
      year: 2026,
      sequence: 1,
    })
    await deleteRecords(db, 'document', [saved.id])
    expect(await peekNextNumber(db, { prefix: '津知发', year: 2026 })).toBe('津知发〔2026〕2号')
    const error = await saveDocument(db, undefined, doc('津知发〔2026〕1号')).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(RecordValidationError)
    expect((error as RecordValidationError).issues[0]).toMatchObject({
      path: 'documentNumber',
      message: expect.stringContaining('号码不再重复使用') as unknown,
    })
    const [reserved] = await reserveNumbers(db, { prefix: '津知发', year: 2026, count: 1 })
    expect(reserved?.sequence).toBe(2)
  })

  it('lets an entry keep its own number when saved again', async () => {
    const [reserved] = await reserveNumbers(db, { prefix: '津知发', year: 2026, count: 1 })
    if (!reserved) throw new Error('no entry')
    const used = await saveDocument(
      db,
      reserved.id,
      doc(reserved.documentNumber, { status: 'used' }),
    )
    expect(used.status).toBe('used')
    expect(used.id).toBe(reserved.id)
    const voided = await setDocumentStatus(db, used.id, 'void')
    expect(voided.status).toBe('void')
  })

  it('registers unnumbered documents and 纪要 期号 outside any series', async () => {
    await saveDocument(db, undefined, doc('', { status: 'draft' }))
    await saveDocument(db, undefined, doc('第3期', { format: 'minutes' }))
    await saveDocument(db, undefined, doc('第3期', { format: 'minutes' }))
    expect(await seriesRows(db, { prefix: '', year: 0 })).toHaveLength(3)
  })

  it('refuses a malformed number with the Chinese rule', async () => {
    const error = await saveDocument(db, undefined, doc('津知发〔2026〕05号')).catch(
      (e: unknown) => e,
    )
    expect((error as RecordValidationError).issues.map((i) => i.message)).toContain(
      '发文字号的序号不编虚位，应为〔2026〕5号',
    )
    await expect(reserveNumbers(db, { prefix: '', year: 2026, count: 1 })).rejects.toThrow(
      '机关代字',
    )
    await expect(reserveNumbers(db, { prefix: '津知发', year: 26, count: 1 })).rejects.toThrow(
      '年份',
    )
  })

  it('says why a number is refused before anything is saved', async () => {
    const [reserved] = await reserveNumbers(db, { prefix: '津知发', year: 2026, count: 1 })
    expect(await numberProblem(db, undefined, '津知发〔2026〕1号', 'file')).toBe(
      '发文字号 津知发〔2026〕1号 已预留；要用这个号，请在发文登记中该号一行点“撰写”',
    )
    // The reservation's own entry may use it, and a free number or a 纪要's 期号 is no problem.
    expect(await numberProblem(db, reserved?.id, '津知发〔2026〕1号', 'file')).toBeUndefined()
    expect(await numberProblem(db, undefined, '津知发〔2026〕2号', 'file')).toBeUndefined()
    expect(await numberProblem(db, undefined, '第1期', 'minutes')).toBeUndefined()
  })

  it('never writes on a voided number: the entry is refused, and a new number replaces it', async () => {
    const written = await saveDocument(
      db,
      undefined,
      doc('津知发〔2026〕4号', {
        status: 'draft',
        definition: JSON.stringify({
          title: '关于测试的通知',
          documentNumber: '津知发〔2026〕4号',
        }),
      }),
    )
    await setDocumentStatus(db, written.id, 'void')
    await expect(
      saveDocument(db, written.id, doc('津知发〔2026〕4号', { status: 'used' })),
    ).rejects.toThrow(/已作废，不再使用/)
    await expect(
      saveDocument(db, written.id, doc('津知发〔2026〕9号', { status: 'draft' })),
    ).rejects.toThrow(/作废的登记不能改号/)

    const replacement = await rewriteWithNewNumber(db, written.id)
    expect(replacement).toMatchObject({
      documentNumber: '津知发〔2026〕5号',
      status: 'draft',
      title: '关于测试的通知',
    })
    expect(JSON.parse(replacement.definition)).toEqual({
      title: '关于测试的通知',
      documentNumber: '津知发〔2026〕5号',
    })
    const rows = await seriesRows(db, { prefix: '津知发', year: 2026 })
    expect(rows.find((row) => row.id === written.id)?.status).toBe('void')
    // Only a voided number is replaced.
    await expect(rewriteWithNewNumber(db, replacement.id)).rejects.toThrow(RecordValidationError)
  })
})
