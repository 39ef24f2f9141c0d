import { SEED_ORGS } from '../../shared/reference/organisations'
import type { XiezhiDatabase } from './database'
import { ensureDeviceId } from './installation'
import { createRecords } from './writePath'

const ORGS_SEEDED = 'seeded:orgs'

/**
 * Prepares a database for use: the device id, then the reference organisations (once per
 * installation; a user who deletes or renames one keeps that choice).
 */
export async function prepareDatabase(db: XiezhiDatabase): Promise<void> {
  await ensureDeviceId(db)
  if (await db.meta.get(ORGS_SEEDED)) return
  const existing = new Set(
    await db
      .records('org')
      .bulkGet(SEED_ORGS.map((o) => o.id))
      .then((rows) => rows.filter(Boolean).map((r) => r?.id)),
  )
  const missing = SEED_ORGS.filter((org) => !existing.has(org.id))
  if (missing.length > 0) {
    await createRecords(
      db,
      'org',
      missing.map((org) => org.data),
      { ids: missing.map((org) => org.id) },
    )
  }
  await db.meta.put({ key: ORGS_SEEDED, value: true })
}
