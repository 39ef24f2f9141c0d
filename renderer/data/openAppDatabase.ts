import { XiezhiDatabase } from './database'
import { prepareDatabase } from './referenceData'

/**
 * Opens the app's database and asks the browser to keep it: without persistent storage, a
 * browser may evict IndexedDB under disk pressure.
 */
export async function openAppDatabase(): Promise<XiezhiDatabase> {
  const db = new XiezhiDatabase()
  await db.open()
  await prepareDatabase(db)
  void navigator.storage.persist().catch(() => false)
  return db
}

export async function isStoragePersistent(): Promise<boolean> {
  return navigator.storage.persisted().catch(() => false)
}
