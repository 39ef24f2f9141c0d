import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { countByValues } from '../../../renderer/data/queries'
import { searchRecords, shareSlots, type KindSearchResults } from '../../../renderer/data/search'
import { createRecord, createRecords, deleteRecords } from '../../../renderer/data/writePath'
import { DISTRICTS } from '../../../shared/reference/districts'
import { openTestDatabase, OTHER_VALID_CODE, VALID_CODE } from './testDatabase'

let db: XiezhiDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => db.delete())

describe('the search across kinds', () => {
  it("names a contact's 单位 in its line", async () => {
    await createRecord(db, 'contact', {
      name: '王协知',
      orgId: 'org-city-ip',
      department: '专利管理处',
      title: '科长',
    })
    const results = await searchRecords(db, '王协知', ['enterprise', 'contact'], 20)
    const contacts = results.find((r) => r.kind === 'contact')
    expect(contacts?.total).toBe(1)
    expect(contacts?.hits[0]?.subtitle).toBe('天津市知识产权局 · 专利管理处 · 科长')
    expect(results.find((r) => r.kind === 'enterprise')?.total).toBe(0)
  })

  it('counts every match while reading only the first ones', async () => {
    await createRecords(
      db,
      'enterprise',
      Array.from({ length: 30 }, (_, i) => ({ name: `天津协知测试${String(i)}号有限公司` })),
    )
    const [enterprises] = await searchRecords(db, '协知测试', ['enterprise'], 20)
    expect(enterprises?.total).toBe(30)
    expect(enterprises?.hits).toHaveLength(20)
  })
})

describe('sharing the 20 places of the top bar between kinds', () => {
  const results = (kind: 'enterprise' | 'org' | 'contact', n: number): KindSearchResults => ({
    kind,
    total: n,
    hits: Array.from({ length: Math.min(n, 20) }, (_, i) => ({
      kind,
      id: `${kind}${String(i)}`,
      title: '',
      subtitle: '',
    })),
  })

  it('gives every kind its turn, and all places to the kinds that have matches', () => {
    const shared = shareSlots(
      [results('enterprise', 500), results('org', 3), results('contact', 40)],
      20,
    )
    expect(shared).toHaveLength(20)
    expect(shared.filter((h) => h.kind === 'org')).toHaveLength(3)
    expect(shared.filter((h) => h.kind === 'enterprise')).toHaveLength(9)
    expect(shared.filter((h) => h.kind === 'contact')).toHaveLength(8)
    // Grouped by kind, in the kinds' order.
    expect(shared.map((h) => h.kind)).toEqual(
      [...shared.map((h) => h.kind)].sort(
        (a, b) =>
          ['enterprise', 'org', 'contact'].indexOf(a) - ['enterprise', 'org', 'contact'].indexOf(b),
      ),
    )
    expect(shareSlots([results('enterprise', 7)], 20)).toHaveLength(7)
  })
})

describe('enterprises per district', () => {
  it('counts those without a district as others (未填写), deleted ones nowhere', async () => {
    const [, gone] = await createRecords(db, 'enterprise', [
      { name: '天津甲有限公司', district: '河西区', creditCode: VALID_CODE },
      { name: '天津乙有限公司', district: '河西区', creditCode: OTHER_VALID_CODE },
      { name: '天津丙有限公司', district: '' },
      { name: '天津丁有限公司' },
      { name: '天津戊有限公司', district: '和平区' },
    ])
    await deleteRecords(db, 'enterprise', [gone?.id ?? ''])
    const { counts, others } = await countByValues(db, 'enterprise', 'district', DISTRICTS)
    expect(counts.get('河西区')).toBe(1)
    expect(counts.get('和平区')).toBe(1)
    expect(counts.get('南开区')).toBe(0)
    expect(others).toBe(2)
  })
})

describe('searching a list of items', () => {
  it('finds a visit by the words of one of its 企业诉求', async () => {
    const survey = await createRecord(db, 'survey', { title: '滨海新区走访' })
    await createRecord(db, 'visit', {
      parentId: survey.id,
      enterpriseName: '天津诉求检索有限公司',
      visitedOn: '2026-12-01',
      demands: [{ id: 'd1', text: '希望对接知识产权质押融资银行。', ipType: '专利' }],
    })
    const [visits] = await searchRecords(db, '质押融资', ['visit'], 20)
    expect(visits?.hits.map((hit) => hit.title)).toEqual(['天津诉求检索有限公司'])
  })
})
