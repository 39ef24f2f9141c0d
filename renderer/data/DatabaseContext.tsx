import { createContext, useContext, type ReactNode } from 'react'
import type { XiezhiDatabase } from './database'

const DatabaseContext = createContext<XiezhiDatabase | null>(null)

export function DatabaseProvider({ db, children }: { db: XiezhiDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>
}

export function useDatabase(): XiezhiDatabase {
  const db = useContext(DatabaseContext)
  if (!db) throw new Error('useDatabase outside DatabaseProvider')
  return db
}
