import {
  attachmentProblem,
  attachmentType,
  type Attachment,
  type AttachmentRules,
} from '../../shared/kinds/attachments'
import type { XiezhiDatabase } from './database'
import { AttachmentRefusedError } from './errors'
import { sha256Hex } from './sha256'

/** A file the user chose: a browser File, or anything with a name and bytes. */
export interface ChosenFile {
  readonly name: string
  readonly type: string
  readonly size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/**
 * Keeps the bytes of a chosen file and returns the description a record holds. Checked against
 * the field's rules first (type, size), in Chinese. The bytes are kept under their SHA-256, so
 * attaching the same file again stores nothing new. A file kept for a form that is never saved
 * stays unreferenced; the backups issue sweeps such files.
 */
export async function storeFile(
  db: XiezhiDatabase,
  file: ChosenFile,
  rules: AttachmentRules,
): Promise<Attachment> {
  const type = attachmentType(file)
  const problem = attachmentProblem({ name: file.name, type, size: file.size }, rules)
  if (problem) throw new AttachmentRefusedError(problem)
  const bytes = await file.arrayBuffer()
  const id = await sha256Hex(bytes)
  await db.transaction('rw', db.files, async () => {
    if ((await db.files.where('id').equals(id).count()) === 0) {
      await db.files.add({ id, blob: new Blob([bytes], { type }), type, size: bytes.byteLength })
    }
  })
  return { id, name: file.name, type, size: bytes.byteLength, addedAt: Date.now() }
}

/** The bytes of an attached file, typed for a preview; undefined when this PC does not have them. */
export async function readFile(db: XiezhiDatabase, id: string): Promise<Blob | undefined> {
  return (await db.files.get(id))?.blob
}
