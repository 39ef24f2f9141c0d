import { useEffect } from 'react'
import { backupFileName } from '../../shared/backup/manifest'
import { autoBackupDue } from '../../shared/backup/rotation'
import { useDataApi } from '../data/api'
import { useSettings } from '../data/SettingsContext'
import { isElectron, shell } from '../shell'
import { writeAutoBackup } from '../shell/writeAutoBackup'

/** Waits for the first screen to settle before writing (a backup reads every table). */
const START_DELAY_MS = 10_000

/** How often the app looks whether a backup is due. */
const CHECK_EVERY_MS = 10 * 60 * 1000

/**
 * The desktop app backs up on its own: after start-up, and then at the interval chosen in 设置
 * (every day unless changed), when the last backup is at least that old. The main process
 * writes it into the backups folder and keeps 30 daily and 12 monthly. In a browser there is no
 * folder to write to: the 工作台 reminds instead.
 */
export function useAutoBackup(): void {
  const api = useDataApi()
  const hours = useSettings().settings.autoBackupHours
  useEffect(() => {
    if (!isElectron) return
    let running = false
    const backUpIfDue = async () => {
      if (running || !autoBackupDue(await api.lastBackupAt(), Date.now(), hours)) return
      running = true
      try {
        const { version } = await shell.appInfo({})
        const { bytes, manifest } = await api.writeBackup(version)
        const name = backupFileName(new Date(manifest.createdAt))
        const result = await writeAutoBackup(shell, name, bytes)
        if (result.ok) await api.noteBackupSaved(manifest.createdAt)
        else console.error('[auto backup]', result.message)
      } finally {
        running = false
      }
    }
    const check = () =>
      void backUpIfDue().catch((error: unknown) => console.error('[auto backup]', error))
    const first = setTimeout(check, START_DELAY_MS)
    const later = setInterval(check, CHECK_EVERY_MS)
    return () => {
      clearTimeout(first)
      clearInterval(later)
    }
  }, [api, hours])
}
