import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyChanges } from '../../../renderer/data/applyChanges'
import { readBackup } from '../../../renderer/data/backup/readBackup'
import { restoreBackup } from '../../../renderer/data/backup/restoreBackup'
import { writeBackup } from '../../../renderer/data/backup/writeBackup'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import {
  BackupRefusedError,
  PackagePasswordError,
  PackageRefusedError,
} from '../../../renderer/data/errors'
import { importPackage, previewPackage } from '../../../renderer/data/exchange/importPackage'
import { listPeers, notePackageSent } from '../../../renderer/data/exchange/peers'
import { readPackage } from '../../../renderer/data/exchange/readPackage'
import { writePackage } from '../../../renderer/data/exchange/writePackage'
import { storeFile } from '../../../renderer/data/files'
import { readFile } from '../../../renderer/data/files'
import { addChild } from '../../../renderer/data/children'
import { createRecord, deleteRecords, updateFields } from '../../../renderer/data/writePath'
import { MANIFEST_PATH } from '../../../shared/backup/manifest'
import type { PackageScope } from '../../../shared/exchange/packageManifest'
import { KINDS } from '../../../shared/kinds'
import { DEFAULT_ATTACHMENT_RULES } from '../../../shared/kinds/attachments'
import { exchange, stateOf } from './exchangeHelpers'
import { openTestDatabase, VALID_CODE } from './testDatabase'

let office: XiezhiDatabase
let laptop: XiezhiDatabase
beforeEach(async () => {
  office = await openTestDatabase()
  laptop = await openTestDatabase()
})
afterEach(async () => {
  await office.delete()
  await laptop.delete()
})

const enterprise = (name: string) => ({ ...KINDS.enterprise.empty(), name, district: '和平区' })
const all: PackageScope = { type: 'all' }

