import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { countMatching, listRecords, quickPage } from '../../../renderer/data/queries'
import { createRecords } from '../../../renderer/data/writePath'
import { KINDS } from '../../../shared/kinds'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase

/** One meeting a week through 2026 at 09:30, a few without a time, two 会商会 a quarter. */
const starts = Array.from({ length: 52 }, (_, week) =>
  new Date(Date.UTC(2026, 0, 5 + week * 7)).toISOString().slice(0, 10),
)

beforeEach(async () => {
  db = await openTestDatabase()
  await createRecords(db, 'meeting', [
    ...starts.map((day, i) => ({
      ...KINDS.meeting.empty(),
      name: `第${i + 1}次工作例会`,
      type: i % 6 === 0 ? '会商会' : '工作例会',
      startAt: `${day}T09:30`,
    })),
    { ...KINDS.meeting.empty(), name: '时间待定的座谈会', type: '专题座谈会', startAt: '' },
  ])
})
afterEach(() => db.delete())

const query = (from: string, to: string, type?: string) => ({
  offset: 0,
  limit: 100,
  sort: { field: 'startAt', direction: 'asc' as const },
  periods: { startAt: { from, to } },
  ...(type ? { filters: { type: [type] } } : {}),
})

describe('period filters', () => {
  it('keep the date-times of the days between both ends, ends included', async () => {
    const page = await listRecords(db, 'meeting', query('2026-10-05', '2026-10-26'))
    expect(page.rows.map((row) => row.startAt)).toEqual([
      '2026-10-05T09:30',
      '2026-10-12T09:30',
      '2026-10-19T09:30',
      '2026-10-26T09:30',
    ])
    expect(await countMatching(db, 'meeting', query('2026-10-05', '2026-10-26'))).toBe(4)
  })

  it('leave an end open when it is empty, and never match a record without a date', async () => {
    const since = starts.filter((day) => day >= '2026-12-01')
    const until = starts.filter((day) => day <= '2026-01-31')
    expect((await listRecords(db, 'meeting', query('2026-12-01', ''))).total).toBe(since.length)
    expect((await listRecords(db, 'meeting', query('', '2026-01-31'))).total).toBe(until.length)
    const all = await listRecords(db, 'meeting', query('', ''))
    expect(all.total).toBe(53)
  })

  it('combine with value filters, on the quick path as on the full one', async () => {
    const expected = starts
      .map((day, i) => ({ day, i }))
      .filter(({ day, i }) => i % 6 === 0 && day >= '2026-04-01' && day <= '2026-06-30')
      .map(({ day }) => `${day}T09:30`)
    const full = await listRecords(db, 'meeting', query('2026-04-01', '2026-06-30', '会商会'))
    expect(full.rows.map((row) => row.startAt)).toEqual(expected)
    const quick = await quickPage(db, 'meeting', query('2026-04-01', '2026-06-30', '会商会'))
    expect(quick?.rows.map((row) => row.startAt) ?? full.rows.map((row) => row.startAt)).toEqual(
      expected,
    )
  })
})
