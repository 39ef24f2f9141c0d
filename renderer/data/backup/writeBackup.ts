import { strToU8 } from 'fflate'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  filePath,
  MANIFEST_PATH,
  partPath,
  ROWS_PER_PART,
  type BackupManifest,
} from '../../../shared/backup/manifest'
import type { XiezhiDatabase } from '../database'
import { ensureDeviceId } from '../installation'
import { LATEST_SCHEMA } from '../schema'
import { BACKUP_TABLES, FILES_TABLE } from './backupTables'
import { sha256Hex } from '../sha256'
import { zipWriter } from '../archive'

/** A finished backup: the file's bytes and what it holds. */
export interface WrittenBackup {
  readonly bytes: Uint8Array<ArrayBuffer>
  readonly manifest: BackupManifest
}

/** A table's rows a part at a time, in primary-key order (never the whole table at once). */
async function* rowsInParts(db: XiezhiDatabase, table: string) {
  const store = db.table<Record<string, unknown>, string | number>(table)
  let last: string | number | undefined
  for (;;) {
    const part = await (
      last === undefined
        ? store.orderBy(':id').limit(ROWS_PER_PART)
        : store.where(':id').above(last).limit(ROWS_PER_PART)
    ).toArray()
    if (part.length === 0) return
    yield part
    if (part.length < ROWS_PER_PART) return
    last = store.schema.primKey.keyPath
      ? (part.at(-1)?.[String(store.schema.primKey.keyPath)] as string | number | undefined)
      : undefined
    if (last === undefined) return
  }
}

/**
 * A full backup: every record table, the change log and the attached files, each table in parts
 * of ROWS_PER_PART rows as JSON lines, with a manifest giving the app and schema versions, this
 * PC's device id, the counts per table and the SHA-256 of every part.
 */
export async function writeBackup(db: XiezhiDatabase, appVersion: string): Promise<WrittenBackup> {
  const deviceId = await ensureDeviceId(db)
  // One read transaction gives a consistent picture even while the user goes on typing. Only
  // database reads may be awaited inside it (hashing would let IndexedDB commit it), so parts
  // are serialised there and hashed and zipped after.
  const pending: { path: string; data: Uint8Array | Blob; compress: boolean }[] = []
  const counts: Record<string, number> = {}
  await db.transaction(
    'r',
    BACKUP_TABLES.map((table) => db.table(table)),
    async () => {
      for (const table of BACKUP_TABLES) {
        counts[table] = 0
        let index = 0
        for await (const rows of rowsInParts(db, table)) {
          const lines =
            table === FILES_TABLE
              ? rows.map(({ id, type, size }) => JSON.stringify({ id, type, size }))
              : rows.map((row) => JSON.stringify(row))
          pending.push({
            path: partPath(table, index),
            data: strToU8(`${lines.join('\n')}\n`),
            compress: true,
          })
          if (table === FILES_TABLE) {
            // Pictures and PDFs are compressed already: stored as they are.
            for (const row of rows) {
              pending.push({
                path: filePath(String(row.id)),
                data: row.blob as Blob,
                compress: false,
              })
            }
          }
          counts[table] += rows.length
          index++
        }
      }
    },
  )
  const zip = zipWriter()
  const parts: Record<string, { sha256: string; bytes: number }> = {}
  for (const { path, data, compress } of pending) {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer())
    parts[path] = { sha256: await sha256Hex(bytes), bytes: bytes.length }
    zip.add(path, bytes, compress)
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    schemaVersion: LATEST_SCHEMA.version,
    deviceId,
    createdAt: Date.now(),
    counts,
    parts,
  }
  zip.add(MANIFEST_PATH, strToU8(JSON.stringify(manifest, null, 2)), true)
  return { bytes: await zip.finish(), manifest }
}
