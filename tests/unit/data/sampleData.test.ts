import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { countRecords } from '../../../renderer/data/queries'
import {
  clearSampleData,
  hasSampleData,
  loadSampleData,
  previewSampleClearing,
} from '../../../renderer/data/sampleData'
import type { StoredRow } from '../../../renderer/data/database'
import { createRecord, editRecord } from '../../../renderer/data/writePath'
import { KINDS, KIND_NAMES } from '../../../shared/kinds'
import { SEED_ORGS } from '../../../shared/reference/organisations'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => db.delete())

describe('reference organisations', () => {
  it('are created once with fixed ids', async () => {
    expect(await countRecords(db, 'org')).toBe(SEED_ORGS.length)
    expect(SEED_ORGS).toHaveLength(34)
    const city = await db.records('org').get('org-city-ip')
    expect(city?.departments).toEqual(['专利管理处', '保护处'])
    expect(await db.records('org').get('org-binhai-federation')).toMatchObject({
      name: '滨海新区工商业联合会',
    })
  })
})

describe('示例数据', () => {
  it('fills every kind, marked as samples, and clearing removes exactly them', async () => {
    const real = await createRecord(db, 'enterprise', {
      ...KINDS.enterprise.empty(),
      name: '真实企业有限公司',
    })
    const changesBefore = await db.changes.count()
    const counts = await loadSampleData(db)
    expect(counts.enterprise).toBe(60)
    expect(counts.contact).toBeGreaterThan(8)
    expect(await hasSampleData(db)).toBe(true)
    let samples = 0
    for (const kind of KIND_NAMES) {
      const count = await db.records(kind).where('sample').equals(1).count()
      expect(count, kind).toBeGreaterThan(0)
      samples += count
    }
    expect(counts.meeting).toBe(await db.records('meeting').count())
    expect(counts.actionItem).toBe(await db.records('actionItem').count())
    await expect(loadSampleData(db)).rejects.toThrow('示例数据已加载')

    const { removed, kept } = await clearSampleData(db)
    expect(counts.document).toBeGreaterThan(3)
    expect(kept).toEqual([])
    expect(removed).toBe(samples)
    expect(await hasSampleData(db)).toBe(false)
    expect(await countRecords(db, 'enterprise')).toBe(1)
    expect(await db.records('enterprise').get(real.id)).toBeDefined()
    expect(await countRecords(db, 'org')).toBe(SEED_ORGS.length)
    expect(await db.changes.count()).toBe(changesBefore)
  })

  it('keeps the samples someone edited or a real record refers to, with their parents and children, and says why', async () => {
    await loadSampleData(db)
    const meeting = (await db.records('meeting').where('sample').equals(1).first()) as StoredRow
    await editRecord(db, 'meeting', meeting.id, meeting, { ...meeting, location: '改到二楼会议室' })
    const sampleOrg = (await db.records('org').where('sample').equals(1).first()) as StoredRow
    const contact = await createRecord(db, 'contact', {
      ...KINDS.contact.empty(),
      name: '真实联系人',
      orgId: sampleOrg.id,
    })

    const preview = await previewSampleClearing(db)
    const reasons = new Map(preview.keep.map((sample) => [sample.id, sample.reason]))
    expect(reasons.get(meeting.id)).toBe('已被修改')
    expect(reasons.get(sampleOrg.id)).toBe('被联系人“真实联系人”引用')
    const agenda = await db.records('agendaItem').where('parentId').equals(meeting.id).toArray()
    expect(agenda.length).toBeGreaterThan(0)
    for (const item of agenda) expect(reasons.get(item.id)).toBe('属于保留的会议')

    const { removed, kept } = await clearSampleData(db)
    expect(removed).toBe(preview.remove)
    expect(kept.length).toBe(preview.keep.length)
    expect((await db.records('meeting').get(meeting.id))?.location).toBe('改到二楼会议室')
    expect(await db.records('org').get(sampleOrg.id)).toBeDefined()
    expect((await db.records('contact').get(contact.id))?.orgId).toBe(sampleOrg.id)
    // What was kept is the user's now: no longer 示例.
    expect(await hasSampleData(db)).toBe(false)
  })
})
