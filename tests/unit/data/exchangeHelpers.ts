import { importPackage, previewPackage } from '../../../renderer/data/exchange/importPackage'
import { readPackage } from '../../../renderer/data/exchange/readPackage'
import { writePackage } from '../../../renderer/data/exchange/writePackage'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import type { PackageScope } from '../../../shared/exchange/packageManifest'
import { KIND_NAMES, KINDS } from '../../../shared/kinds'
import { fieldClock } from '../../../shared/records/fieldClocks'
import { dataFieldsOf } from '../../../shared/records/planEdit'

/** A package from `from`, read, previewed and imported into `to` with the rule's choices. */
export async function exchange(from: XiezhiDatabase, to: XiezhiDatabase, scope: PackageScope) {
  const written = await writePackage(from, { scope, password: '', appVersion: 'test' })
  const contents = await readPackage(written.bytes)
  const preview = await previewPackage(to, contents)
  const result = await importPackage(to, contents, preview.bothChanged, new Map())
  return { preview, result }
}

/**
 * What two PCs must agree on after exchanging everything: every record's fields, tombstone and
 * the clock of each field (so later changes merge alike on both), by kind and id.
 */
export async function stateOf(db: XiezhiDatabase) {
  const state: Record<string, unknown[]> = {}
  for (const kind of KIND_NAMES) {
    const fields = dataFieldsOf(KINDS[kind])
    const rows = await db.records(kind).orderBy('id').toArray()
    state[kind] = rows.map((row) => ({
      id: row.id,
      deletedAt: row.deletedAt,
      ...Object.fromEntries(
        fields.map((field) => [field, [row[field], fieldClock(row.clocks, field)]]),
      ),
      deletedClock: fieldClock(row.clocks, 'deletedAt'),
    }))
  }
  return state
}
