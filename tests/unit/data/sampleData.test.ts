import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { countRecords } from '../../../renderer/data/queries'
import { clearSampleData, hasSampleData, loadSampleData } from '../../../renderer/data/sampleData'
import { createRecord } from '../../../renderer/data/writePath'
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

    const removed = await clearSampleData(db)
    expect(counts.document).toBeGreaterThan(3)
    expect(removed).toBe(samples)
    expect(await hasSampleData(db)).toBe(false)
    expect(await countRecords(db, 'enterprise')).toBe(1)
    expect(await db.records('enterprise').get(real.id)).toBeDefined()
    expect(await countRecords(db, 'org')).toBe(SEED_ORGS.length)
    expect(await db.changes.count()).toBe(changesBefore)
  })
})
