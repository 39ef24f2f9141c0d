import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addChild } from '../../../renderer/data/children'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import {
  documentsFrom,
  nextMinutesIssue,
  saveDocument,
} from '../../../renderer/data/documentRegister'
import { recordWithChildren } from '../../../renderer/data/recordWithChildren'
import { createRecord, deleteRecords } from '../../../renderer/data/writePath'
import { KINDS } from '../../../shared/kinds'
import { referenceKey } from '../../../shared/kinds/display'
import { encodeParty } from '../../../shared/kinds/parties'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => db.delete())

describe('a record with its children', () => {
  it('reads the record, its live children in order, and the titles they refer to', async () => {
    const company = await createRecord(db, 'enterprise', {
      ...KINDS.enterprise.empty(),
      name: '天津海河智能科技有限公司',
    })
    const contact = await createRecord(db, 'contact', { ...KINDS.contact.empty(), name: '王芳' })
    const item = (content: string, handledBy: string[] = []) => ({
      ...KINDS.followUp.empty(),
      content,
      handledBy,
    })
    await addChild(
      db,
      'followUp',
      company.id,
      item('一', [encodeParty({ kind: 'contact', id: contact.id })]),
    )
    const gone = await addChild(db, 'followUp', company.id, item('二'))
    await addChild(db, 'followUp', company.id, item('三'))
    await deleteRecords(db, 'followUp', [gone.id])

    const read = await recordWithChildren(db, 'enterprise', company.id)
    expect(read?.record.name).toBe('天津海河智能科技有限公司')
    expect(read?.children.followUp?.map((row) => row.content)).toEqual(['一', '三'])
    expect(read?.titles.get(referenceKey('contact', contact.id))).toBe('王芳')
  })

  it('is undefined for a deleted record', async () => {
    const company = await createRecord(db, 'enterprise', {
      ...KINDS.enterprise.empty(),
      name: '甲',
    })
    await deleteRecords(db, 'enterprise', [company.id])
    expect(await recordWithChildren(db, 'enterprise', company.id)).toBeUndefined()
  })
})

describe('documents from a record', () => {
  const input = (title: string, sourceId: string) => ({
    title,
    documentNumber: '',
    format: 'letter' as const,
    date: '2026-12-07',
    status: 'draft' as const,
    definition: '{}',
    sourceKind: 'enterprise',
    sourceId,
  })

  it('are found by the source id, live ones only', async () => {
    const kept = await saveDocument(db, undefined, input('关于甲的函', 'e1'))
    const removed = await saveDocument(db, undefined, input('关于甲的另一函', 'e1'))
    await saveDocument(db, undefined, input('关于乙的函', 'e2'))
    await deleteRecords(db, 'document', [removed.id])
    expect((await documentsFrom(db, 'e1')).map((row) => row.id)).toEqual([kept.id])
  })

  it('allocate the next 期号 of a 纪要 series, counting deleted ones, apart per mark and year', async () => {
    const minutesOf = (mark: string, issue: string, date: string) => ({
      ...input(`${mark}${issue}`, ''),
      format: 'minutes' as const,
      documentNumber: issue,
      date,
      definition: JSON.stringify({ markText: mark }),
    })
    expect(await nextMinutesIssue(db, { mark: '会商会纪要', year: 2026 })).toBe(1)
    await saveDocument(db, undefined, minutesOf('会商会纪要', '第1期', '2026-03-02'))
    const second = await saveDocument(db, undefined, minutesOf('会商会纪要', '第2期', '2026-06-02'))
    await saveDocument(db, undefined, minutesOf('联席会议纪要', '第7期', '2026-06-02'))
    await saveDocument(db, undefined, minutesOf('会商会纪要', '第9期', '2025-12-02'))
    await deleteRecords(db, 'document', [second.id])
    expect(await nextMinutesIssue(db, { mark: '会商会纪要', year: 2026 })).toBe(3)
    expect(await nextMinutesIssue(db, { mark: '联席会议纪要', year: 2026 })).toBe(8)
    expect(await nextMinutesIssue(db, { mark: '会商会纪要', year: 2027 })).toBe(1)
  })
})
