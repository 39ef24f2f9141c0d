import type { XiezhiDatabase } from '../database'

/** When this PC's data was last saved to a backup file (kept across restores: it is this PC's). */
const LAST_BACKUP = 'lastBackupAt'

export async function noteBackupSaved(db: XiezhiDatabase, at: number): Promise<void> {
  await db.meta.put({ key: LAST_BACKUP, value: at })
}

/** The time of the last backup saved, or undefined when there has been none. */
export async function lastBackupAt(db: XiezhiDatabase): Promise<number | undefined> {
  const entry = await db.meta.get(LAST_BACKUP)
  return typeof entry?.value === 'number' ? entry.value : undefined
}