describe('exchange packages', () => {
  it('carries records, deletions and attached files to another PC', async () => {
    const file = Object.assign(new Blob(['调研提纲'], { type: 'text/plain' }), { name: '提纲.txt' })
    const attachment = await storeFile(office, file, DEFAULT_ATTACHMENT_RULES)
    const kept = await createRecord(office, 'enterprise', {
      ...enterprise('天津甲科技有限公司'),
      files: [attachment],
    })
    const gone = await createRecord(office, 'enterprise', enterprise('天津乙科技有限公司'))
    await deleteRecords(office, 'enterprise', [gone.id])

    const { preview, result } = await exchange(office, laptop, all)
    expect(preview.counts).toMatchObject({ new: 1, deleted: 0 })
    expect(result.applied).toBeGreaterThan(0)
    expect((await laptop.records('enterprise').get(kept.id))?.name).toBe('天津甲科技有限公司')
    expect((await laptop.records('enterprise').get(gone.id))?.deletedAt).toBeDefined()
    const bytes = await readFile(laptop, attachment.id)
    expect(await bytes?.text()).toBe('调研提纲')
    expect((await stateOf(laptop)).enterprise).toEqual((await stateOf(office)).enterprise)
  })

  it('applies a record created and edited in one package, unique code and all', async () => {
    const row = await createRecord(office, 'enterprise', {
      ...enterprise('天津甲科技有限公司'),
      creditCode: VALID_CODE,
    })
    await updateFields(office, 'enterprise', row.id, { note: '第二次修改' })
    const { result } = await exchange(office, laptop, all)
    expect(result.keptAside).toBe(0)
    expect(await laptop.records('enterprise').get(row.id)).toMatchObject({
      creditCode: VALID_CODE,
      note: '第二次修改',
    })
  })

  it('changes nothing when the same package is imported twice', async () => {
    await createRecord(office, 'enterprise', enterprise('天津甲科技有限公司'))
    const written = await writePackage(office, { scope: all, password: '', appVersion: 't' })
    const contents = await readPackage(written.bytes)
    await importPackage(laptop, contents, [], new Map())
    const before = await stateOf(laptop)
    const logSize = await laptop.changes.count()
    const again = await previewPackage(laptop, contents)
    expect(again.counts).toMatchObject({ new: 0, updated: 0, deleted: 0 })
    expect(again.counts.unchanged).toBeGreaterThan(0)
    const result = await importPackage(laptop, contents, [], new Map())
    expect(result.applied).toBe(0)
    expect(await stateOf(laptop)).toEqual(before)
    expect(await laptop.changes.count()).toBe(logSize)
  })

  it('keeps edits of different fields made on both PCs, on both', async () => {
    const row = await createRecord(office, 'enterprise', enterprise('天津甲科技有限公司'))
    await exchange(office, laptop, all)
    await updateFields(laptop, 'enterprise', row.id, { note: '走访时补充：有专利 12 件' })
    await updateFields(office, 'enterprise', row.id, { district: '南开区' })
    await exchange(laptop, office, all)
    const back = await exchange(office, laptop, all)
    expect(back.preview.bothChanged).toEqual([])
    for (const db of [office, laptop]) {
      expect(await db.records('enterprise').get(row.id)).toMatchObject({
        note: '走访时补充：有专利 12 件',
        district: '南开区',
      })
    }
    expect(await stateOf(laptop)).toEqual(await stateOf(office))
  })

  it('shows a field changed on both PCs with both values, and lets the user keep the other', async () => {
    const row = await createRecord(office, 'enterprise', enterprise('天津甲科技有限公司'))
    await exchange(office, laptop, all)
    await updateFields(office, 'enterprise', row.id, { note: '办公室的备注' })
    await updateFields(laptop, 'enterprise', row.id, { note: '笔记本的备注' })
    const written = await writePackage(laptop, { scope: all, password: '', appVersion: 't' })
    const contents = await readPackage(written.bytes)
    const preview = await previewPackage(office, contents)
    expect(preview.bothChanged).toEqual([
      expect.objectContaining({
        field: 'note',
        local: '办公室的备注',
        incoming: '笔记本的备注',
        // The laptop's edit was made later: the rule keeps it.
        winner: 'incoming',
      }),
    ])
    const key = preview.bothChanged[0]?.key ?? ''
    const result = await importPackage(
      office,
      contents,
      preview.bothChanged,
      new Map([[key, 'local']]),
    )
    expect(result.overridden).toBe(1)
    expect((await office.records('enterprise').get(row.id))?.note).toBe('办公室的备注')
    // The choice is a new change: it wins on the laptop too.
    await exchange(office, laptop, all)
    expect((await laptop.records('enterprise').get(row.id))?.note).toBe('办公室的备注')
    expect(await stateOf(laptop)).toEqual(await stateOf(office))
  })

  it('counts deletions per kind and flags one that removes more than a third of a table', async () => {
    const rows = await Promise.all(
      ['甲', '乙', '丙'].map((n) => createRecord(office, 'enterprise', enterprise(`天津${n}公司`))),
    )
    await exchange(office, laptop, all)
    await deleteRecords(office, 'enterprise', [rows[0]?.id ?? '', rows[1]?.id ?? ''])
    const written = await writePackage(office, { scope: all, password: '', appVersion: 't' })
    const preview = await previewPackage(laptop, await readPackage(written.bytes))
    expect(preview.counts.deleted).toBe(2)
    expect(preview.heavy).toEqual([{ kind: 'enterprise', deleting: 2, live: 3 }])
  })

  it('sends a PC only what it lacks since the last exchange', async () => {
    await createRecord(office, 'enterprise', enterprise('天津甲公司'))
    await exchange(office, laptop, all)
    await exchange(laptop, office, all)
    // The office's next package tells the laptop what the office now has.
    await exchange(office, laptop, all)
    const officeId = (await listPeers(laptop))[0]?.deviceId ?? ''
    const newer = await createRecord(laptop, 'enterprise', enterprise('天津乙公司'))
    const since = await writePackage(laptop, {
      scope: { type: 'since', to: officeId },
      password: '',
      appVersion: 't',
    })
    const contents = await readPackage(since.bytes)
    expect(contents.changes.map((change) => change.id)).toEqual([newer.id])
  })

  it('carries one record with its children and the records it refers to', async () => {
    const company = await createRecord(office, 'enterprise', enterprise('天津甲公司'))
    await createRecord(office, 'enterprise', enterprise('天津无关公司'))
    const meeting = await createRecord(office, 'meeting', {
      ...KINDS.meeting.empty(),
      name: '知识产权座谈会',
    })
    await createRecord(office, 'enterpriseDelegate', {
      ...KINDS.enterpriseDelegate.empty(),
      parentId: meeting.id,
      enterprise: company.id,
      name: '李四',
    })
    const written = await writePackage(office, {
      scope: { type: 'record', kind: 'meeting', id: meeting.id },
      password: '',
      appVersion: 't',
    })
    await importPackage(laptop, await readPackage(written.bytes), [], new Map())
    expect((await laptop.records('meeting').get(meeting.id))?.name).toBe('知识产权座谈会')
    expect(await laptop.records('enterpriseDelegate').count()).toBe(1)
    expect((await laptop.records('enterprise').get(company.id))?.name).toBe('天津甲公司')
    expect(await laptop.records('enterprise').count()).toBe(1)
  })
})

