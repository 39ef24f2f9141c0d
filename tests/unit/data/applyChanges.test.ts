import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyChanges, writeTables } from '../../../renderer/data/applyChanges'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { StaleEditError } from '../../../renderer/data/errors'
import { changesOf } from '../../../renderer/data/history'
import { readVersionVector } from '../../../renderer/data/installation'
import { createRecord, editRecord } from '../../../renderer/data/writePath'
import { KINDS } from '../../../shared/kinds'
import type { RecordChange } from '../../../shared/records/recordChange'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => db.delete())

const contact = (name: string) => ({ ...KINDS.contact.empty(), name, phone: '022-1234' })
const REMOTE = '01JREMOTE0000000000000000B'
// Seconds from now on the other PC (negative: changes made there before this test ran).
const BASE = Date.now()
const remoteHlc = (second: number) =>
  `${new Date(BASE + second * 1000).toISOString()}-0000-${REMOTE}`
const stamp = (second: number) => ({
  hlc: remoteHlc(second),
  deviceId: REMOTE,
  user: '王芳',
  at: 1,
})

describe('applyChanges', () => {
  it('keeps both edits when two windows change different fields of one record', async () => {
    const row = await createRecord(db, 'contact', contact('张三'))
    // Both windows loaded the same record.
    await editRecord(db, 'contact', row.id, row, { ...row, title: '处长' })
    const second = await editRecord(db, 'contact', row.id, row, { ...row, phone: '022-9999' })
    expect(second).toMatchObject({ title: '处长', phone: '022-9999' })
  })

  it('never overwrites silently a field another window saved since the form loaded it', async () => {
    const row = await createRecord(db, 'contact', contact('张三'))
    await editRecord(db, 'contact', row.id, row, { ...row, phone: '022-0000' })
    const error = await editRecord(db, 'contact', row.id, row, { ...row, phone: '022-9999' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(StaleEditError)
    expect((error as StaleEditError).fields).toEqual([
      { field: 'phone', expected: '022-1234', current: '022-0000', mine: '022-9999' },
    ])
    expect((await db.records('contact').get(row.id))?.phone).toBe('022-0000')
  })

  it('tells listeners once per batch, after the outermost transaction commits', async () => {
    const heard: string[] = []
    db.changeFeed.subscribe((change) => heard.push(`${change.kind}:${String(change.ids.length)}`))
    await db.transaction('rw', writeTables(db, ['contact']), async () => {
      await createRecord(db, 'contact', contact('甲'))
      await createRecord(db, 'contact', contact('乙'))
      expect(heard).toEqual([])
    })
    expect(heard).toEqual(['contact:1', 'contact:1'])
  })

  it('applies a package once: the same changes again change nothing', async () => {
    const changes: RecordChange[] = [
      { kind: 'contact', id: 'c-remote', op: 'create', fields: contact('远方'), stamp: stamp(1) },
      { kind: 'contact', id: 'c-remote', op: 'update', fields: { title: '科长' }, stamp: stamp(2) },
    ]
    const first = await applyChanges(db, changes, { origin: 'package' })
    expect(first).toMatchObject({ applied: 2, skipped: 0 })
    const logged = await db.changes.count()
    const again = await applyChanges(db, [...changes].reverse(), { origin: 'package' })
    expect(again).toMatchObject({ applied: 0, skipped: 2 })
    expect(await db.changes.count()).toBe(logged)
    expect(await db.records('contact').get('c-remote')).toMatchObject({
      name: '远方',
      title: '科长',
    })
    expect((await readVersionVector(db))[REMOTE]).toBe(remoteHlc(2))
    // The log keeps the remote change's own stamp and says where it came from.
    expect(
      (await changesOf(db, 'contact', 'c-remote')).map((e) => [e.hlc, e.origin, e.user]),
    ).toEqual([
      [remoteHlc(1), 'package', '王芳'],
      [remoteHlc(2), 'package', '王芳'],
    ])
  })

  it('lists a change from elsewhere that cannot merge, and applies the rest of the batch', async () => {
    const row = await createRecord(db, 'contact', contact('张三'))
    const result = await applyChanges(
      db,
      [
        { kind: 'contact', id: row.id, op: 'update', fields: { name: '' }, stamp: stamp(5) },
        { kind: 'contact', id: 'c-new', op: 'create', fields: contact('李四'), stamp: stamp(6) },
      ],
      { origin: 'package' },
    )
    expect(result.applied).toBe(1)
    expect(result.conflicts).toEqual([
      {
        kind: 'contact',
        recordId: row.id,
        hlc: remoteHlc(5),
        reason: '合并后的记录不符合要求：请填写姓名',
      },
    ])
    expect(await db.conflicts.count()).toBe(1)
    expect((await db.records('contact').get(row.id))?.name).toBe('张三')
    expect((await db.records('contact').get('c-new'))?.name).toBe('李四')
  })

  it('lets a newer local edit win over an older change from elsewhere, field by field', async () => {
    const row = await createRecord(db, 'contact', contact('张三'))
    // Elsewhere, someone edited the record just after it was created…
    const elsewhere = row.hlc.replace(/-[0-9A-F]{4}-[0-9A-Za-z]+$/, `-0001-${REMOTE}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
    // …and here, a little later, the title was changed.
    await editRecord(db, 'contact', row.id, row, { ...row, title: '处长' })
    await applyChanges(
      db,
      [
        {
          kind: 'contact',
          id: row.id,
          op: 'update',
          fields: { title: '科员', department: '保护处' },
          stamp: { hlc: elsewhere, deviceId: REMOTE, user: '王芳', at: 1 },
        },
      ],
      { origin: 'package' },
    )
    expect(await db.records('contact').get(row.id)).toMatchObject({
      title: '处长',
      department: '保护处',
    })
  })
})
