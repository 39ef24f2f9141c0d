import { createAppDatabase, prepareAppDatabase } from '../data/openAppDatabase'
import { warmDatabase } from '../data/warmDatabase'

/**
 * The app's database, opening from the moment this module is evaluated. main.tsx imports it
 * before React and the screens, so IndexedDB opens its files in the browser's own process
 * while their code is evaluated here; the first screen does not wait for it either way.
 */
export const db = createAppDatabase()

/** How opening (and the first run's reference data) ended. Never rejects. */
export const prepared = prepareAppDatabase(db).then(
  () => ({ ok: true as const }),
  (error: unknown) => ({ ok: false as const, error }),
)
// The early connection (warmDatabase) has done its work once this one is open.
void prepared.then(() => warmDatabase.release())
