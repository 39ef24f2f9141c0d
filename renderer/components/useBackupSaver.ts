import { APP_FILE_TYPES, BACKUP_EXTENSION } from '../../shared/files/appFileTypes'
import type { IpcArgs } from '../../shared/ipc/contract'
import { useDataApi } from '../data/api'
import { shell } from '../shell'

const BACKUP_FILTERS = [
  { name: APP_FILE_TYPES[BACKUP_EXTENSION], extensions: [BACKUP_EXTENSION] },
] satisfies IpcArgs<'file:save'>['filters']

/**
 * Writes a backup of all data and saves it where the user says (in a browser, a download): for
 * 立即备份, and before a restore or an import, so either can be undone. `saved` is false when the
 * user cancelled the save.
 */
export function useBackupSaver(onSaved: () => void = () => undefined) {
  const api = useDataApi()
  return async (name: string): Promise<{ saved: boolean; bytes: Uint8Array<ArrayBuffer> }> => {
    const { version } = await shell.appInfo({})
    const { bytes, manifest } = await api.writeBackup(version)
    const result = await shell.saveFile({
      suggestedName: name,
      filters: BACKUP_FILTERS,
      data: bytes,
    })
    if (result.status !== 'saved') return { saved: false, bytes }
    await api.noteBackupSaved(manifest.createdAt)
    onSaved()
    return { saved: true, bytes }
  }
}
