import { strFromU8 } from 'fflate'
import {
  filePath,
  MANIFEST_PATH,
  manifestSchema,
  tableOfPart,
  type BackupManifest,
} from '../../../shared/backup/manifest'
import { BACKUP_EXTENSION } from '../../../shared/files/appFileTypes'
import { changeEntrySchema } from '../../../shared/domain/changeEntry'
import { KINDS } from '../../../shared/kinds'
import { recordMetaSchema } from '../../../shared/kinds/recordMeta'
import { z } from '../../../shared/zod'
import { BackupRefusedError } from '../errors'
import { LATEST_SCHEMA } from '../schema'
import { BACKUP_TABLES, CHANGES_TABLE, FILES_TABLE, kindOfTable } from './backupTables'
import { checkParts, notOfKind, readZip, type ArchiveKind } from '../archive'

/** A backup checked whole: every part present and intact, every row valid. */
export interface BackupContents {
  readonly manifest: BackupManifest
  /** Rows per table, in the backup's order; a file's row carries its bytes. */
  readonly tables: ReadonlyMap<string, readonly Record<string, unknown>[]>
}

const fileRowSchema = z.strictObject({
  id: z.string().regex(/^[0-9A-Za-z_-]{1,64}$/),
  type: z.string().max(200),
  size: z.number().int().nonnegative(),
})

const refuse = (message: string): never => {
  throw new BackupRefusedError(message)
}

const BACKUP: ArchiveKind = { noun: '备份', extension: BACKUP_EXTENSION, refuse }

function readManifest(entries: Record<string, Uint8Array>): BackupManifest {
  const raw = entries[MANIFEST_PATH]
  if (!raw) return refuse(notOfKind(Object.keys(entries), BACKUP))
  let json: unknown
  try {
    json = JSON.parse(strFromU8(raw))
  } catch {
    return refuse('备份清单（manifest.json）已损坏，无法读取')
  }
  const format = (json as { format?: unknown } | null)?.format
  if (format === 'xiezhi-package') {
    return refuse('这是数据交换包，不是备份：请在“数据交换”中用“导入数据包”导入')
  }
  if (format !== 'xiezhi-backup') return refuse(notOfKind(Object.keys(entries), BACKUP))
  const schemaVersion = (json as { schemaVersion?: unknown }).schemaVersion
  if (typeof schemaVersion === 'number' && schemaVersion > LATEST_SCHEMA.version) {
    return refuse(
      `该备份由更新版本的协知制作（数据版本 ${String(schemaVersion)}，本机为 ${String(LATEST_SCHEMA.version)}），请先升级本机的协知再恢复`,
    )
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) return refuse('备份清单（manifest.json）内容不正确，文件可能已被修改')
  return parsed.data
}

type RowReading = { readonly row: Record<string, unknown> } | { readonly problem: string }

/**
 * A row as this version stores it, or why it does not belong in its table. A record from an
 * older version takes the defaults of fields added since (its kind's schema fills them): the
 * backup is migrated as it is read.
 */
function readRow(table: string, row: unknown): RowReading {
  if (table === CHANGES_TABLE) {
    return changeEntrySchema.safeParse(row).success
      ? { row: row as Record<string, unknown> }
      : { problem: '修改记录格式不正确' }
  }
  if (table === FILES_TABLE) {
    return fileRowSchema.safeParse(row).success
      ? { row: row as Record<string, unknown> }
      : { problem: '附件信息格式不正确' }
  }
  const kind = kindOfTable(table)
  if (!kind) return { problem: '未知的数据表' }
  const meta = recordMetaSchema.safeParse(row)
  if (!meta.success) return { problem: `${KINDS[kind].label}记录的基本信息不正确` }
  const data = KINDS[kind].schema.safeParse(row)
  if (!data.success) {
    const title = (row as Record<string, unknown>)[KINDS[kind].titleField]
    const name = typeof title === 'string' && title !== '' ? title : meta.data.id
    return {
      problem: `${KINDS[kind].label}“${name}”不符合要求：${data.error.issues[0]?.message ?? ''}`,
    }
  }
  return { row: { ...(row as Record<string, unknown>), ...data.data } }
}

function readRows(
  entries: Record<string, Uint8Array>,
  manifest: BackupManifest,
): Map<string, Record<string, unknown>[]> {
  const tables = new Map<string, Record<string, unknown>[]>()
  const paths = Object.keys(manifest.parts).sort()
  for (const path of paths) {
    const table = tableOfPart(path)
    if (table === undefined) continue
    if (!BACKUP_TABLES.includes(table)) refuse(`备份中有本机不认识的数据表（${table}）`)
    const rows = tables.get(table) ?? []
    const lines = strFromU8(entries[path] ?? new Uint8Array()).split('\n')
    lines.forEach((line, index) => {
      if (line.trim() === '') return
      let row: unknown
      try {
        row = JSON.parse(line)
      } catch {
        refuse(`备份中的数据格式有误（${path} 第 ${String(index + 1)} 行）`)
      }
      const reading = readRow(table, row)
      if ('problem' in reading) {
        refuse(`备份中的数据不符合要求（${path} 第 ${String(index + 1)} 行）：${reading.problem}`)
      } else rows.push(reading.row)
    })
    tables.set(table, rows)
  }
  for (const [table, count] of Object.entries(manifest.counts)) {
    if ((tables.get(table)?.length ?? 0) !== count) {
      refuse(
        `备份不完整：${table} 应有 ${String(count)} 条，实有 ${String(tables.get(table)?.length ?? 0)} 条`,
      )
    }
  }
  for (const row of tables.get(FILES_TABLE) ?? []) {
    const bytes = entries[filePath(String(row.id))]
    if (!bytes || bytes.length !== row.size) refuse(`备份不完整：缺少附件 ${String(row.id)} 的内容`)
    row.bytes = bytes
  }
  return tables
}

/**
 * Reads a backup file and checks all of it before anything is changed: that it is a backup (not a
 * renamed Word file or an exchange package), from this version or an older one, every part
 * present with its SHA-256, and every row valid for its table. Refusals say why in Chinese.
 */
export async function readBackup(bytes: Uint8Array): Promise<BackupContents> {
  const entries = readZip(bytes, BACKUP)
  const manifest = readManifest(entries)
  await checkParts(entries, manifest.parts, MANIFEST_PATH, BACKUP)
  return { manifest, tables: readRows(entries, manifest) }
}
