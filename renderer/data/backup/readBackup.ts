import { strFromU8, unzipSync } from 'fflate'
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
import { sha256Hex } from '../sha256'

/** A backup checked whole: every part present and intact, every row valid. */
export interface BackupContents {
  readonly manifest: BackupManifest
  /** Rows per table, in the backup's order; a file's row carries its bytes. */
  readonly tables: ReadonlyMap<string, readonly Record<string, unknown>[]>
}

/** No entry of a backup is larger than this once inflated (a zip bomb is refused, not inflated). */
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024

const fileRowSchema = z.strictObject({
  id: z.string().regex(/^[0-9A-Za-z_-]{1,64}$/),
  type: z.string().max(200),
  size: z.number().int().nonnegative(),
})

const refuse = (message: string): never => {
  throw new BackupRefusedError(message)
}

/** What a file that is not a backup is, when it can be told (a renamed Word file…). */
function notABackup(names: readonly string[]): string {
  if (names.includes('word/document.xml'))
    return `这是一个 Word 文件，不是协知备份（.${BACKUP_EXTENSION}）文件`
  if (names.includes('xl/workbook.xml'))
    return `这是一个 Excel 文件，不是协知备份（.${BACKUP_EXTENSION}）文件`
  return `该文件不是协知备份（.${BACKUP_EXTENSION}）文件，缺少备份清单`
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes.length === 0) refuse('备份文件是空的（0 字节），可能未复制完整，请重新复制后再试')
  // Every zip starts with PK\x03\x04 (or PK\x05\x06 when empty).
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    refuse(`该文件不是协知备份（.${BACKUP_EXTENSION}）文件`)
  }
  try {
    return unzipSync(bytes, {
      filter: (entry) => {
        if (entry.originalSize > MAX_ENTRY_BYTES) {
          refuse(`备份中的 ${entry.name} 解压后超过 1 GB，文件可能已损坏或被篡改`)
        }
        return true
      },
    })
  } catch (error) {
    if (error instanceof BackupRefusedError) throw error
    return refuse('备份文件不完整或已损坏（可能未复制完整），无法读取')
  }
}

function readManifest(entries: Record<string, Uint8Array>): BackupManifest {
  const raw = entries[MANIFEST_PATH]
  if (!raw) return refuse(notABackup(Object.keys(entries)))
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
  if (format !== 'xiezhi-backup') return refuse(notABackup(Object.keys(entries)))
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

async function checkParts(entries: Record<string, Uint8Array>, manifest: BackupManifest) {
  for (const name of Object.keys(entries)) {
    if (name !== MANIFEST_PATH && !(name in manifest.parts)) {
      refuse(`备份中有清单未列出的文件（${name}），文件可能已被修改`)
    }
  }
  for (const [path, expected] of Object.entries(manifest.parts)) {
    const data = entries[path]
    if (!data) refuse(`备份不完整：缺少 ${path}`)
    else if (data.length !== expected.bytes || (await sha256Hex(data)) !== expected.sha256) {
      refuse(`备份文件已被修改或损坏：${path} 的校验值不符`)
    }
  }
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
  const entries = unzip(bytes)
  const manifest = readManifest(entries)
  await checkParts(entries, manifest)
  return { manifest, tables: readRows(entries, manifest) }
}
