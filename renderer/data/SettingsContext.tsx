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
  /** False until the stored settings were read (until then `settings` are the defaults). */
  readonly loaded: boolean
  readonly save: (next: Settings) => Promise<Settings>
}

const SettingsContext = createContext<SettingsValue | null>(null)

export function SettingsProvider({ children }: { children: ReactNode }) {
  const db = useDatabase()
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    void loadSettings(db).then((stored) => {
      setSettings(stored)
      setLoaded(true)
    })
  }, [db])
  const save = useCallback(
    async (next: Settings) => {
      const stored = await saveSettings(db, next)
      setSettings(stored)
      return stored
    },
    [db],
  )
  const value = useMemo(() => ({ settings, loaded, save }), [settings, loaded, save])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext)
  if (!value) throw new Error('useSettings outside SettingsProvider')
  return value
}
