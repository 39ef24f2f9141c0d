import fc from 'fast-check'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readBackup } from '../../../renderer/data/backup/readBackup'
import { restoreBackup } from '../../../renderer/data/backup/restoreBackup'
import { writeBackup } from '../../../renderer/data/backup/writeBackup'
import { BACKUP_TABLES } from '../../../renderer/data/backup/backupTables'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { BackupRefusedError } from '../../../renderer/data/errors'
import { storeFile } from '../../../renderer/data/files'
import { changesOf } from '../../../renderer/data/history'
import { ensureDeviceId } from '../../../renderer/data/installation'
import { loadSampleData } from '../../../renderer/data/sampleData'
import { sha256Hex } from '../../../renderer/data/sha256'
import { createRecord, deleteRecords, editRecord } from '../../../renderer/data/writePath'
import { MANIFEST_PATH, type BackupManifest } from '../../../shared/backup/manifest'
import { KINDS } from '../../../shared/kinds'
import { DEFAULT_ATTACHMENT_RULES } from '../../../shared/kinds/attachments'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase
let other: XiezhiDatabase
beforeEach(async () => {
  db = await openTestDatabase()
  other = await openTestDatabase()
})
afterEach(async () => {
  await db.delete()
  await other.delete()
})

/** Every backed-up table, rows in key order, as one canonical text (file bytes as hex). */
async function canonical(database: XiezhiDatabase): Promise<string> {
  const tables: Record<string, unknown[]> = {}
  for (const table of BACKUP_TABLES) {
    const rows = (await database.table(table).toArray()) as Record<string, unknown>[]
    tables[table] = await Promise.all(
      rows.map(async ({ seq: _seq, blob, ...row }) =>
        blob instanceof Blob ? { ...row, bytes: await sha256Hex(await blob.arrayBuffer()) } : row,
      ),
    )
  }
  return JSON.stringify(tables)
}

async function fillWithSamplesAndAFile(database: XiezhiDatabase) {
  await loadSampleData(database)
  const file = Object.assign(new Blob(['会议材料'], { type: 'text/plain' }), { name: '材料.txt' })
  const attachment = await storeFile(database, file, DEFAULT_ATTACHMENT_RULES)
  await createRecord(database, 'meeting', {
    ...KINDS.meeting.empty(),
    name: '带附件的会议',
    files: [attachment],
  })
  const gone = await createRecord(database, 'enterprise', {
    ...KINDS.enterprise.empty(),
    name: '天津已删除科技有限公司',
  })
  await deleteRecords(database, 'enterprise', [gone.id])
}

/** A backup's entries, changed by `edit`, zipped again (checksums left as they were unless redone). */
function rezip(bytes: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes)
  edit(entries)
  return zipSync(entries)
}

const manifestOf = (entries: Record<string, Uint8Array>) =>
  JSON.parse(strFromU8(entries[MANIFEST_PATH] ?? new Uint8Array())) as BackupManifest

describe('a backup', () => {
  it('restores every table as it was, files and tombstones included, on another PC', async () => {
    await fillWithSamplesAndAFile(db)
    const { bytes, manifest } = await writeBackup(db, '0.1.0')
    expect(manifest.counts.meetings).toBeGreaterThan(0)
    expect(manifest.counts.files).toBe(1)
    await restoreBackup(other, await readBackup(bytes))
    expect(await canonical(other)).toBe(await canonical(db))
    expect((await other.tallies.get('enterprise'))?.live).toBe(
      (await db.tallies.get('enterprise'))?.live,
    )
  })

  it('gives the PC it is restored on a new device id, and its clock runs past every restored change', async () => {
    await fillWithSamplesAndAFile(db)
    const backupDevice = await ensureDeviceId(db)
    const { bytes } = await writeBackup(db, '0.1.0')
    await restoreBackup(other, await readBackup(bytes))
    const restoredDevice = await ensureDeviceId(other)
    expect(restoredDevice).not.toBe(backupDevice)
    const latest =
      (await other.changes.toArray())
        .map((entry) => entry.hlc)
        .sort()
        .at(-1) ?? ''
    const made = await createRecord(other, 'org', {
      ...KINDS.org.empty(),
      name: '恢复后新建的单位',
    })
    expect(made.hlc > latest).toBe(true)
    expect(made.hlc.endsWith(restoredDevice)).toBe(true)
  })

  it('replaces what was there: records made after the backup are gone after restoring it', async () => {
    await createRecord(db, 'org', { ...KINDS.org.empty(), name: '备份前的单位' })
    const { bytes } = await writeBackup(db, '0.1.0')
    await createRecord(db, 'org', { ...KINDS.org.empty(), name: '备份后的单位' })
    await restoreBackup(db, await readBackup(bytes))
    const names = (await db.records('org').toArray()).map((row) => row.name)
    expect(names).toContain('备份前的单位')
    expect(names).not.toContain('备份后的单位')
  })
})

