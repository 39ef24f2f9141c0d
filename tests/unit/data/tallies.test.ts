import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyChanges } from '../../../renderer/data/applyChanges'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { countByValues, countRecords } from '../../../renderer/data/queries'
import { clearSampleData, loadSampleData } from '../../../renderer/data/sampleData'
import {
  createRecords,
  deleteRecords,
  restoreRecords,
  updateFields,
} from '../../../renderer/data/writePath'
import { DISTRICTS } from '../../../shared/reference/districts'
import { tallyOfRows } from '../../../shared/records/tallies'
import { SeededRandom } from '../../../shared/samples/random'
import { sampleEnterprises } from '../../../shared/samples/enterprises'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => db.delete())

/** The tally counted from scratch over every stored row: what the kept one must equal. */
async function recounted() {
  return tallyOfRows(['district'], await db.records('enterprise').toArray())
}

async function kept() {
  const entry = await db.tallies.get('enterprise')
  return { live: entry?.live ?? 0, values: entry?.values ?? { district: {} } }
}

describe('tallies kept by the write path', () => {
  it('stay equal to a recount through creates, edits, deletes, restores, packages and 示例数据', async () => {
    const random = new SeededRandom(7)
    const created = await createRecords(db, 'enterprise', sampleEnterprises(random, 300))
    const ids = created.map((row) => row.id)
    expect(await kept()).toEqual(await recounted())

    for (let step = 0; step < 60; step++) {
      const id = ids[Math.floor(random.next() * ids.length)] ?? ''
      const choice = random.next()
      if (choice < 0.4) {
        const district = random.next() < 0.2 ? '' : (DISTRICTS[step % DISTRICTS.length] ?? '')
        await updateFields(db, 'enterprise', id, { district })
      } else if (choice < 0.6) {
        await deleteRecords(db, 'enterprise', [id, ids[step] ?? id])
      } else if (choice < 0.8) {
        await restoreRecords(db, 'enterprise', [id])
      } else {
        // From another PC: an edit and a delete of the same record, in one batch.
        const at = (n: number) =>
          `${new Date(Date.now() + 60_000 + step * 10 + n).toISOString()}-0000-01JREMOTE0000000000000000B`
        const stamp = (n: number) => ({
          hlc: at(n),
          deviceId: '01JREMOTE0000000000000000B',
          user: '王芳',
          at: 1,
        })
        await applyChanges(
          db,
          [
            {
              kind: 'enterprise',
              id,
              op: 'update',
              fields: { district: '蓟州区' },
              stamp: stamp(1),
            },
            { kind: 'enterprise', id, op: 'delete', fields: {}, stamp: stamp(2) },
          ],
          { origin: 'package' },
        )
      }
    }
    expect(await kept()).toEqual(await recounted())

    await loadSampleData(db)
    expect(await kept()).toEqual(await recounted())
    await clearSampleData(db)
    expect(await kept()).toEqual(await recounted())

    // What the 工作台 reads comes from the tally.
    const expected = await recounted()
    expect(await countRecords(db, 'enterprise')).toBe(expected.live)
    const distribution = await countByValues(db, 'enterprise', 'district', DISTRICTS)
    expect(distribution.counts.get('河西区')).toBe(expected.values.district?.['河西区'] ?? 0)
    expect(distribution.others).toBe(expected.values.district?.[''] ?? 0)
  })

  it('are untouched by a batch that is refused', async () => {
    await createRecords(db, 'enterprise', sampleEnterprises(new SeededRandom(3), 5))
    const before = await kept()
    const duplicate = sampleEnterprises(new SeededRandom(3), 1)
    await expect(createRecords(db, 'enterprise', duplicate)).rejects.toThrow()
    expect(await kept()).toEqual(before)
  })
})
