import { strToU8 } from 'fflate'
import type { ChangeEntry } from '../../../shared/domain/changeEntry'
import { hlcNode } from '../../../shared/domain/hlc'
import { changeOfEntry, filesNamedBy, unseenBy } from '../../../shared/exchange/packageChanges'
import {
  CHANGES_PER_PART,
  changesPartPath,
  ENCRYPTED_PAYLOAD_PATH,
  FILES_LIST_PATH,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  packageFilePath,
  type PackageEnvelope,
  type PackageManifest,
  type PackageScope,
} from '../../../shared/exchange/packageManifest'
import { MANIFEST_PATH } from '../../../shared/backup/manifest'
import { childKindsOf, isKindName, KIND_NAMES, type KindName } from '../../../shared/kinds'
import type { RecordChange } from '../../../shared/records/recordChange'
import { zipWriter } from '../archive'
import type { XiezhiDatabase } from '../database'
import {
  ensureDeviceId,
  loadSettings,
  readVersionVector,
  type VersionVector,
} from '../installation'
import { recordWithChildren } from '../recordWithChildren'
import { LATEST_SCHEMA } from '../schema'
import { sha256Hex } from '../sha256'
import { encryptPackage } from './packageCrypto'
import { knownToPeer, listPeers, readEpoch } from './peers'

export interface PackageRequest {
  readonly scope: PackageScope
  /** Empty: the package is not encrypted. */
  readonly password: string
  readonly appVersion: string
}

export interface WrittenPackage {
  readonly bytes: Uint8Array<ArrayBuffer>
  readonly manifest: PackageManifest
  /** Everything up to this is in the package (for a package “since”, what the PC now has). */
  readonly upTo: VersionVector
}

/** The log entries after `known` from each device: one index range, filtered per device. */
async function entriesAfter(
  db: XiezhiDatabase,
  known: VersionVector,
  devices: readonly string[],
): Promise<ChangeEntry[]> {
  // Below the lowest mark of any device this PC has changes from, nothing is new to the peer.
  const marks = devices.map((device) => known[device] ?? '')
  const from = marks.length === 0 ? '' : marks.reduce((a, b) => (a < b ? a : b))
  const entries = await db.changes.where('hlc').above(from).toArray()
  return unseenBy(entries, known, hlcNode)
}

/** Every change to a record, its children and the records they refer to (an enterprise…). */
async function entriesOfRecord(
  db: XiezhiDatabase,
  kind: KindName,
  id: string,
): Promise<ChangeEntry[]> {
  const found = await recordWithChildren(db, kind, id)
  if (!found) throw new Error('要导出的记录不存在或已被删除')
  const keys: [string, string][] = [[kind, id]]
  // Every child, deleted ones too: a visit deleted in the field must be deleted at the office.
  for (const child of childKindsOf(kind)) {
    const ids = await db.records(child).where('parentId').equals(id).primaryKeys()
    for (const childId of ids) keys.push([child, childId])
  }
  for (const key of found.referenced.keys()) {
    const [referencedKind = '', referencedId = ''] = key.split(':')
    keys.push([referencedKind, referencedId])
  }
  const entries = await db.changes.where('[kind+recordId]').anyOf(keys).toArray()
  return entries.sort((a, b) => (a.hlc < b.hlc ? -1 : 1))
}

async function selectEntries(
  db: XiezhiDatabase,
  scope: PackageScope,
  seen: VersionVector,
): Promise<ChangeEntry[]> {
  switch (scope.type) {
    case 'all':
      return db.changes.orderBy('hlc').toArray()
    case 'since': {
      const peer = (await listPeers(db)).find((p) => p.deviceId === scope.to)
      if (!peer) throw new Error('没有这台电脑的交换记录，请选择“全部更改”')
      return entriesAfter(db, knownToPeer(peer), Object.keys(seen))
    }
    case 'record':
      if (!isKindName(scope.kind)) throw new Error(`未知的记录类型：${scope.kind}`)
      return entriesOfRecord(db, scope.kind, scope.id)
  }
}

/**
 * A package of changes from this PC's log: the changes in parts of JSON lines with the files they
 * attach, and a manifest saying who sent it, what it had seen (so the receiver can tell edits
 * made on both PCs) and the SHA-256 of every part. With a password the zip is encrypted whole.
 */
export async function writePackage(
  db: XiezhiDatabase,
  request: PackageRequest,
): Promise<WrittenPackage> {
  const deviceId = await ensureDeviceId(db)
  const { entries, seen, epoch, settings, files } = await db.transaction(
    'r',
    [db.changes, db.meta, db.files, ...KIND_NAMES.map((kind) => db.records(kind))],
    async () => {
      const seen = await readVersionVector(db)
      const entries = await selectEntries(db, request.scope, seen)
      const fileIds = filesNamedBy(entries.map(changeOfEntry))
      const files = (await db.files.bulkGet([...fileIds])).filter((file) => file !== undefined)
      return { entries, seen, epoch: await readEpoch(db), settings: await loadSettings(db), files }
    },
  )
  const zip = zipWriter()
  const parts: PackageManifest['parts'] = {}
  const add = async (path: string, bytes: Uint8Array, compress: boolean) => {
    parts[path] = { sha256: await sha256Hex(bytes), bytes: bytes.length }
    zip.add(path, bytes, compress)
  }
  for (let start = 0, index = 0; start < entries.length; start += CHANGES_PER_PART, index++) {
    const lines = entries
      .slice(start, start + CHANGES_PER_PART)
      .map((entry) => JSON.stringify(changeOfEntry(entry) satisfies RecordChange))
    await add(changesPartPath(index), strToU8(`${lines.join('\n')}\n`), true)
  }
  if (files.length > 0) {
    const list = files.map(({ id, type, size }) => JSON.stringify({ id, type, size }))
    await add(FILES_LIST_PATH, strToU8(`${list.join('\n')}\n`), true)
    for (const file of files) {
      await add(packageFilePath(file.id), new Uint8Array(await file.blob.arrayBuffer()), false)
    }
  }
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    appVersion: request.appVersion,
    schemaVersion: LATEST_SCHEMA.version,
    deviceId,
    deviceName: settings.deviceName || settings.userName,
    epoch,
    createdAt: Date.now(),
    scope: request.scope,
    seen,
    counts: { changes: entries.length, files: files.length },
    parts,
  }
  zip.add(MANIFEST_PATH, strToU8(JSON.stringify(manifest, null, 2)), true)
  const plain = await zip.finish()
  if (request.password === '') return { bytes: plain, manifest, upTo: seen }
  const { encryption, bytes } = await encryptPackage(plain, request.password)
  const envelope: PackageEnvelope = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    encryption,
  }
  const outer = zipWriter()
  outer.add(MANIFEST_PATH, strToU8(JSON.stringify(envelope, null, 2)), true)
  outer.add(ENCRYPTED_PAYLOAD_PATH, bytes, false)
  return { bytes: await outer.finish(), manifest, upTo: seen }
}