describe('a survey brought back from the field', () => {
  it('carries the survey, its visits with their photos, a deleted one, and the enterprises visited, nothing else', async () => {
    const photo = Object.assign(new Blob(['走访现场照片'], { type: 'image/png' }), {
      name: '走访现场.png',
    })
    const attachment = await storeFile(laptop, photo, DEFAULT_ATTACHMENT_RULES)
    const met = await createRecord(laptop, 'enterprise', enterprise('天津走访新建公司'))
    await createRecord(laptop, 'enterprise', enterprise('天津无关公司'))
    const survey = await createRecord(laptop, 'survey', {
      ...KINDS.survey.empty(),
      title: '民营企业知识产权需求调研',
    })
    const visit = (name: string, files: readonly unknown[] = []) =>
      addChild(laptop, 'visit', survey.id, {
        ...KINDS.visit.empty(),
        enterprise: met.id,
        enterpriseName: name,
        visitedOn: '2026-12-01',
        files,
      })
    const kept = await visit('天津走访新建公司', [attachment])
    const dropped = await visit('走错的企业')
    await deleteRecords(laptop, 'visit', [dropped.id])
    const written = await writePackage(laptop, {
      scope: { type: 'record', kind: 'survey', id: survey.id },
      password: '',
      appVersion: 't',
    })
    await importPackage(office, await readPackage(written.bytes), [], new Map())
    expect((await office.records('visit').get(kept.id))?.enterpriseName).toBe('天津走访新建公司')
    expect((await office.records('visit').get(dropped.id))?.deletedAt).toBeDefined()
    expect((await office.records('enterprise').get(met.id))?.name).toBe('天津走访新建公司')
    expect(await office.records('enterprise').count()).toBe(1)
    expect(await (await readFile(office, attachment.id))?.text()).toBe('走访现场照片')
  })
})

describe('password-protected packages', () => {
  it('needs the password, refuses a wrong one, and reads with the right one', async () => {
    await createRecord(office, 'enterprise', enterprise('天津甲科技有限公司'))
    const { bytes } = await writePackage(office, {
      scope: all,
      password: '正确密码1',
      appVersion: 't',
    })
    // Nothing of the records is readable in the file.
    expect(strFromU8(unzipSync(bytes)['payload.bin'] ?? new Uint8Array(), true)).not.toContain(
      '天津',
    )
    await expect(readPackage(bytes)).rejects.toMatchObject({ wrong: false })
    const wrong = await readPackage(bytes, '错误密码').catch((e: unknown) => e)
    expect(wrong).toBeInstanceOf(PackagePasswordError)
    expect((wrong as PackagePasswordError).message).toContain('密码不正确')
    const contents = await readPackage(bytes, '正确密码1')
    expect(contents.encrypted).toBe(true)
    expect(contents.changes.length).toBeGreaterThan(0)
  })
})

