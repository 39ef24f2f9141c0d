import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { XiezhiDatabase } from '../../../renderer/data/database'
import {
  documentsFrom,
  reserveNumbers,
  saveDocument,
  seriesRows,
} from '../../../renderer/data/documentRegister'
import { addChild, listChildren } from '../../../renderer/data/children'
import { changesOf } from '../../../renderer/data/history'
import { editRecord } from '../../../renderer/data/writePath'
import { changeEntrySchema } from '../../../shared/domain/changeEntry'
import { listRecords, referenceTitles } from '../../../renderer/data/queries'
import { LATEST_SCHEMA, SCHEMA_VERSIONS } from '../../../renderer/data/schema'
import { KINDS } from '../../../shared/kinds'
import { recordMetaSchema } from '../../../shared/kinds/recordMeta'
import { VALID_CODE } from './testDatabase'

/**
 * The migration harness: open a database at an older schema version, fill it with fixture rows
 * as that version wrote them, then open it with today's code and check nothing was lost.
 * Every schema change adds a case here.
 */
async function createAtVersion(name: string, version: number, fill: (db: Dexie) => Promise<void>) {
  const old = new Dexie(name)
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    old.version(schema.version).stores(schema.stores)
  }
  await old.open()
  await fill(old)
  old.close()
}

const meta = (id: string, hlc: string) => ({
  id,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  deviceId: '01JDEVICE0000000000000000A',
  hlc,
  searchTokens: [],
})

