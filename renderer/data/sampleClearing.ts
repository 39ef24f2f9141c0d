import { KIND_NAMES, KINDS, type KindDefinition, type KindName } from '../../shared/kinds'
import { referenceKey, referencesIn, textOf } from '../../shared/kinds/display'
import type { StoredRow, XiezhiDatabase } from './database'

/** The clock's timestamp when the 示例数据 finished loading: a later change to one is an edit. */
export const SAMPLES_LOADED = 'samplesLoadedHlc'

/** A 示例 record that 清除示例数据 keeps, and why. */
export interface KeptSample {
  readonly kind: KindName
  readonly id: string
  readonly title: string
  readonly reason: string
}

export interface SampleClearingPlan {
  /** Sample records to remove, by kind. */
  readonly remove: ReadonlyMap<KindName, readonly StoredRow[]>
  readonly keep: readonly KeptSample[]
}

const titleOf = (kind: KindName, row: Readonly<Record<string, unknown>>) =>
  textOf(row[KINDS[kind].titleField]) || '（无标题）'

/** Kinds with fields that refer to other records (a contact's 单位, a meeting's attendees). */
const REFERRING_KINDS = KIND_NAMES.filter((kind) =>
  Object.values((KINDS[kind] as KindDefinition).fields).some(
    (meta) => meta.input.type === 'reference' || meta.input.type === 'parties',
  ),
)

/**
 * What 清除示例数据 would do: remove every 示例 record except those someone edited after the samples
 * were loaded, those a real record refers to (a sample organisation a real contact belongs to),
 * and, with a kept record, its parent and its children, so nothing kept is left without them.
 * Reads only the database: it may run inside the clearing's transaction.
 */
export async function planSampleClearing(db: XiezhiDatabase): Promise<SampleClearingPlan> {
  const samples = new Map<KindName, StoredRow[]>()
  for (const kind of KIND_NAMES) {
    samples.set(kind, await db.records(kind).where('sample').equals(1).toArray())
  }
  const kept = new Map<string, KeptSample>()
  const keep = (kind: KindName, row: StoredRow, reason: string) => {
    const key = referenceKey(kind, row.id)
    if (!kept.has(key)) kept.set(key, { kind, id: row.id, title: titleOf(kind, row), reason })
  }

  const sampleKeys = new Map<string, { kind: KindName; row: StoredRow }>()
  for (const [kind, rows] of samples) {
    for (const row of rows) sampleKeys.set(referenceKey(kind, row.id), { kind, row })
  }
  const loaded = await db.meta.get(SAMPLES_LOADED)
  if (typeof loaded?.value === 'string') {
    const edited = await db.changes.where('hlc').above(loaded.value).toArray()
    for (const entry of edited) {
      const sample = sampleKeys.get(referenceKey(entry.kind as KindName, entry.recordId))
      if (sample) keep(sample.kind, sample.row, '已被修改')
    }
  }

  for (const kind of REFERRING_KINDS) {
    const real = await db
      .records(kind)
      .filter((row) => row.sample !== 1)
      .toArray()
    for (const row of real) {
      if (row.deletedAt !== undefined) continue
      for (const target of referencesIn(KINDS[kind], [row])) {
        const sample = sampleKeys.get(referenceKey(target.kind, target.id))
        if (sample)
          keep(sample.kind, sample.row, `被${KINDS[kind].label}“${titleOf(kind, row)}”引用`)
      }
    }
  }

  // Parents of kept children and children of kept parents stay with them.
  for (let changed = true; changed;) {
    changed = false
    for (const [kind, rows] of samples) {
      const parent = (KINDS[kind] as KindDefinition).parent?.kind
      if (!parent) continue
      for (const row of rows) {
        const parentKey = referenceKey(parent, textOf(row.parentId))
        const childKey = referenceKey(kind, row.id)
        const parentSample = sampleKeys.get(parentKey)
        if (kept.has(parentKey) && !kept.has(childKey)) {
          keep(kind, row, `属于保留的${KINDS[parent].label}`)
          changed = true
        } else if (kept.has(childKey) && parentSample && !kept.has(parentKey)) {
          keep(parent, parentSample.row, `其下有保留的${KINDS[kind].label}`)
          changed = true
        }
      }
    }
  }

  const remove = new Map<KindName, StoredRow[]>()
  for (const [kind, rows] of samples) {
    const removed = rows.filter((row) => !kept.has(referenceKey(kind, row.id)))
    if (removed.length > 0) remove.set(kind, removed)
  }
  return { remove, keep: [...kept.values()] }
}