describe('files that are not packages, or are damaged', () => {
  async function goodPackage() {
    await createRecord(office, 'enterprise', {
      ...enterprise('天津甲科技有限公司'),
      creditCode: VALID_CODE,
    })
    return (await writePackage(office, { scope: all, password: '', appVersion: 't' })).bytes
  }

  const rezip = (bytes: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void) => {
    const entries = unzipSync(bytes)
    edit(entries)
    return zipSync(entries)
  }

  it('refuses a backup offered to import, and a package offered to restore, naming the command', async () => {
    const backup = await writeBackup(office, 't')
    await expect(readPackage(backup.bytes)).rejects.toThrow(/从备份恢复/)
    const pkg = await goodPackage()
    const refused = await readBackup(pkg).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(BackupRefusedError)
    expect((refused as Error).message).toMatch(/导入数据包/)
  })

  it.each([
    ['an empty file', () => new Uint8Array(), /空的/],
    ['a truncated file', (good: Uint8Array) => good.slice(0, good.length >> 1), /不完整或已损坏/],
    [
      'a changed byte',
      (good: Uint8Array) =>
        rezip(good, (e) => {
          const part = e['changes/0001.ndjson'] ?? new Uint8Array()
          e['changes/0001.ndjson'] = strToU8(strFromU8(part).replace('天津', '北京'))
        }),
      /校验值不符/,
    ],
    [
      'a newer version',
      (good: Uint8Array) =>
        rezip(good, (e) => {
          const manifest = JSON.parse(strFromU8(e[MANIFEST_PATH] ?? new Uint8Array())) as object
          e[MANIFEST_PATH] = strToU8(JSON.stringify({ ...manifest, schemaVersion: 999 }))
        }),
      /更新版本/,
    ],
    [
      'a renamed Word file',
      () => zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
      /Word 文件/,
    ],
    [
      'malformed JSON',
      (good: Uint8Array) =>
        rezip(good, (e) => {
          e[MANIFEST_PATH] = strToU8('{"format":')
        }),
      /已损坏/,
    ],
  ])('refuses %s with a message and changes nothing', async (_name, make, message) => {
    const bytes = make(await goodPackage())
    const before = await stateOf(laptop)
    const refused = await readPackage(bytes).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(PackageRefusedError)
    expect((refused as Error).message).toMatch(message)
    expect(await stateOf(laptop)).toEqual(before)
  })

  it('keeps the data as it was when the import fails half-way', async () => {
    await goodPackage()
    for (let i = 0; i < 30; i++)
      await createRecord(office, 'enterprise', enterprise(`天津${String(i)}公司`))
    const contents = await readPackage(
      (await writePackage(office, { scope: all, password: '', appVersion: 't' })).bytes,
    )
    const before = await stateOf(laptop)
    // A change the merge accepts but storage refuses, late in the batch.
    const poisoned = {
      ...contents,
      changes: [
        ...contents.changes,
        {
          ...(contents.changes.at(-1) ?? contents.changes[0]),
          id: '',
          stamp: { hlc: '9999', deviceId: 'x', user: '', at: 0 },
        },
      ],
    } as typeof contents
    await expect(importPackage(laptop, poisoned, [], new Map())).rejects.toThrow()
    expect(await stateOf(laptop)).toEqual(before)
  })
})

