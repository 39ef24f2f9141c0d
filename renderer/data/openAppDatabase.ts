import { XiezhiDatabase } from './database'
import { prepareDatabase } from './referenceData'

/**
 * The app's database. The first screen renders while it opens (reads wait for the open by
 * themselves, and a write creates the device id if it comes first); `prepareAppDatabase` then
 * seeds the reference data on a first run and asks the browser to keep the data: without
 * persistent storage, a browser may evict IndexedDB under disk pressure.
 */
export function createAppDatabase(): XiezhiDatabase {
  return new XiezhiDatabase()
}

export async function prepareAppDatabase(db: XiezhiDatabase): Promise<void> {
  await db.open()
  await prepareDatabase(db)
  void navigator.storage.persist().catch(() => false)
}

export async function isStoragePersistent(): Promise<boolean> {
  return navigator.storage.persisted().catch(() => false)
}

/** Space the app's data takes and the most the browser allows it, in bytes (undefined if unknown). */
export async function storageEstimate(): Promise<{ usage?: number; quota?: number }> {
  const known = (value: unknown) => (typeof value === 'number' ? value : undefined)
  const { usage, quota } = await navigator.storage.estimate().then(
    (estimate: { usage?: unknown; quota?: unknown }) => ({
      usage: known(estimate.usage),
      quota: known(estimate.quota),
    }),
    () => ({ usage: undefined, quota: undefined }),
  )
  return { ...(usage === undefined ? {} : { usage }), ...(quota === undefined ? {} : { quota }) }
}
