import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import {
  countMatching,
  LIST_TUNING,
  listRecords,
  quickPage,
  type ListQuery,
} from '../../../renderer/data/queries'
import { createRecords, deleteRecords } from '../../../renderer/data/writePath'
import { DISTRICTS } from '../../../shared/reference/districts'
import { ENTERPRISE_SCALES } from '../../../shared/reference/enterprise'
import { SeededRandom } from '../../../shared/samples/random'
import { sampleEnterprises } from '../../../shared/samples/enterprises'
import { openTestDatabase } from './testDatabase'

/**
 * A select field sorts by the options its kind declares (所属区 in the official order of the 16
 * districts, 企业规模 大型 → 微型), blank last in either direction, whichever way the list query
 * finds the page: walking the index, reading the whole order, or sorting a few candidates.
 */

let db: XiezhiDatabase
const tuning = { ...LIST_TUNING }

const DISTRICT_CYCLE = [...DISTRICTS, '']
const SCALE_CYCLE = [...ENTERPRISE_SCALES, '']

beforeAll(async () => {
  db = await openTestDatabase()
  const base = sampleEnterprises(new SeededRandom(7), 70)
  await createRecords(
    db,
    'enterprise',
    base.map((e, i) => ({
      ...e,
      district: DISTRICT_CYCLE[(i * 5) % DISTRICT_CYCLE.length] ?? '',
      scale: SCALE_CYCLE[(i * 3) % SCALE_CYCLE.length] ?? '',
    })),
  )
  // A tombstone never shows, whichever way the page is found.
  const first = await listRecords(db, 'enterprise', { offset: 0, limit: 1 })
  await deleteRecords(db, 'enterprise', [first.rows[0]?.id ?? ''])
})
afterAll(() => db.delete())
afterEach(() => Object.assign(LIST_TUNING, tuning))

const METHODS = {
  'walking the index': () => Object.assign(LIST_TUNING, { walkSteps: 1_000_000 }),
  'reading the whole order': () => Object.assign(LIST_TUNING, { walkSteps: 0 }),
  'sorting candidates in memory': () => Object.assign(LIST_TUNING, { smallCandidates: 1_000_000 }),
} as const

/** Every value of `field`, page by page, in list order. */
async function valuesInOrder(query: Omit<ListQuery, 'offset' | 'limit'>, field: string) {
  const values: string[] = []
  for (let offset = 0; ; offset += 9) {
    const page = await listRecords(db, 'enterprise', { ...query, offset, limit: 9 })
    values.push(...page.rows.map((row) => String(row[field])))
    if (page.rows.length < 9) {
      expect(values).toHaveLength(page.total)
      return values
    }
  }
}

/** Declared order, blank last: the expected sequence of values. */
function expected(values: readonly string[], order: readonly string[], direction: 'asc' | 'desc') {
  const ranked = direction === 'asc' ? order : [...order].reverse()
  const rank = (v: string) => (v === '' ? ranked.length : ranked.indexOf(v))
  return [...values].sort((a, b) => rank(a) - rank(b))
}

describe.each(Object.entries(METHODS))('sorting by a select field, %s', (_, setUp) => {
  // In-memory sorting needs candidates: a filter that every record passes.
  const everything = (method: string) =>
    method === 'sorting candidates in memory' ? { filters: { district: DISTRICT_CYCLE } } : {}

  it.each(['asc', 'desc'] as const)(
    '所属区 follows the official district order (%s)',
    async (direction) => {
      setUp()
      const values = await valuesInOrder(
        { ...everything(_), sort: { field: 'district', direction } },
        'district',
      )
      expect(values).toHaveLength(69)
      expect(values).toEqual(expected(values, DISTRICTS, direction))
      if (direction === 'asc') expect(values.slice(0, 5)).toEqual(Array(5).fill('和平区'))
      expect(values.at(-1)).toBe('')
    },
  )

  it.each(['asc', 'desc'] as const)(
    '企业规模 sorts 大型 → 中型 → 小型 → 微型 (%s)',
    async (direction) => {
      setUp()
      const values = await valuesInOrder(
        { ...everything(_), sort: { field: 'scale', direction } },
        'scale',
      )
      expect(values).toEqual(expected(values, ENTERPRISE_SCALES, direction))
      expect(new Set(values)).toEqual(new Set([...ENTERPRISE_SCALES, '']))
      expect(values[0]).toBe(direction === 'asc' ? '大型' : '微型')
    },
  )
})

describe('the tag filter matches any or all of the chosen tags', () => {
  it('any: a record with one of the tags; all: only records with every tag', async () => {
    const rows = (await listRecords(db, 'enterprise', { offset: 0, limit: 100 })).rows
    const chosen = ['高新技术企业', '科技型中小企业']
    const hasAny = rows.filter((r) => chosen.some((t) => r.tags.includes(t)))
    const hasAll = rows.filter((r) => chosen.every((t) => r.tags.includes(t as never)))
    expect(hasAll.length).toBeGreaterThan(0)
    expect(hasAny.length).toBeGreaterThan(hasAll.length)
    const any = await listRecords(db, 'enterprise', {
      offset: 0,
      limit: 100,
      filters: { tags: chosen },
    })
    const all = await listRecords(db, 'enterprise', {
      offset: 0,
      limit: 100,
      filters: { tags: chosen },
      matchAll: ['tags'],
    })
    expect(any.total).toBe(hasAny.length)
    expect(all.total).toBe(hasAll.length)
    expect(new Set(all.rows.map((r) => r.id))).toEqual(new Set(hasAll.map((r) => r.id)))
  })
})

describe('a quick page (rows first, the count after) is the page the full query finds', () => {
  const queries: ListQuery[] = [
    { offset: 0, limit: 10 },
    { offset: 10, limit: 10, sort: { field: 'district', direction: 'asc' } },
    { offset: 0, limit: 10, search: '天津', sort: { field: 'scale', direction: 'desc' } },
    { offset: 0, limit: 5, filters: { district: ['河西区', '南开区', ''] } },
    { offset: 5, limit: 5, search: '有限公司', filters: { scale: ['中型', '小型'] } },
    {
      offset: 0,
      limit: 5,
      filters: { tags: ['高新技术企业', '科技型中小企业'] },
      matchAll: ['tags'],
    },
  ]
  it.each(queries.map((q) => [JSON.stringify(q), q] as const))('%s', async (_, query) => {
    const full = await listRecords(db, 'enterprise', query)
    // Every condition counts as common, so the quick way is taken whenever the page is shallow.
    Object.assign(LIST_TUNING, { smallCandidates: 0 })
    const quick = await quickPage(db, 'enterprise', query)
    expect(quick?.rows.map((row) => row.id)).toEqual(full.rows.map((row) => row.id))
    expect(await countMatching(db, 'enterprise', query)).toBe(full.total)
  })

  it('leaves a deep page to the full query, and finds a rare condition the full way', async () => {
    expect(
      await quickPage(db, 'enterprise', { offset: 1000, limit: 50, search: '天津' }),
    ).toBeNull()
    const rare = { offset: 0, limit: 50, search: '天津', filters: { scale: ['大型'] } }
    const full = await listRecords(db, 'enterprise', rare)
    expect(await quickPage(db, 'enterprise', rare)).toEqual({ rows: full.rows, total: full.total })
  })
})
