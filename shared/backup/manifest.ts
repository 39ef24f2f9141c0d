import { BACKUP_EXTENSION } from '../files/appFileTypes'
import { z } from '../zod'

/** What a backup file says it is, so a file of another kind is told apart at once. */
export const BACKUP_FORMAT = 'xiezhi-backup'
export const BACKUP_FORMAT_VERSION = 1
export const MANIFEST_PATH = 'manifest.json'

/** Rows per part: a table is written and checked a part at a time, never as one buffer. */
export const ROWS_PER_PART = 5000

/** A part's path: tables/<table>/<n>.ndjson for rows, files/<id> for an attachment's bytes. */
const PART_PATH = /^(tables\/[A-Za-z]+\/\d{4}\.ndjson|files\/[0-9A-Za-z_-]{1,64})$/

export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().positive(),
  /** The installation that wrote it; a restore gives this PC a new one. */
  deviceId: z.string().min(1).max(64),
  createdAt: z.number().int().nonnegative(),
  /** Rows per table, tombstones included. */
  counts: z.record(z.string().regex(/^[A-Za-z]+$/), z.number().int().nonnegative()),
  /** Every part with its SHA-256 (hex) and length in bytes. */
  parts: z.record(
    z.string().regex(PART_PATH),
    z.strictObject({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().nonnegative(),
    }),
  ),
})

export type BackupManifest = z.infer<typeof manifestSchema>

export const partPath = (table: string, index: number) =>
  `tables/${table}/${String(index + 1).padStart(4, '0')}.ndjson`

export const filePath = (id: string) => `files/${id}`

/** The table a row part belongs to, or undefined for a file's bytes. */
export function tableOfPart(path: string): string | undefined {
  return /^tables\/([A-Za-z]+)\//.exec(path)?.[1]
}

/** 协知备份_2026-12-07_0930.xzbak */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  return `协知备份_${day}_${pad(at.getHours())}${pad(at.getMinutes())}.${BACKUP_EXTENSION}`
}
