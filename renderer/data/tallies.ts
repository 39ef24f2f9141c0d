import { KINDS, type KindName } from '../../shared/kinds'
import { addTallies, emptyTally, type Tally } from '../../shared/records/tallies'
import type { XiezhiDatabase } from './database'

/**
 * Adds each kind's `delta` to its stored tally. Called inside the transaction that changed the
 * rows (applyChanges; 清除示例数据), so a tally never disagrees with the rows it counts.
 */
export async function addToTallies(
  db: XiezhiDatabase,
  deltas: ReadonlyMap<KindName, Tally>,
): Promise<void> {
  const kinds = [...deltas.keys()]
  const stored = await db.tallies.bulkGet(kinds)
  await db.tallies.bulkPut(
    kinds.map((kind, i) => ({
      kind,
      ...addTallies(
        stored[i] ?? emptyTally(KINDS[kind].tallied ?? []),
        deltas.get(kind) ?? emptyTally([]),
      ),
    })),
  )
}