describe('restoring a record on the other PC', () => {
  it('restores a record deleted on one PC and edited on the other: both changes kept', async () => {
    const row = await createRecord(office, 'enterprise', enterprise('天津甲科技有限公司'))
    await exchange(office, laptop, all)
    await deleteRecords(office, 'enterprise', [row.id])
    await applyChanges(
      laptop,
      [{ kind: 'enterprise', id: row.id, op: 'update', fields: { note: '删除前的补充' } }],
      { origin: 'local' },
    )
    await exchange(office, laptop, all)
    await exchange(laptop, office, all)
    for (const db of [office, laptop]) {
      const stored = await db.records('enterprise').get(row.id)
      expect(stored?.deletedAt).toBeDefined()
      expect(stored?.note).toBe('删除前的补充')
    }
    expect(await stateOf(laptop)).toEqual(await stateOf(office))
  })
})

describe('what each PC is sent after partial packages, lost packages and restores', () => {
  /** A package “since the last one” from one PC to its only peer, noted as sent as the app does. */
  const sinceTo = async (from: XiezhiDatabase) => {
    const toId = (await listPeers(from))[0]?.deviceId ?? ''
    const written = await writePackage(from, {
      scope: { type: 'since', to: toId },
      password: '',
      appVersion: 't',
    })
    await notePackageSent(from, toId, written.upTo)
    return (await readPackage(written.bytes)).changes.map((change) => change.id)
  }

  it('refuses a second holder of a credit code created and edited in a package, keeping one', async () => {
    await createRecord(office, 'enterprise', {
      ...enterprise('天津甲科技有限公司'),
      creditCode: VALID_CODE,
    })
    const twin = await createRecord(laptop, 'enterprise', {
      ...enterprise('天津甲科技公司（外勤录入）'),
      creditCode: VALID_CODE,
    })
    await updateFields(laptop, 'enterprise', twin.id, { note: '外勤补充' })
    const { result } = await exchange(laptop, office, all)
    expect(result.keptAside).toBeGreaterThanOrEqual(1)
    const holders = await office
      .records('enterprise')
      .where('creditCode')
      .equals(VALID_CODE)
      .toArray()
    expect(holders.filter((row) => row.deletedAt === undefined)).toHaveLength(1)
    // Nothing of the refused record was half-written.
    expect(await office.records('enterprise').get(twin.id)).toBeUndefined()
  })

  it('still sends the rest after a package of one record', async () => {
    const earlier = await createRecord(office, 'enterprise', enterprise('天津甲公司'))
    const meeting = await createRecord(office, 'meeting', {
      ...KINDS.meeting.empty(),
      name: '知识产权座谈会',
    })
    const one = await writePackage(office, {
      scope: { type: 'record', kind: 'meeting', id: meeting.id },
      password: '',
      appVersion: 't',
    })
    await importPackage(laptop, await readPackage(one.bytes), [], new Map())
    // The laptop's package tells the office what it has: the meeting, not the enterprise.
    await exchange(laptop, office, all)
    expect(await sinceTo(office)).toContain(earlier.id)
  })

  it('sends again what was in a package lost on the way, once the other PC has written', async () => {
    await createRecord(office, 'enterprise', enterprise('天津甲公司'))
    await exchange(office, laptop, all)
    await exchange(laptop, office, all)
    const later = await createRecord(office, 'enterprise', enterprise('天津乙公司'))
    // Written and noted as sent, but the USB drive never reached the laptop.
    expect(await sinceTo(office)).toEqual([later.id])
    expect(await sinceTo(office)).toEqual([])
    await exchange(laptop, office, all)
    expect(await sinceTo(office)).toEqual([later.id])
  })

  it('after a restore, says it has what the backup held and lacks what came after', async () => {
    const kept = await createRecord(office, 'enterprise', enterprise('天津甲公司'))
    await exchange(office, laptop, all)
    const backup = await writeBackup(laptop, 't')
    const lost = await createRecord(office, 'enterprise', enterprise('天津乙公司'))
    await exchange(office, laptop, all)
    await restoreBackup(laptop, await readBackup(backup.bytes))
    expect(await laptop.records('enterprise').get(lost.id)).toBeUndefined()
    await exchange(laptop, office, all)
    const resent = await sinceTo(office)
    expect(resent).toContain(lost.id)
    expect(resent).not.toContain(kept.id)
  })
})
