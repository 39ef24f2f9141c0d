import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import {
  DuplicateRecordError,
  RecordNotFoundError,
  RecordValidationError,
} from '../../../renderer/data/errors'
import { changesOf } from '../../../renderer/data/history'
import { saveSettings } from '../../../renderer/data/installation'
import {
  createRecord,
  createRecords,
  deleteRecords,
  restoreRecords,
  editRecord,
  updateFields,
} from '../../../renderer/data/writePath'
import { parseHlc } from '../../../shared/domain/hlc'
import { KINDS } from '../../../shared/kinds'
import { OTHER_VALID_CODE, VALID_CODE, openTestDatabase } from './testDatabase'

let db: XiezhiDatabase

beforeEach(async () => {
  db = await openTestDatabase()
  await saveSettings(db, { userName: '李明' })
})
afterEach(() => db.delete())

const enterprise = (overrides: Record<string, unknown> = {}) => ({
  ...KINDS.enterprise.empty(),
  name: '天津华泰科技有限公司',
  creditCode: VALID_CODE,
  district: '河西区',
  ...overrides,
})

describe('the write path', () => {
  it('stamps a created record and logs every field', async () => {
    const row = await createRecord(
      db,
      'enterprise',
      enterprise({ creditCode: ' 91110000100006485k ' }),
    )
    expect(row.id).toMatch(/^[0-9A-Z]{26}$/)
    expect(row.creditCode).toBe(OTHER_VALID_CODE)
    expect(row.createdAt).toBe(row.updatedAt)
    expect(row.deletedAt).toBeUndefined()
    const deviceId = (await db.meta.get('deviceId'))?.value
    expect(row.deviceId).toBe(deviceId)
    expect(parseHlc(row.hlc).node).toBe(deviceId)
    expect(row.searchTokens).toContain('华泰')
    expect(row.sortKey.startsWith('tian')).toBe(true)

    const entries = await changesOf(db, 'enterprise', row.id)
    expect(entries).toHaveLength(1)
    const [entry] = entries
    expect(entry?.op).toBe('create')
    expect(entry?.user).toBe('李明')
    expect(entry?.hlc).toBe(row.hlc)
    expect(entry?.changes.find((c) => c.field === 'name')).toEqual({
      field: 'name',
      old: undefined,
      new: '天津华泰科技有限公司',
    })
  })

  it('refuses invalid data with Chinese messages and writes nothing', async () => {
    const before = await db.changes.count()
    const error = await createRecord(
      db,
      'enterprise',
      enterprise({ name: ' ', creditCode: '914403001922038217' }),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RecordValidationError)
    const issues = (error as RecordValidationError).issues
    expect(issues).toContainEqual({ path: 'name', message: '请填写企业名称' })
    expect(issues).toContainEqual({
      path: 'creditCode',
      message: '统一社会信用代码校验位不正确，请核对',
    })
    expect(await db.records('enterprise').count()).toBe(0)
    expect(await db.changes.count()).toBe(before)
  })

  it('refuses a code already in the registry, naming the existing enterprise', async () => {
    const first = await createRecord(db, 'enterprise', enterprise())
    const error = await createRecord(db, 'enterprise', enterprise({ name: '另一家公司' })).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(DuplicateRecordError)
    expect((error as DuplicateRecordError).existingId).toBe(first.id)
    expect((error as DuplicateRecordError).existingTitle).toBe('天津华泰科技有限公司')
  })

  it('logs only the fields an update changed, with old and new values, in HLC order', async () => {
    const row = await createRecord(db, 'enterprise', enterprise())
    const updated = await editRecord(db, 'enterprise', row.id, row, {
      ...row,
      district: '南开区',
      tags: ['高新技术企业'],
    })
    expect(updated.district).toBe('南开区')
    expect(updated.hlc > row.hlc).toBe(true)
    expect(updated.createdAt).toBe(row.createdAt)
    const entries = await changesOf(db, 'enterprise', row.id)
    expect(entries.map((e) => e.op)).toEqual(['create', 'update'])
    expect(entries[1]?.changes).toEqual([
      { field: 'district', old: '河西区', new: '南开区' },
      { field: 'tags', old: [], new: ['高新技术企业'] },
    ])
  })

  it('does not log an update that changes nothing', async () => {
    const row = await createRecord(db, 'enterprise', enterprise())
    const same = await editRecord(db, 'enterprise', row.id, row, { ...row, name: ` ${row.name} ` })
    expect(same.hlc).toBe(row.hlc)
    expect(await changesOf(db, 'enterprise', row.id)).toHaveLength(1)
  })

  it('deletes as a tombstone and restores', async () => {
    const row = await createRecord(db, 'enterprise', enterprise())
    await deleteRecords(db, 'enterprise', [row.id])
    const tombstone = await db.records('enterprise').get(row.id)
    expect(tombstone?.deletedAt).toBeTypeOf('number')
    expect(tombstone?.name).toBe('天津华泰科技有限公司')
    await expect(updateFields(db, 'enterprise', row.id, { name: '改名' })).rejects.toBeInstanceOf(
      RecordNotFoundError,
    )
    // A deleted enterprise's code is free again…
    const replacement = await createRecord(db, 'enterprise', enterprise({ name: '新公司' }))
    // …so restoring the old one would duplicate it: refused.
    await expect(restoreRecords(db, 'enterprise', [row.id])).rejects.toBeInstanceOf(
      DuplicateRecordError,
    )
    await deleteRecords(db, 'enterprise', [replacement.id])
    await restoreRecords(db, 'enterprise', [row.id])
    expect((await db.records('enterprise').get(row.id))?.deletedAt).toBeUndefined()
    const ops = (await changesOf(db, 'enterprise', row.id)).map((e) => e.op)
    expect(ops).toEqual(['create', 'delete', 'restore'])
  })

  it('creates a batch all or nothing, refusing duplicates within it', async () => {
    await expect(
      createRecords(db, 'enterprise', [enterprise(), enterprise({ name: '乙公司' })]),
    ).rejects.toThrow(/第2条与第1条重复/)
    expect(await db.records('enterprise').count()).toBe(0)
    const rows = await createRecords(db, 'enterprise', [
      enterprise(),
      enterprise({ name: '乙公司', creditCode: OTHER_VALID_CODE }),
    ])
    expect(new Set(rows.map((r) => r.hlc)).size).toBe(2)
  })

  it('keeps HLCs increasing even when the PC clock goes back', async () => {
    const realNow = Date.now
    try {
      const a = await createRecord(db, 'contact', { ...KINDS.contact.empty(), name: '甲' })
      Date.now = () => realNow() - 3_600_000
      const b = await createRecord(db, 'contact', { ...KINDS.contact.empty(), name: '乙' })
      expect(b.hlc > a.hlc).toBe(true)
    } finally {
      Date.now = realNow
    }
  })

  it('notifies the change feed after commit', async () => {
    const seen: string[] = []
    db.changeFeed.subscribe((change) => seen.push(change.kind))
    await createRecord(db, 'contact', { ...KINDS.contact.empty(), name: '王芳' })
    expect(seen).toEqual(['contact'])
  })
})