/** A backup as an older version wrote it: the given tables, in one part each, with a manifest. */
async function olderBackup(
  schemaVersion: number,
  tables: Record<string, readonly Record<string, unknown>[]>,
): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {}
  const parts: BackupManifest['parts'] = {}
  const counts: Record<string, number> = {}
  for (const [table, rows] of Object.entries(tables)) {
    const path = `tables/${table}/0001.ndjson`
    const bytes = strToU8(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`)
    entries[path] = bytes
    parts[path] = { sha256: await sha256Hex(bytes), bytes: bytes.length }
    counts[table] = rows.length
  }
  const manifest: BackupManifest = {
    format: 'xiezhi-backup',
    formatVersion: 1,
    appVersion: '0.0.3',
    schemaVersion,
    deviceId: '01JOLDDEVICE00000000000000',
    createdAt: Date.UTC(2026, 10, 20),
    counts,
    parts,
  }
  entries[MANIFEST_PATH] = strToU8(JSON.stringify(manifest))
  return zipSync(entries)
}

describe('a backup from an older version', () => {
  it('is migrated as it is restored: fields added since take their defaults, old log entries read', async () => {
    const hlc = '2026-11-20T08:00:02.000Z-0000-01JOLDDEVICE00000000000000'
    const {
      files: _files,
      tags: _tags,
      ...enterprise
    } = {
      ...KINDS.enterprise.empty(),
      id: '01JENTERPRISE0000000000005',
      createdAt: Date.UTC(2026, 10, 20),
      updatedAt: Date.UTC(2026, 10, 20),
      deviceId: '01JOLDDEVICE00000000000000',
      hlc,
      searchTokens: ['天津'],
      name: '天津旧版备份有限公司',
      district: '河西区',
    }
    const bytes = await olderBackup(3, {
      enterprises: [enterprise],
      changes: [
        {
          hlc,
          kind: 'enterprise',
          recordId: enterprise.id,
          op: 'create',
          changes: [{ field: 'name', new: enterprise.name }],
          user: '李明',
          deviceId: '01JOLDDEVICE00000000000000',
          at: Date.UTC(2026, 10, 20),
        },
      ],
    })
    await restoreBackup(other, await readBackup(bytes))
    const restored = await other.records('enterprise').get(enterprise.id)
    expect(restored).toMatchObject({
      name: '天津旧版备份有限公司',
      district: '河西区',
      tags: [],
      files: [],
    })
    // Tables the old version did not have are there, empty and usable.
    expect(await other.records('meeting').count()).toBe(0)
    await createRecord(other, 'meeting', { ...KINDS.meeting.empty(), name: '恢复后的第一次会议' })
    const [logged] = await changesOf(other, 'enterprise', enterprise.id)
    expect(logged?.user).toBe('李明')
  })
})

describe('a file that cannot be restored is refused, in Chinese, and nothing changes', () => {
  let good: Uint8Array
  beforeEach(async () => {
    await createRecord(db, 'org', { ...KINDS.org.empty(), name: '天津市测试局' })
    good = (await writeBackup(db, '0.1.0')).bytes
    await createRecord(other, 'org', { ...KINDS.org.empty(), name: '本机原有的单位' })
  })

  const cases: [string, () => Uint8Array | Promise<Uint8Array>, RegExp][] = [
    ['an empty file', () => new Uint8Array(), /是空的/],
    ['a truncated file', () => good.slice(0, Math.floor(good.length / 2)), /不完整或已损坏/],
    ['a text file', () => strToU8('不是备份'), /不是协知备份/],
    [
      'a renamed Word file',
      () => zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
      /Word 文件/,
    ],
    [
      'a part changed after it was written',
      () =>
        rezip(good, (entries) => {
          const part = Object.keys(entries).find((name) => name.startsWith('tables/orgs/')) ?? ''
          entries[part] = strToU8(
            strFromU8(entries[part] ?? new Uint8Array()).replace('测试', '篡改'),
          )
        }),
      /校验值不符/,
    ],
    [
      'a newer schema version',
      () =>
        rezip(good, (entries) => {
          entries[MANIFEST_PATH] = strToU8(
            JSON.stringify({ ...manifestOf(entries), schemaVersion: 99 }),
          )
        }),
      /更新版本的协知/,
    ],
    [
      'a malformed manifest',
      () =>
        rezip(good, (entries) => {
          entries[MANIFEST_PATH] = strToU8('{"format": "xiezhi-backup",')
        }),
      /manifest\.json）已损坏/,
    ],
    [
      'an exchange package',
      () =>
        rezip(good, (entries) => {
          entries[MANIFEST_PATH] = strToU8(
            JSON.stringify({ ...manifestOf(entries), format: 'xiezhi-package' }),
          )
        }),
      /导入数据包/,
    ],
    [
      'a path outside the backup',
      () =>
        rezip(good, (entries) => {
          entries['../../evil.txt'] = strToU8('x')
        }),
      /清单未列出的文件/,
    ],
    [
      'a record its kind refuses, with a checksum made to match',
      async () => {
        const entries = unzipSync(good)
        const part = Object.keys(entries).find((name) => name.startsWith('tables/orgs/')) ?? ''
        const lines = strFromU8(entries[part] ?? new Uint8Array())
          .trim()
          .split('\n')
        const broken = lines.map((line) => {
          const row = JSON.parse(line) as Record<string, unknown>
          return JSON.stringify(row.name === '天津市测试局' ? { ...row, name: '' } : row)
        })
        const bad = strToU8(`${broken.join('\n')}\n`)
        entries[part] = bad
        const manifest = manifestOf(entries)
        manifest.parts[part] = { sha256: await sha256Hex(bad), bytes: bad.length }
        entries[MANIFEST_PATH] = strToU8(JSON.stringify(manifest))
        return zipSync(entries)
      },
      /不符合要求/,
    ],
  ]

  for (const [name, make, message] of cases) {
    it(name, async () => {
      const before = await canonical(other)
      const bytes = await make()
      const restoring = readBackup(bytes).then((contents) => restoreBackup(other, contents))
      await expect(restoring).rejects.toBeInstanceOf(BackupRefusedError)
      await expect(readBackup(bytes)).rejects.toThrow(message)
      expect(await canonical(other)).toBe(before)
    })
  }

  it('a failure half-way through the restore leaves the data as it was', async () => {
    const before = await canonical(other)
    const contents = await readBackup(good)
    // Two rows with one id: the second add fails after the tables were cleared.
    const orgs = contents.tables.get('orgs') ?? []
    const broken = new Map(contents.tables)
    broken.set('orgs', [...orgs, ...orgs])
    await expect(restoreBackup(other, { ...contents, tables: broken })).rejects.toThrow()
    expect(await canonical(other)).toBe(before)
  })
})

describe('a backup, whatever was done before it', () => {
  it('restores exactly what was there (random creates, edits and deletes)', async () => {
    const step = fc.oneof(
      fc.record({
        op: fc.constant('create' as const),
        name: fc.string({ minLength: 1, maxLength: 12 }),
      }),
      fc.record({
        op: fc.constant('edit' as const),
        at: fc.nat(),
        note: fc.string({ maxLength: 30 }),
      }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const source = await openTestDatabase()
        const target = await openTestDatabase()
        try {
          const ids: string[] = []
          for (const action of steps) {
            if (action.op === 'create') {
              const name = `天津${action.name.replace(/\s/g, '') || '某'}有限公司${String(ids.length)}`
              ids.push(
                (await createRecord(source, 'enterprise', { ...KINDS.enterprise.empty(), name }))
                  .id,
              )
              continue
            }
            const id = ids[action.at % Math.max(1, ids.length)]
            if (id === undefined || !(await source.records('enterprise').get(id))) continue
            if ((await source.records('enterprise').get(id))?.deletedAt !== undefined) continue
            if (action.op === 'delete') await deleteRecords(source, 'enterprise', [id])
            else {
              const row = (await source.records('enterprise').get(id)) as Record<string, unknown>
              await editRecord(source, 'enterprise', id, row, { ...row, note: action.note })
            }
          }
          const { bytes } = await writeBackup(source, '0.1.0')
          await restoreBackup(target, await readBackup(bytes))
          expect(await canonical(target)).toBe(await canonical(source))
        } finally {
          await source.delete()
          await target.delete()
        }
      }),
      { numRuns: 15 },
    )
  })
})
