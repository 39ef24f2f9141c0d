import { ulid } from 'ulid'
import { advanceVector, formatHlc, parseHlc, type HlcState } from '../../../shared/domain/hlc'
import { KIND_NAMES, KINDS } from '../../../shared/kinds'
import { tallyOfRows } from '../../../shared/records/tallies'
import type { XiezhiDatabase } from '../database'
import { sortKeyFunction } from '../sortKeys'
import { BACKUP_TABLES, CHANGES_TABLE, FILES_TABLE, kindOfTable } from './backupTables'
import type { BackupContents } from './readBackup'

/** Keys of `meta` a restore sets: this PC's new identity and the start of a new exchange epoch. */
const DEVICE_ID = 'deviceId'
const HLC = 'hlc'
const EPOCH = 'exchangeEpoch'
const VERSION_VECTOR = 'versionVector'

/** The later of two clocks, kept on this PC's (new) device id. */
function laterClock(a: HlcState, b: HlcState, node: string): HlcState {
  const later = a.millis > b.millis || (a.millis === b.millis && a.counter >= b.counter) ? a : b
  return { ...later, node }
}

/** The latest timestamp among the rows and the log: the clock must run past it. */
function latestStamp(contents: BackupContents): HlcState | undefined {
  let latest: string | undefined
  for (const [table, rows] of contents.tables) {
    if (table === FILES_TABLE) continue
    for (const row of rows) {
      const hlc = row.hlc
      if (typeof hlc === 'string' && (latest === undefined || hlc > latest)) latest = hlc
    }
  }
  return latest === undefined ? undefined : parseHlc(latest)
}

/**
 * What the restored data has seen: the latest logged change from each device. Packages are then
 * judged against what is here now, not against what was here before the restore.
 */
function versionVectorOf(contents: BackupContents): Record<string, string> {
  const entries = contents.tables.get(CHANGES_TABLE) ?? []
  return advanceVector(
    {},
    entries.flatMap((entry) => (typeof entry.hlc === 'string' ? [entry.hlc] : [])),
  )
}

/**
 * Replaces every backed-up table with a checked backup's rows, in one transaction: if anything
 * fails, the data is exactly as before. The rows and their change log come back together, so each
 * record's history is the one it had. This PC then takes a new device id (a backup restored on
 * two PCs must not make them one) and starts a new exchange epoch, and its clock runs past every
 * restored timestamp. Tallies are counted again; drafts and unmerged conflicts are dropped.
 */
export async function restoreBackup(db: XiezhiDatabase, contents: BackupContents): Promise<void> {
  const sortKeyOf = await sortKeyFunction()
  const deviceId = ulid()
  const restoredLatest = latestStamp(contents)
  await db.transaction(
    'rw',
    [
      ...BACKUP_TABLES.map((table) => db.table(table)),
      db.tallies,
      db.meta,
      db.drafts,
      db.conflicts,
    ],
    async () => {
      const clockEntry = await db.meta.get(HLC)
      for (const table of BACKUP_TABLES) await db.table(table).clear()
      await Promise.all([db.tallies.clear(), db.drafts.clear(), db.conflicts.clear()])
      for (const [table, rows] of contents.tables) {
        const kind = kindOfTable(table)
        if (kind) {
          const titleField = KINDS[kind].titleField
          // The 拼音 sort key is derived data: made again, as this version makes it.
          const stored = rows.map((row) => ({
            ...row,
            sortKey: sortKeyOf(typeof row[titleField] === 'string' ? row[titleField] : ''),
          }))
          await db.table(table).bulkAdd(stored)
        } else if (table === FILES_TABLE) {
          await db.files.bulkAdd(
            rows.map((row) => ({
              id: String(row.id),
              type: String(row.type),
              size: Number(row.size),
              blob: new Blob([(row.bytes as Uint8Array).slice().buffer], {
                type: String(row.type),
              }),
            })),
          )
        } else if (table === CHANGES_TABLE) {
          await db.changes.bulkAdd(rows.map(({ seq: _seq, ...entry }) => entry) as never[])
        }
      }
      for (const kind of KIND_NAMES) {
        const rows = contents.tables.get(KINDS[kind].table) ?? []
        await db.tallies.put({ kind, ...tallyOfRows(KINDS[kind].tallied ?? [], rows) })
      }
      const current = typeof clockEntry?.value === 'string' ? parseHlc(clockEntry.value) : undefined
      const clock =
        current && restoredLatest
          ? laterClock(current, restoredLatest, deviceId)
          : { ...(current ?? restoredLatest ?? { millis: 0, counter: 0 }), node: deviceId }
      await db.meta.bulkPut([
        { key: DEVICE_ID, value: deviceId },
        { key: HLC, value: formatHlc(clock) },
        { key: EPOCH, value: ulid() },
        { key: VERSION_VECTOR, value: versionVectorOf(contents) },
      ])
    },
  )
  for (const kind of KIND_NAMES) db.changeFeed.emit({ kind, ids: [] })
}
