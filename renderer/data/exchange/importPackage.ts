import { ulid } from 'ulid'
import {
  heavyDeletions,
  previewMerge,
  recordKey,
  type BothChanged,
  type MergePreview,
} from '../../../shared/exchange/previewMerge'
import { KIND_NAMES, type KindName } from '../../../shared/kinds'
import type { MergeTarget } from '../../../shared/records/mergeChange'
import { DELETED_FIELD, type RecordChange } from '../../../shared/records/recordChange'
import { applyChanges, targetOf, writeTables } from '../applyChanges'
import type { XiezhiDatabase } from '../database'
import { sortKeyFunction } from '../sortKeys'
import { notePackageReceived } from './peers'
import type { PackageContents } from './readPackage'

export interface PackagePreview extends MergePreview {
  /** Kinds where the package would delete more than a third of the live records. */
  readonly heavy: readonly { kind: KindName; deleting: number; live: number }[]
}

/** Which side's value to keep for a field changed on both PCs, by its conflict key. */
export type BothChangedChoices = ReadonlyMap<string, 'local' | 'incoming'>

export interface ImportResult {
  readonly batchId: string
  readonly applied: number
  readonly skipped: number
  /** Changes kept aside (a duplicate 信用代码…), listed with the batch. */
  readonly keptAside: number
  /** Fields set to the user's choice over the rule's. */
  readonly overridden: number
}

/** What importing `contents` would do, read from this PC's records and log; nothing is written. */
export async function previewPackage(
  db: XiezhiDatabase,
  contents: PackageContents,
): Promise<PackagePreview> {
  const hlcs = contents.changes.map((change) => change.stamp?.hlc ?? '')
  const stored = new Map<string, MergeTarget>()
  const { logged, live } = await db.transaction(
    'r',
    [db.changes, db.tallies, ...KIND_NAMES.map((kind) => db.records(kind))],
    async () => {
      const logged = new Set((await db.changes.where('hlc').anyOf(hlcs).keys()).map(String))
      for (const kind of new Set(contents.changes.map((change) => change.kind as KindName))) {
        const ids = [...new Set(contents.changes.filter((c) => c.kind === kind).map((c) => c.id))]
        for (const row of await db.records(kind).bulkGet(ids)) {
          const target = targetOf(row)
          if (row && target) stored.set(recordKey(kind, row.id), target)
        }
      }
      const tallies = await db.tallies.toArray()
      return { logged, live: new Map(tallies.map((tally) => [tally.kind, tally.live])) }
    },
  )
  const preview = previewMerge(contents.changes, logged, stored, contents.manifest.seen, Date.now())
  const heavy = heavyDeletions(preview.deletions, (kind) => live.get(kind) ?? 0).map((kind) => ({
    kind,
    deleting: preview.deletions[kind] ?? 0,
    live: live.get(kind) ?? 0,
  }))
  return { ...preview, heavy }
}

/** A local change that sets a field changed on both PCs to the value the user chose. */
function override(field: BothChanged): RecordChange {
  if (field.field !== DELETED_FIELD) {
    return { kind: field.kind, id: field.id, op: 'update', fields: { [field.field]: field.local } }
  }
  const deletedAt = typeof field.local === 'number' ? field.local : null
  return {
    kind: field.kind,
    id: field.id,
    op: deletedAt === null ? 'restore' : 'delete',
    fields: { [DELETED_FIELD]: deletedAt },
  }
}

/**
 * Merges a checked package in one transaction: its files, its changes through `applyChanges`
 * (field by field, the later timestamp winning; changes already here skipped), then — as new
 * changes made here, so they win on every PC they travel to — this PC's values of the fields
 * where the user chose them over the rule's choice. The sender is noted as a PC exchanged with.
 */
export async function importPackage(
  db: XiezhiDatabase,
  contents: PackageContents,
  bothChanged: readonly BothChanged[],
  choices: BothChangedChoices,
): Promise<ImportResult> {
  const batchId = ulid()
  // Loaded before the transaction: waiting for it inside would keep every table locked.
  await sortKeyFunction()
  const kept = bothChanged.filter(
    (field) => field.winner === 'incoming' && choices.get(field.key) === 'local',
  )
  const taken = bothChanged.filter(
    (field) => field.winner === 'local' && choices.get(field.key) === 'incoming',
  )
  return db.transaction('rw', [...writeTables(db, KIND_NAMES), db.files], async () => {
    for (const file of contents.files) {
      if ((await db.files.where('id').equals(file.id).count()) > 0) continue
      const blob = new Blob([file.bytes.slice()], { type: file.type })
      await db.files.add({ id: file.id, type: file.type, size: file.size, blob })
    }
    const result = await applyChanges(db, contents.changes, {
      origin: 'package',
      batchId,
      partial: contents.manifest.scope.type === 'record',
    })
    const overrides = [
      ...kept.map(override),
      ...taken.map((field) => override({ ...field, local: field.incoming })),
    ]
    if (overrides.length > 0) await applyChanges(db, overrides, { origin: 'local', batchId })
    await notePackageReceived(db, contents.manifest)
    return {
      batchId,
      applied: result.applied,
      skipped: result.skipped,
      keptAside: result.conflicts.length,
      overridden: overrides.length,
    }
  })
}