describe('migrations', () => {
  it('v1 → latest keeps every row and adds the 拼音 sort key', async () => {
    const name = `migration-v1-${Date.now()}`
    const enterpriseV1 = {
      ...KINDS.enterprise.empty(),
      ...meta(
        '01JENTERPRISE0000000000001',
        '2023-11-14T22:13:20.000Z-0000-01JDEVICE0000000000000000A',
      ),
      name: '天津重庆银行服务有限公司',
      creditCode: VALID_CODE,
      district: '河西区',
      tags: ['高新技术企业'],
    }
    const tombstoneV1 = {
      ...enterpriseV1,
      id: '01JENTERPRISE0000000000002',
      creditCode: '',
      deletedAt: 1_700_000_100_000,
    }
    const contactV1 = {
      ...KINDS.contact.empty(),
      ...meta('01JCONTACT00000000000000001', enterpriseV1.hlc),
      name: '张伟',
    }
    await createAtVersion(name, 1, async (db) => {
      await db.table('meta').bulkPut([
        { key: 'deviceId', value: '01JDEVICE0000000000000000A' },
        { key: 'hlc', value: enterpriseV1.hlc },
      ])
      await db.table('enterprises').bulkAdd([enterpriseV1, tombstoneV1])
      await db.table('contacts').add(contactV1)
      await db.table('changes').add({
        hlc: enterpriseV1.hlc,
        kind: 'enterprise',
        recordId: enterpriseV1.id,
        op: 'create',
        changes: [],
        user: '',
        deviceId: enterpriseV1.deviceId,
        at: 1,
      })
    })

    const db = new XiezhiDatabase(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version)
    const enterprises = await db.records('enterprise').toArray()
    expect(enterprises).toHaveLength(2)
    const live = enterprises.find((e) => e.id === enterpriseV1.id)
    expect(live).toMatchObject({ ...enterpriseV1 })
    expect(live?.sortKey.replace(/\s+/g, ' ').trim()).toBe(
      'tian jin chong qing yin hang fu wu you xian gong si',
    )
    expect(enterprises.find((e) => e.id === tombstoneV1.id)?.deletedAt).toBe(1_700_000_100_000)
    // Every row still reads through today's schemas.
    for (const row of enterprises) {
      expect(KINDS.enterprise.schema.safeParse(row).success).toBe(true)
      expect(recordMetaSchema.safeParse(row).success).toBe(true)
    }
    expect(await db.records('contact').get(contactV1.id)).toMatchObject(contactV1)
    expect(await db.changes.count()).toBe(1)
    expect((await db.meta.get('deviceId'))?.value).toBe('01JDEVICE0000000000000000A')
    // The new index works: sorting by name uses the sort key.
    const page = await listRecords(db, 'enterprise', {
      offset: 0,
      limit: 10,
      sort: { field: 'name', direction: 'asc' },
    })
    expect(page.rows.map((r) => r.id)).toEqual([enterpriseV1.id])
    await db.delete()
  })

  it('v2 → v3 keeps every row and adds an empty, usable 发文登记', async () => {
    const name = `migration-v2-${Date.now()}`
    const hlc = '2025-11-14T22:13:20.000Z-0000-01JDEVICE0000000000000000A'
    const enterpriseV2 = {
      ...KINDS.enterprise.empty(),
      ...meta('01JENTERPRISE0000000000003', hlc),
      name: '天津示范科技有限公司',
      sortKey: 'tian jin shi fan ke ji you xian gong si',
    }
    await createAtVersion(name, 2, async (db) => {
      await db.table('meta').bulkPut([
        { key: 'deviceId', value: '01JDEVICE0000000000000000A' },
        { key: 'hlc', value: hlc },
      ])
      await db.table('enterprises').add(enterpriseV2)
    })

    const db = new XiezhiDatabase(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version)
    expect(await db.records('enterprise').get(enterpriseV2.id)).toEqual(enterpriseV2)
    expect(await db.records('document').count()).toBe(0)
    const [reserved] = await reserveNumbers(db, { prefix: '津知发', year: 2026, count: 1 })
    expect(reserved?.documentNumber).toBe('津知发〔2026〕1号')
    expect(await seriesRows(db, { prefix: '津知发', year: 2026 })).toHaveLength(1)
    await db.delete()
  })

  it('v3 → v4 keeps every row and log entry; old rows and entries work with field clocks', async () => {
    const name = `migration-v3-${Date.now()}`
    const device = '01JDEVICE0000000000000000A'
    const hlc = (second: number) =>
      `2026-11-20T08:00:${String(second).padStart(2, '0')}.000Z-0000-${device}`
    const enterpriseV3 = {
      ...KINDS.enterprise.empty(),
      ...meta('01JENTERPRISE0000000000005', hlc(2)),
      name: '天津迁移测试有限公司',
      district: '河西区',
      contactName: '王五',
      sortKey: 'tian jin qian yi ce shi you xian gong si',
    }
    const documentV3 = {
      ...KINDS.document.empty(),
      ...meta('01JDOCUMENT000000000000001', hlc(3)),
      title: '关于迁移的通知',
      documentNumber: '津知发〔2026〕4号',
      prefix: '津知发',
      year: 2026,
      sequence: 4,
      status: 'reserved',
      definition: '{"title":"关于迁移的通知"}',
      sortKey: 'guan yu',
    }
    const entryV3 = (recordId: string, kind: string, second: number) => ({
      hlc: hlc(second),
      kind,
      recordId,
      op: 'create',
      changes: [{ field: 'name', old: undefined, new: '天津迁移测试有限公司' }],
      user: '李明',
      deviceId: device,
      at: 1_763_625_600_000,
    })
    await createAtVersion(name, 3, async (db) => {
      await db.table('meta').bulkPut([
        { key: 'deviceId', value: device },
        { key: 'hlc', value: hlc(3) },
      ])
      await db.table('enterprises').add(enterpriseV3)
      await db.table('documents').add(documentV3)
      await db
        .table('changes')
        .bulkAdd([entryV3(enterpriseV3.id, 'enterprise', 2), entryV3(documentV3.id, 'document', 3)])
    })

    const db = new XiezhiDatabase(name)
    await db.open()
    expect(db.verno).toBe(LATEST_SCHEMA.version)
    expect(await db.records('enterprise').get(enterpriseV3.id)).toEqual(enterpriseV3)
    expect(await db.records('document').get(documentV3.id)).toEqual(documentV3)
    // Old log entries read as local changes of version 3.
    const [logged] = await changesOf(db, 'enterprise', enterpriseV3.id)
    expect(changeEntrySchema.parse(logged)).toMatchObject({
      origin: 'local',
      batchId: '',
      schemaVersion: 3,
    })
    // An old row (no field clocks) is edited field by field like any other.
    const edited = await editRecord(db, 'enterprise', enterpriseV3.id, enterpriseV3, {
      ...enterpriseV3,
      contactName: '赵六',
    })
    expect(edited).toMatchObject({ contactName: '赵六', district: '河西区' })
    expect(edited.clocks?.contactName).toBe(edited.hlc)
    expect(edited.clocks?.['*']).toBe(enterpriseV3.hlc)
    // The old register entry keeps its number and can be written on.
    await expect(
      saveDocument(db, undefined, {
        title: '另一份',
        documentNumber: '津知发〔2026〕4号',
        format: 'file',
        date: '',
        status: 'draft',
        definition: '',
      }),
    ).rejects.toThrow(/已由草稿“关于迁移的通知”占用/)
    // The new stores are there.
    await db.drafts.put({ key: 'enterprise:new', kind: 'enterprise', values: {}, savedAt: 1 })
    expect(await db.drafts.count()).toBe(1)
    expect(await db.conflicts.count()).toBe(0)
    await db.delete()
  })

  it('v4 → v5 counts the live records of every kind and their 所属区 into tallies', async () => {
    const name = `migration-v4-${Date.now()}`
    const enterprise = (n: number, district: string, deleted = false) => ({
      ...KINDS.enterprise.empty(),
      ...meta(
        `01JENTERPRISE000000000000${String(n)}`,
        `2026-11-20T08:00:0${String(n)}.000Z-0000-X`,
      ),
      name: `天津第${String(n)}有限公司`,
      district,
      sortKey: `tian jin ${String(n)}`,
      ...(deleted ? { deletedAt: 1 } : {}),
    })
    await createAtVersion(name, 4, async (db) => {
      await db
        .table('enterprises')
        .bulkAdd([
          enterprise(1, '河西区'),
          enterprise(2, '河西区'),
          enterprise(3, ''),
          enterprise(4, '南开区', true),
        ])
    })
    const db = new XiezhiDatabase(name)
    await db.open()
    expect(await db.tallies.get('enterprise')).toEqual({
      kind: 'enterprise',
      live: 3,
      values: { district: { 河西区: 2, '': 1 } },
    })
    expect(await db.tallies.get('org')).toEqual({ kind: 'org', live: 0, values: {} })
    await db.delete()
  })

  it('v5 → v7 keeps every row, adds files and 跟进事项, and finds documents by their source', async () => {
    const name = `migration-v5-${Date.now()}`
    const enterprise = {
      ...KINDS.enterprise.empty(),
      ...meta('01JENTERPRISE0000000000001', '2026-11-20T08:00:01.000Z-0000-X'),
      name: '天津迁移测试有限公司',
      sortKey: 'tian jin qian yi',
    }
    const letter = {
      ...KINDS.document.empty(),
      ...meta('01JDOCUMENT000000000000001', '2026-11-20T08:00:02.000Z-0000-X'),
      title: '关于贵公司知识产权服务事项办理情况的函',
      format: 'letter',
      sourceKind: 'enterprise',
      sourceId: enterprise.id,
      sortKey: 'guan yu',
    }
    await createAtVersion(name, 5, async (db) => {
      await db.table('enterprises').add(enterprise)
      await db.table('documents').add(letter)
    })
    const db = new XiezhiDatabase(name)
    await db.open()
    expect(db.verno).toBe(LATEST_SCHEMA.version)
    expect(await db.records('enterprise').get(enterprise.id)).toMatchObject({
      name: enterprise.name,
    })
    expect((await documentsFrom(db, enterprise.id)).map((row) => row.id)).toEqual([letter.id])
    expect(await db.files.count()).toBe(0)
    const followUp = await addChild(db, 'followUp', enterprise.id, {
      ...KINDS.followUp.empty(),
      content: '迁移后添加的跟进事项',
    })
    expect((await listChildren(db, 'followUp', enterprise.id)).map((row) => row.id)).toEqual([
      followUp.id,
    ])
    await db.delete()
  })

  it('v3 fixtures of the four first kinds, as v3 wrote them, read and list on today’s schema', async () => {
    const name = `migration-v3-kinds-${Date.now()}`
    const hlc = (second: number) => `2026-11-20T08:00:0${String(second)}.000Z-0000-X`
    // Only the fields version 3 had: later fields (成立日期, 附件, …) are absent from these rows.
    const orgV3 = {
      ...meta('01JORG000000000000000000001', hlc(1)),
      name: '天津市河西区工商业联合会',
      shortName: '河西区工商联',
      category: 'federation',
      level: 'district',
      district: '河西区',
      departments: ['经济部'],
      phone: '',
      address: '',
      note: '',
      sortKey: 'tian jin shi he xi qu',
    }
    const contactV3 = {
      ...meta('01JCONTACT00000000000000001', hlc(2)),
      name: '赵敏',
      orgId: orgV3.id,
      department: '经济部',
      title: '部长',
      phone: '',
      mobile: '13812345678',
      email: '',
      note: '',
      sortKey: 'zhao min',
    }
    const enterpriseV3 = {
      ...meta('01JENTERPRISE0000000000009', hlc(3)),
      name: '天津旧版测试有限公司',
      creditCode: '',
      district: '河西区',
      industry: '',
      scale: '',
      tags: [],
      chamber: '',
      inventionPatents: 2,
      utilityModels: 0,
      designs: 0,
      trademarks: 1,
      copyrights: 0,
      contactName: '',
      contactPhone: '',
      address: '',
      note: '',
      sortKey: 'tian jin jiu ban',
    }
    const documentV3 = {
      ...meta('01JDOCUMENT000000000000009', hlc(4)),
      title: '关于旧版的通知',
      documentNumber: '',
      prefix: '',
      year: 0,
      sequence: 0,
      format: 'file',
      date: '2026-11-20',
      status: 'draft',
      sourceKind: '',
      sourceId: '',
      fileName: '',
      definition: '',
      remark: '',
      sortKey: 'guan yu jiu ban',
    }
    await createAtVersion(name, 3, async (db) => {
      await db.table('orgs').add(orgV3)
      await db.table('contacts').add(contactV3)
      await db.table('enterprises').add(enterpriseV3)
      await db.table('documents').add(documentV3)
    })
    const db = new XiezhiDatabase(name)
    await db.open()
    const rows = [
      ['org', orgV3],
      ['contact', contactV3],
      ['enterprise', enterpriseV3],
      ['document', documentV3],
    ] as const
    for (const [kind, row] of rows) {
      const page = await listRecords(db, kind, { offset: 0, limit: 10 })
      expect(
        page.rows.map((r) => r.id),
        kind,
      ).toEqual([row.id])
      // Fields added since version 3 take their blank values when the row is read.
      const parsed = KINDS[kind].schema.safeParse(page.rows[0])
      expect(parsed.success, `${kind}: ${parsed.error?.message ?? ''}`).toBe(true)
    }
    expect(await referenceTitles(db, [{ kind: 'org', id: orgV3.id }])).toEqual(
      new Map([[`org:${orgV3.id}`, '天津市河西区工商业联合会']]),
    )
    await db.delete()
  })
})
