import { useEffect } from 'react'
import { backupFileName } from '../../shared/backup/manifest'
import { useDataApi } from '../data/api'
import { isElectron, shell } from '../shell'

/** A backup older than this is renewed when the desktop app starts. */
const DAILY_MS = 24 * 60 * 60 * 1000

/** Waits for the first screen to settle before writing (a backup reads every table). */
const START_DELAY_MS = 10_000

/**
 * The desktop app backs up on its own: once after start-up when the last backup is older than a
 * day, into the 协知自动备份 folder under Documents (the main process writes it and keeps 30 daily
 * and 12 monthly). In a browser there is no folder to write to: the 工作台 reminds instead.
 */
export function useAutoBackup(): void {
  const api = useDataApi()
  useEffect(() => {
    if (!isElectron) return
    const timer = setTimeout(() => {
      void (async () => {
        const last = await api.lastBackupAt()
        if (last !== undefined && Date.now() - last < DAILY_MS) return
        const { version } = await shell.appInfo({})
        const { bytes, manifest } = await api.writeBackup(version)
        const result = await shell.autoBackup({
          fileName: backupFileName(new Date(manifest.createdAt)),
          data: bytes,
        })
        if (result.ok) await api.noteBackupSaved(manifest.createdAt)
        else console.error('[auto backup]', result.message)
      })().catch((error: unknown) => console.error('[auto backup]', error))
    }, START_DELAY_MS)
    return () => clearTimeout(timer)
  }, [api])
}
