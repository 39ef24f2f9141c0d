import type { ChangeEntry } from '../../shared/domain/changeEntry'
import type { KindName } from '../../shared/kinds'
import type { XiezhiDatabase } from './database'

/** The change log of one record, oldest first. */
export async function changesOf(
  db: XiezhiDatabase,
  kind: KindName,
  recordId: string,
): Promise<ChangeEntry[]> {
  return db.changes.where('[kind+recordId]').equals([kind, recordId]).sortBy('seq')
}

/** The latest changes across all kinds, newest first (the log is read from its end). */
export async function recentChanges(db: XiezhiDatabase, limit: number): Promise<ChangeEntry[]> {
  return db.changes.orderBy('seq').reverse().limit(limit).toArray()
}
