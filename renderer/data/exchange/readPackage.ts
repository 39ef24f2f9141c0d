import { strFromU8 } from 'fflate'
import { MANIFEST_PATH } from '../../../shared/backup/manifest'
import { isHlc } from '../../../shared/domain/hlc'
import {
  ENCRYPTED_PAYLOAD_PATH,
  envelopeSchema,
  FILES_LIST_PATH,
  PACKAGE_FORMAT,
  packageFilePath,
  packageManifestSchema,
  partsUnder,
  type PackageManifest,
} from '../../../shared/exchange/packageManifest'
import { PACKAGE_EXTENSION } from '../../../shared/files/appFileTypes'
import { isKindName } from '../../../shared/kinds'
import { recordChangeSchema, type RecordChange } from '../../../shared/records/recordChange'
import { z } from '../../../shared/zod'
import { checkParts, notOfKind, readZip, type ArchiveKind } from '../archive'
import { PackagePasswordError, PackageRefusedError } from '../errors'
import { LATEST_SCHEMA } from '../schema'
import { sha256Hex } from '../sha256'
import { decryptPackage } from './packageCrypto'

/** A package checked whole: its manifest, its changes in timestamp order, its files' bytes. */
export interface PackageContents {
  readonly manifest: PackageManifest
  readonly changes: readonly RecordChange[]
  readonly files: readonly { id: string; type: string; size: number; bytes: Uint8Array }[]
  readonly encrypted: boolean
}

const refuse = (message: string): never => {
  throw new PackageRefusedError(message)
}

const PACKAGE: ArchiveKind = { noun: '数据包', extension: PACKAGE_EXTENSION, refuse }

const fileRowSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  type: z.string().max(200),
  size: z.number().int().nonnegative(),
})

function readJson(raw: Uint8Array | undefined, names: readonly string[]): unknown {
  if (!raw) return refuse(notOfKind(names, PACKAGE))
  try {
    return JSON.parse(strFromU8(raw))
  } catch {
    return refuse('数据包清单（manifest.json）已损坏，无法读取')
  }
}

/** The format a manifest claims, to refuse a backup (or anything else) by name. */
function checkFormat(json: unknown, names: readonly string[]): void {
  const format = (json as { format?: unknown } | null)?.format
  if (format === 'xiezhi-backup') {
    refuse('这是备份文件，不是数据包：请在“数据安全”中用“从备份恢复”恢复')
  }
  if (format !== PACKAGE_FORMAT) refuse(notOfKind(names, PACKAGE))
}

function readManifest(json: unknown): PackageManifest {
  const schemaVersion = (json as { schemaVersion?: unknown }).schemaVersion
  if (typeof schemaVersion === 'number' && schemaVersion > LATEST_SCHEMA.version) {
    return refuse(
      `该数据包由更新版本的协知制作（数据版本 ${String(schemaVersion)}，本机为 ${String(LATEST_SCHEMA.version)}），请先升级本机的协知再导入`,
    )
  }
  const parsed = packageManifestSchema.safeParse(json)
  if (!parsed.success) return refuse('数据包清单（manifest.json）内容不正确，文件可能已被修改')
  return parsed.data
}

function lines(entries: Record<string, Uint8Array>, path: string): unknown[] {
  return strFromU8(entries[path] ?? new Uint8Array())
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '') return []
      try {
        return [JSON.parse(line) as unknown]
      } catch {
        return refuse(`数据包中的数据格式有误（${path} 第 ${String(index + 1)} 行）`)
      }
    })
}

function readChanges(entries: Record<string, Uint8Array>, manifest: PackageManifest) {
  const changes: RecordChange[] = []
  const stamps = new Set<string>()
  for (const path of partsUnder(manifest.parts, 'changes/')) {
    lines(entries, path).forEach((line, index) => {
      const parsed = recordChangeSchema.safeParse(line)
      const where = `（${path} 第 ${String(index + 1)} 行）`
      if (!parsed.success) refuse(`数据包中的修改格式不正确${where}`)
      else if (!isKindName(parsed.data.kind)) refuse(`数据包中有本机不认识的记录类型${where}`)
      else if (!isHlc(parsed.data.stamp.hlc)) refuse(`数据包中的修改时间戳格式不正确${where}`)
      else if (stamps.has(parsed.data.stamp.hlc)) refuse(`数据包中有重复的修改${where}`)
      else {
        stamps.add(parsed.data.stamp.hlc)
        changes.push(parsed.data)
      }
    })
  }
  if (changes.length !== manifest.counts.changes) {
    refuse(
      `数据包不完整：应有 ${String(manifest.counts.changes)} 条修改，实有 ${String(changes.length)} 条`,
    )
  }
  return changes.sort((a, b) => ((a.stamp?.hlc ?? '') < (b.stamp?.hlc ?? '') ? -1 : 1))
}

async function readFiles(entries: Record<string, Uint8Array>, manifest: PackageManifest) {
  const files = lines(entries, FILES_LIST_PATH).map((line) => {
    const parsed = fileRowSchema.safeParse(line)
    if (!parsed.success) return refuse('数据包中的附件信息格式不正确')
    const bytes = entries[packageFilePath(parsed.data.id)]
    if (!bytes || bytes.length !== parsed.data.size) {
      return refuse(`数据包不完整：缺少附件 ${parsed.data.id} 的内容`)
    }
    return { ...parsed.data, bytes }
  })
  // An attachment is kept under the SHA-256 of its bytes: content under another's id is refused.
  for (const file of files) {
    if ((await sha256Hex(file.bytes)) !== file.id) refuse(`数据包中的附件 ${file.id} 与其内容不符`)
  }
  if (files.length !== manifest.counts.files) refuse('数据包不完整：附件数目与清单不符')
  return files
}

/**
 * Reads a package and checks all of it before anything is changed: that it is a package (not a
 * backup or a renamed file), decrypted with its password when it has one, from this version or an
 * older one, every part present with its SHA-256 and every change valid. Refusals say why in
 * Chinese; a missing or wrong password is a PackagePasswordError, so the user can type it again.
 */
export async function readPackage(bytes: Uint8Array, password = ''): Promise<PackageContents> {
  let entries = readZip(bytes, PACKAGE)
  let json = readJson(entries[MANIFEST_PATH], Object.keys(entries))
  checkFormat(json, Object.keys(entries))
  const envelope = envelopeSchema.safeParse(json)
  const encrypted = envelope.success
  if (envelope.success) {
    const cipher = entries[ENCRYPTED_PAYLOAD_PATH]
    if (!cipher) return refuse('数据包不完整：缺少加密的内容')
    if (password === '') throw new PackagePasswordError(false)
    const plain = await decryptPackage(cipher.slice(), envelope.data.encryption, password)
    if (!plain) throw new PackagePasswordError(true)
    entries = readZip(plain, PACKAGE)
    json = readJson(entries[MANIFEST_PATH], Object.keys(entries))
    checkFormat(json, Object.keys(entries))
  }
  const manifest = readManifest(json)
  await checkParts(entries, manifest.parts, MANIFEST_PATH, PACKAGE)
  return {
    manifest,
    changes: readChanges(entries, manifest),
    files: await readFiles(entries, manifest),
    encrypted,
  }
}
