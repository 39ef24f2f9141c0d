import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { countRecords, listRecords } from '../../../renderer/data/queries'
import { createRecords, deleteRecords } from '../../../renderer/data/writePath'
import { KINDS } from '../../../shared/kinds'
import type { Enterprise } from '../../../shared/kinds/enterprise'
import { SeededRandom } from '../../../shared/samples/random'
import { sampleEnterprises } from '../../../shared/samples/enterprises'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase
let all: Enterprise[]

beforeEach(async () => {
  db = await openTestDatabase()
  all = sampleEnterprises(new SeededRandom(42), 2600)
  await createRecords(db, 'enterprise', all)
})
afterEach(() => db.delete())

const names = (rows: readonly { name: string }[]) => rows.map((r) => r.name)

describe('listing enterprises through indexes', () => {
  it('pages through all records in 拼音 order without gaps or repeats', async () => {
    const seen: string[] = []
    let total = 0
    for (let offset = 0; offset < 2600; offset += 500) {
      const page = await listRecords(db, 'enterprise', {
        offset,
        limit: 500,
        sort: { field: 'name', direction: 'asc' },
      })
      total = page.total
      seen.push(...names(page.rows))
    }
    expect(total).toBe(2600)
    expect(new Set(seen).size).toBe(2600)
    const keys = await Promise.all(
      seen
        .slice(0, 50)
        .map(
          async (name) =>
            (await db.records('enterprise').where('name').equals(name).first())?.sortKey ?? '',
        ),
    )
    expect([...keys].sort()).toEqual(keys)
  })

  it('filters by several fields (any of the values within one filter)', async () => {
    const page = await listRecords(db, 'enterprise', {
      offset: 0,
      limit: 5000,
      filters: { district: ['河西区', '南开区'], scale: ['中型'] },
    })
    const expected = all.filter(
      (e) => ['河西区', '南开区'].includes(e.district) && e.scale === '中型',
    )
    expect(page.total).toBe(expected.length)
    expect(new Set(names(page.rows))).toEqual(new Set(names(expected)))
  })

  it('filters by a tag (multi-entry index)', async () => {
    const page = await listRecords(db, 'enterprise', {
      offset: 0,
      limit: 5000,
      filters: { tags: ['商会会员'] },
    })
    expect(page.total).toBe(all.filter((e) => e.tags.includes('商会会员')).length)
    expect(page.total).toBeGreaterThan(0)
  })

  it('finds part of a name or of a code', async () => {
    const target = all[1234] as Enterprise
    const byName = await listRecords(db, 'enterprise', {
      offset: 0,
      limit: 50,
      search: target.name.slice(2, 6),
    })
    expect(names(byName.rows)).toContain(target.name)
    expect(byName.rows.every((r) => r.name.includes(target.name.slice(2, 6)))).toBe(true)
    const byCode = await listRecords(db, 'enterprise', {
      offset: 0,
      limit: 50,
      search: target.creditCode.slice(8, 16).toLowerCase(),
    })
    expect(names(byCode.rows)).toEqual([target.name])
  })

  it('hides deleted records from lists, counts and search', async () => {
    const page = await listRecords(db, 'enterprise', { offset: 0, limit: 3 })
    const victim = page.rows[0]
    if (!victim) throw new Error('no rows')
    await deleteRecords(db, 'enterprise', [victim.id])
    expect(await countRecords(db, 'enterprise')).toBe(2599)
    const after = await listRecords(db, 'enterprise', { offset: 0, limit: 3000 })
    expect(after.total).toBe(2599)
    expect(after.rows.map((r) => r.id)).not.toContain(victim.id)
    const search = await listRecords(db, 'enterprise', {
      offset: 0,
      limit: 10,
      search: victim.creditCode,
    })
    expect(search.total).toBe(0)
  })

  it('sees a new record at once (the order cache is dropped on write)', async () => {
    await listRecords(db, 'enterprise', { offset: 0, limit: 10 })
    await createRecords(db, 'enterprise', [
      { ...KINDS.enterprise.empty(), name: '天津最新创建有限公司' },
    ])
    const page = await listRecords(db, 'enterprise', { offset: 0, limit: 1 })
    expect(page.rows[0]?.name).toBe('天津最新创建有限公司')
    expect(page.total).toBe(2601)
  })

  it('sorts a small filtered set descending', async () => {
    const page = await listRecords(db, 'enterprise', {
      offset: 0,
      limit: 100,
      filters: { district: ['蓟州区'] },
      sort: { field: 'inventionPatents', direction: 'desc' },
    })
    const counts = page.rows.map((r) => r.inventionPatents)
    expect([...counts].sort((a, b) => b - a)).toEqual(counts)
  })
})
