import { ulid } from 'ulid'
import { diffFields } from '../../shared/domain/recordDiff'
import type { ChangeEntry, ChangeOperation } from '../../shared/domain/changeEntry'
import { searchTokensOf } from '../../shared/domain/searchTokens'
import type { sortKeyOf } from '../../shared/domain/sortKey'
import { KINDS, type KindData, type KindName } from '../../shared/kinds'
import type { XiezhiDatabase, StoredRow } from './database'
import { DuplicateRecordError, RecordNotFoundError, RecordValidationError } from './errors'
import { stampWrite, type WriteStamp } from './installation'
import { sortKeyFunction } from './sortKeys'
import { parseOrThrow } from './validation'

/**
 * The one write path. Every create, update, delete and restore of a record goes through here and,
 * in one transaction, validates the data, stamps updatedAt, the device id and an HLC, writes the
 * record and appends a change-log entry (kind, id, changed fields with old and new values, HLC,
 * user). Deletes are tombstones.
 */

export type Row<K extends KindName> = KindData<K> & StoredRow

export interface CreateOptions {
  /** Marks 示例 (demo) records. */
  readonly sample?: boolean
  /** A fixed id (reference data that must have the same id on every PC); otherwise a new ULID. */
  readonly id?: string
}

function dataFields(kind: KindName): string[] {
  return Object.keys(KINDS[kind].schema.shape)
}

function derived(kind: KindName, data: Record<string, unknown>, sortKey: typeof sortKeyOf) {
  const definition = KINDS[kind]
  const title = data[definition.titleField]
  const searchValues = definition.searchFields
    .map((field) => data[field])
    .filter((value): value is string => typeof value === 'string' && value !== '')
  return {
    sortKey: sortKey(typeof title === 'string' ? title : ''),
    searchTokens: searchTokensOf(searchValues),
  }
}

function parseData<K extends KindName>(kind: K, input: unknown): KindData<K> {
  return parseOrThrow(KINDS[kind].schema, input) as KindData<K>
}

async function assertUnique(
  db: XiezhiDatabase,
  kind: KindName,
  data: Record<string, unknown>,
  selfId: string | undefined,
): Promise<void> {
  const definition = KINDS[kind]
  for (const constraint of definition.unique) {
    const value = data[constraint.field]
    if (value === '' || value === undefined) continue
    const existing = await db
      .records(kind)
      .where(constraint.field)
      .equals(value as string)
      .filter((row) => row.deletedAt === undefined && row.id !== selfId)
      .first()
    if (existing) {
      const title = existing[definition.titleField]
      throw new DuplicateRecordError(
        constraint.field,
        existing.id,
        typeof title === 'string' ? title : '',
        constraint.message,
      )
    }
  }
}

function changeEntry(
  kind: KindName,
  recordId: string,
  op: ChangeOperation,
  changes: ChangeEntry['changes'],
  stamp: WriteStamp,
  hlc: string,
  at: number,
): ChangeEntry {
  return { hlc, kind, recordId, op, changes, user: stamp.user, deviceId: stamp.deviceId, at }
}

function newId(): string {
  return ulid()
}

export async function createRecord<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  input: unknown,
  options: CreateOptions = {},
): Promise<Row<K>> {
  const [row] = await createRecords(db, kind, [input], options)
  if (!row) throw new Error('unreachable: createRecords returned nothing')
  return row
}

/**
 * Creates many records in one transaction: all or none. Each is validated and checked for
 * uniqueness, against the database and against the others in the batch.
 */
export async function createRecords<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  inputs: readonly unknown[],
  options: Omit<CreateOptions, 'id'> & { ids?: readonly string[] } = {},
): Promise<Row<K>[]> {
  const definition = KINDS[kind]
  const table = db.records(kind)
  const datas = inputs.map((input, index) => {
    try {
      return parseData(kind, input)
    } catch (error) {
      if (error instanceof RecordValidationError && inputs.length > 1) {
        throw new RecordValidationError(
          error.issues.map((issue) => ({
            ...issue,
            message: `第${index + 1}条：${issue.message}`,
          })),
        )
      }
      throw error
    }
  })
  assertUniqueWithinBatch(kind, datas)
  const now = Date.now()
  const rows = await db.transaction('rw', [table, db.changes, db.meta], async () => {
    const sortKey = await sortKeyFunction()
    const stamp = await stampWrite(db, now, datas.length)
    const fields = dataFields(kind)
    const rows: Row<K>[] = []
    const entries: ChangeEntry[] = []
    for (const [index, data] of datas.entries()) {
      const record = data as Record<string, unknown>
      const id = options.ids?.[index] ?? newId()
      await assertUnique(db, kind, record, id)
      const hlc = stamp.hlcs[index] ?? ''
      const row = {
        ...data,
        ...derived(kind, record, sortKey),
        id,
        createdAt: now,
        updatedAt: now,
        deviceId: stamp.deviceId,
        hlc,
        ...(options.sample ? { sample: 1 as const } : {}),
      } as Row<K>
      rows.push(row)
      entries.push(
        changeEntry(kind, id, 'create', diffFields(undefined, record, fields), stamp, hlc, now),
      )
    }
    if (options.ids && (await table.bulkGet([...options.ids])).some(Boolean)) {
      throw new Error(`${definition.label}已存在`)
    }
    await table.bulkAdd(rows)
    await db.changes.bulkAdd(entries)
    return rows
  })
  db.changeFeed.emit({ kind, ids: rows.map((r) => r.id) })
  return rows
}

