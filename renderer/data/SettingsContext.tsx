import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/settings'
import { useDatabase } from './DatabaseContext'
import { loadSettings, saveSettings } from './installation'

interface SettingsValue {
  readonly settings: Settings
  readonly save: (next: Settings) => Promise<Settings>
}

const SettingsContext = createContext<SettingsValue | null>(null)

export function SettingsProvider({ children }: { children: ReactNode }) {
  const db = useDatabase()
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  useEffect(() => {
    void loadSettings(db).then(setSettings)
  }, [db])
  const save = useCallback(
    async (next: Settings) => {
      const stored = await saveSettings(db, next)
      setSettings(stored)
      return stored
    },
    [db],
  )
  const value = useMemo(() => ({ settings, save }), [settings, save])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext)
  if (!value) throw new Error('useSettings outside SettingsProvider')
  return value
}
