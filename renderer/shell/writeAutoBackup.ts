import { ulid } from 'ulid'
import { BACKUP_PART_BYTES, type ShellApi } from '../../shared/ipc/contract'

/**
 * Hands a backup to the main process in parts of BACKUP_PART_BYTES (one IPC message of a few MB
 * each, never the whole file at once); the main process writes them to a temporary file and
 * renames it into the backups folder after the last.
 */
export async function writeAutoBackup(
  shell: Pick<ShellApi, 'autoBackup'>,
  fileName: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<{ ok: boolean; path?: string; message?: string }> {
  const session = ulid()
  const parts = Math.max(1, Math.ceil(bytes.length / BACKUP_PART_BYTES))
  for (let index = 0; index < parts; index++) {
    const data = bytes.slice(index * BACKUP_PART_BYTES, (index + 1) * BACKUP_PART_BYTES)
    const last = index === parts - 1
    const result = await shell.autoBackup({ fileName, session, index, last, data })
    if (!result.ok || last) return result
  }
  return { ok: false }
}
