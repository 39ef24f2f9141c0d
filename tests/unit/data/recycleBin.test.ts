import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addChild, listChildren } from '../../../renderer/data/children'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { deletedRecords } from '../../../renderer/data/recycleBin'
import { createRecord, deleteRecords, restoreRecords } from '../../../renderer/data/writePath'
import { KINDS } from '../../../shared/kinds'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => db.delete())

const agenda = (title: string) => ({ ...KINDS.agendaItem.empty(), title })

describe('回收站', () => {
  it('lists deletions newest first, a child deleted alone with its parent, not those deleted with it', async () => {
    const meeting = await createRecord(db, 'meeting', {
      ...KINDS.meeting.empty(),
      name: '联席会议',
    })
    await addChild(db, 'agendaItem', meeting.id, agenda('研究联合执法'))
    const removed = await addChild(db, 'agendaItem', meeting.id, agenda('通报调研情况'))
    await deleteRecords(db, 'agendaItem', [removed.id])
    const org = await createRecord(db, 'org', { ...KINDS.org.empty(), name: '天津市测试局' })
    await deleteRecords(db, 'org', [org.id])

    let bin = await deletedRecords(db, { offset: 0, limit: 10 })
    expect(bin.rows.map((row) => [row.kind, row.title, row.parentTitle])).toEqual([
      ['org', '天津市测试局', undefined],
      ['agendaItem', '通报调研情况', '联席会议'],
    ])
    expect(bin.rows[0]?.deletedBy).toBe('未署名用户')

    await deleteRecords(db, 'meeting', [meeting.id])
    bin = await deletedRecords(db, { kind: 'agendaItem', offset: 0, limit: 10 })
    // Both agenda items went with the meeting (or lost it): they come back with it.
    expect(bin.rows).toEqual([])
    bin = await deletedRecords(db, { kind: 'meeting', offset: 0, limit: 10 })
    expect(bin.rows.map((row) => row.title)).toEqual(['联席会议'])

    await restoreRecords(db, 'meeting', [meeting.id])
    const titles = (await listChildren(db, 'agendaItem', meeting.id)).map((row) => row.title)
    expect(titles).toEqual(['研究联合执法'])
  })

  it('pages through many deletions without repeats', async () => {
    const ids = []
    for (let i = 0; i < 7; i++) {
      ids.push(
        (await createRecord(db, 'org', { ...KINDS.org.empty(), name: `单位${String(i)}` })).id,
      )
    }
    for (const id of ids) await deleteRecords(db, 'org', [id])
    const first = await deletedRecords(db, { offset: 0, limit: 4 })
    const second = await deletedRecords(db, { offset: 4, limit: 4 })
    expect(first.more).toBe(true)
    expect(second.more).toBe(false)
    const seen = [...first.rows, ...second.rows].map((row) => row.title)
    expect(new Set(seen).size).toBe(7)
    expect(seen[0]).toBe('单位6')
  })
})
