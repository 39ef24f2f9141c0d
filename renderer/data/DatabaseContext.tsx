import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { createDataApi, DataApiContext } from './api'
import type { XiezhiDatabase } from './database'

const DatabaseContext = createContext<XiezhiDatabase | null>(null)

/** Gives the screens below the data API of `db` (and the data layer's hooks the database). */
export function DatabaseProvider({ db, children }: { db: XiezhiDatabase; children: ReactNode }) {
  const api = useMemo(() => createDataApi(db), [db])
  return (
    <DatabaseContext.Provider value={db}>
      <DataApiContext.Provider value={api}>{children}</DataApiContext.Provider>
    </DatabaseContext.Provider>
  )
}

/** The database itself: for the data layer's own hooks only (screens use useDataApi). */
export function useDatabase(): XiezhiDatabase {
  const db = useContext(DatabaseContext)
  if (!db) throw new Error('useDatabase outside DatabaseProvider')
  return db
}
