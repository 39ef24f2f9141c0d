import { sampleDataset } from '../../shared/samples/dataset'
import dayjs from 'dayjs'
import { sampleDocuments } from '../../shared/samples/documents'
import { sampleFollowUps } from '../../shared/samples/followUps'
import { KINDS, KIND_NAMES } from '../../shared/kinds'
import { tallyOfRows } from '../../shared/records/tallies'
import type { XiezhiDatabase } from './database'
import { saveDocument } from './documentRegister'
import { addToTallies } from './tallies'
import { createRecords } from './writePath'

/**
 * 示例数据: fictional records marked `sample: 1`, for trying the app out. Loading adds them
 * through the write path like any record; clearing removes exactly them — rows and their
 * change-log entries — because demo data must never travel to another PC in a backup or package.
 */

export async function hasSampleData(db: XiezhiDatabase): Promise<boolean> {
  for (const kind of KIND_NAMES) {
    if ((await db.records(kind).where('sample').equals(1).count()) > 0) return true
  }
  return false
}

export interface SampleCounts {
  readonly enterprise: number
  readonly org: number
  readonly contact: number
  readonly document: number
  readonly followUp: number
}

export async function loadSampleData(db: XiezhiDatabase): Promise<SampleCounts> {
  if (await hasSampleData(db)) throw new Error('示例数据已加载，如需重新加载请先清除示例数据')
  const dataset = sampleDataset()
  // A real enterprise may by chance hold a generated code; leave that sample out.
  const taken = new Set(
    await db
      .records('enterprise')
      .where('creditCode')
      .anyOf(dataset.enterprises.map((e) => e.creditCode))
      .filter((row) => row.deletedAt === undefined)
      .keys(),
  )
  const enterprises = dataset.enterprises.filter((e) => !taken.has(e.creditCode))
  const takenOrgNames = new Set(
    await db
      .records('org')
      .where('name')
      .anyOf(dataset.orgs.map((o) => o.name))
      .filter((row) => row.deletedAt === undefined)
      .keys(),
  )
  const orgs = dataset.orgs.filter((o) => !takenOrgNames.has(o.name))
  await createRecords(db, 'org', orgs, { sample: true })
  await createRecords(db, 'contact', dataset.contacts, { sample: true })
  const created = await createRecords(db, 'enterprise', enterprises, { sample: true })
  const followUps = sampleFollowUps(
    created.map((row) => row.id),
    dayjs().format('YYYY-MM-DD'),
  )
  await createRecords(db, 'followUp', followUps, { sample: true })
  const documents = await loadSampleDocuments(db)
  return {
    enterprise: enterprises.length,
    org: orgs.length,
    contact: dataset.contacts.length,
    document: documents,
    followUp: followUps.length,
  }
}

/** The 示例 register of this year, through the register's own save (numbers checked). */
async function loadSampleDocuments(db: XiezhiDatabase): Promise<number> {
  const documents = sampleDocuments(new Date().getFullYear())
  for (const document of documents) {
    const { definition, ...entry } = document
    await saveDocument(
      db,
      undefined,
      { ...entry, definition: definition ? JSON.stringify(definition) : '' },
      { sample: true },
    )
  }
  return documents.length
}

/** Removes every 示例 record of every kind, and their change-log entries. Returns how many. */
export async function clearSampleData(db: XiezhiDatabase): Promise<number> {
  const tables = KIND_NAMES.map((kind) => db.records(kind))
  let removed = 0
  await db.transaction('rw', [...tables, db.changes, db.tallies], async () => {
    for (const kind of KIND_NAMES) {
      const samples = await db.records(kind).where('sample').equals(1).toArray()
      if (samples.length === 0) continue
      const ids = samples.map((row) => row.id)
      // Removed outside applyChanges (they leave no tombstone), so taken off the tally here.
      const delta = tallyOfRows(KINDS[kind].tallied ?? [], samples, -1)
      await addToTallies(db, new Map([[kind, delta]]))
      await db.changes
        .where('[kind+recordId]')
        .anyOf(ids.map((id) => [kind, id]))
        .delete()
      await db.records(kind).bulkDelete(ids)
      removed += ids.length
    }
  })
  for (const kind of KIND_NAMES) db.changeFeed.emit({ kind, ids: [] })
  return removed
}