function assertUniqueWithinBatch(kind: KindName, datas: readonly Record<string, unknown>[]): void {
  for (const constraint of KINDS[kind].unique) {
    const seen = new Map<unknown, number>()
    for (const [index, data] of datas.entries()) {
      const value = data[constraint.field]
      if (value === '' || value === undefined) continue
      const first = seen.get(value)
      if (first !== undefined) {
        throw new RecordValidationError([
          {
            path: constraint.field,
            message: `第${index + 1}条与第${first + 1}条重复：${constraint.message}`,
          },
        ])
      }
      seen.set(value, index)
    }
  }
}

/** Replaces a record's data with `input` (validated as a whole); logs only the fields that changed. */
export async function updateRecord<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  id: string,
  input: unknown,
): Promise<Row<K>> {
  const data = parseData(kind, input) as Record<string, unknown>
  const table = db.records(kind)
  const now = Date.now()
  const result = await db.transaction('rw', [table, db.changes, db.meta], async () => {
    const sortKey = await sortKeyFunction()
    const before = await table.get(id)
    if (!before || before.deletedAt !== undefined) throw new RecordNotFoundError(id)
    await assertUnique(db, kind, data, id)
    const changes = diffFields(before, data, dataFields(kind))
    if (changes.length === 0) return { row: before as Row<K>, changed: false }
    const stamp = await stampWrite(db, now)
    const hlc = stamp.hlcs[0] ?? ''
    const row = {
      ...before,
      ...data,
      ...derived(kind, data, sortKey),
      updatedAt: now,
      deviceId: stamp.deviceId,
      hlc,
    } as Row<K>
    await table.put(row)
    await db.changes.add(changeEntry(kind, id, 'update', changes, stamp, hlc, now))
    return { row, changed: true }
  })
  if (result.changed) db.changeFeed.emit({ kind, ids: [id] })
  return result.row
}

async function setDeleted(
  db: XiezhiDatabase,
  kind: KindName,
  ids: readonly string[],
  deleted: boolean,
): Promise<void> {
  const table = db.records(kind)
  const now = Date.now()
  await db.transaction('rw', [table, db.changes, db.meta], async () => {
    const rows = await table.bulkGet([...ids])
    const targets = rows.filter(
      (row): row is StoredRow => row !== undefined && (row.deletedAt !== undefined) !== deleted,
    )
    if (targets.length === 0) return
    if (!deleted) {
      for (const row of targets) await assertUnique(db, kind, row, row.id)
    }
    const stamp = await stampWrite(db, now, targets.length)
    const updated: StoredRow[] = []
    const entries: ChangeEntry[] = []
    for (const [index, row] of targets.entries()) {
      const hlc = stamp.hlcs[index] ?? ''
      const { deletedAt: oldDeletedAt, ...rest } = row
      const next: StoredRow = deleted
        ? { ...rest, deletedAt: now, updatedAt: now, deviceId: stamp.deviceId, hlc }
        : { ...rest, updatedAt: now, deviceId: stamp.deviceId, hlc }
      updated.push(next)
      entries.push(
        changeEntry(
          kind,
          row.id,
          deleted ? 'delete' : 'restore',
          [{ field: 'deletedAt', old: oldDeletedAt, new: deleted ? now : undefined }],
          stamp,
          hlc,
          now,
        ),
      )
    }
    await table.bulkPut(updated)
    await db.changes.bulkAdd(entries)
  })
  db.changeFeed.emit({ kind, ids })
}

/** Deletes records as tombstones: hidden everywhere, kept so the delete can travel and be undone. */
export function deleteRecords(db: XiezhiDatabase, kind: KindName, ids: readonly string[]) {
  return setDeleted(db, kind, ids, true)
}

/** Undoes a delete. Refused if a live record has since taken a unique value (e.g. the code). */
export function restoreRecords(db: XiezhiDatabase, kind: KindName, ids: readonly string[]) {
  return setDeleted(db, kind, ids, false)
}
