import { DATABASE_NAME } from './databaseName'

/**
 * Asks IndexedDB to load the app's database the moment the first module runs, before the data
 * layer's code (Dexie, the kinds, zod) is evaluated: the browser reads the files meanwhile, and
 * the data layer's own open, some hundred milliseconds later, finds them loaded. With years of
 * records that load is the longest wait of the first screen.
 *
 * The connection asks for no version, so it never changes the database: where it would create
 * it (a first start) the creation is aborted, and the data layer creates it with its schema. It
 * closes once the data layer's connection is open, and at once when another connection needs a
 * version change (an upgrade, a restore deleting the database), so it never blocks one.
 */
export interface WarmConnection {
  /** Closes the connection (or closes it as soon as it opens). */
  release(): void
}

export function openWarmConnection(name: string): WarmConnection {
  let connection: IDBDatabase | undefined
  let released = false
  const release = () => {
    released = true
    connection?.close()
    connection = undefined
  }
  if (typeof indexedDB === 'undefined') return { release }
  const request = indexedDB.open(name)
  request.onupgradeneeded = () => request.transaction?.abort()
  request.onerror = (event) => event.preventDefault()
  request.onsuccess = () => {
    connection = request.result
    connection.onversionchange = release
    if (released) release()
  }
  return { release }
}

/** The app's own, opened as this module is evaluated (main.tsx imports it first). */
export const warmDatabase = openWarmConnection(DATABASE_NAME)
