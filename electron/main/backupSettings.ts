import { readFile } from 'node:fs/promises'
import { isAbsolute } from 'node:path'
import { z } from '../../shared/zod'
import { writeFileAtomic } from './atomicWrite'

/**
 * The backups folder the user chose, kept by the main process in its own file (userData): the
 * renderer can ask to choose or reset it, never name a folder to write to.
 */
const settingsSchema = z.object({ folder: z.string().refine(isAbsolute).optional() })

export function backupSettingsFile(file: string) {
  return {
    async readFolder(): Promise<string | undefined> {
      try {
        const parsed = settingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
        return parsed.success ? parsed.data.folder : undefined
      } catch {
        return undefined
      }
    },
    async writeFolder(folder: string | undefined): Promise<void> {
      await writeFileAtomic(file, JSON.stringify(folder === undefined ? {} : { folder }))
    },
  }
}
