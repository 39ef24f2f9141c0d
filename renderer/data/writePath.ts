import { monotonicFactory } from 'ulid'
import { childKindsOf, KINDS, type KindData, type KindName } from '../../shared/kinds'
import { planCreate, planEdit } from '../../shared/records/planEdit'
import type { ChangeOrigin, RecordChange } from '../../shared/records/recordChange'
import { applyChanges, writeTables, type ApplyOptions } from './applyChanges'
import type { XiezhiDatabase, StoredRow } from './database'
import { RecordNotFoundError, RecordValidationError } from './errors'

/** Record ids: ULIDs, increasing within a millisecond (one random draw per millisecond, fast). */
const nextId = monotonicFactory()

/** A new record's id, for a screen that shows the record before it is written (its key stays). */
export const newRecordId = (): string => nextId()

/**
 * What features ask of records: create, edit, update, delete, restore. Each turns the request
 * into changes and hands them to the one apply path (applyChanges); none writes a table itself.
 */

export type Row<K extends KindName> = KindData<K> & StoredRow

export interface CreateOptions {
  /** Marks 示例 (demo) records. */
  readonly sample?: boolean
  /** Fixed ids (reference data that must have the same id on every PC); otherwise new ULIDs. */
  readonly ids?: readonly string[]
  readonly origin?: Extract<ChangeOrigin, 'local' | 'import'>
  readonly onProgress?: ApplyOptions['onProgress']
  readonly signal?: AbortSignal
}

/** A record's data as a form edits it: the kind's fields only. */
export function dataOf<K extends KindName>(
  kind: K,
  row: Readonly<Record<string, unknown>>,
): KindData<K> {
  const fields = Object.keys(KINDS[kind].schema.shape)
  return Object.fromEntries(fields.map((field) => [field, row[field]])) as KindData<K>
}

function rowsOf<K extends KindName>(
  rows: ReadonlyMap<string, StoredRow>,
  ids: readonly string[],
): Row<K>[] {
  const found: Row<K>[] = []
  for (const id of ids) {
    const row = rows.get(id)
    if (row) found.push(row as Row<K>)
  }
  return found
}

/**
 * Creates records in one batch: all or none. Each is validated (a problem names the record by
 * its place, 第N条, when there are several) and checked for uniqueness against the database and
 * the rest of the batch.
 */
export async function createRecords<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  inputs: readonly unknown[],
  options: CreateOptions = {},
): Promise<Row<K>[]> {
  const definition = KINDS[kind]
  const ids = inputs.map((_, index) => options.ids?.[index] ?? nextId())
  const changes = inputs.map((input, index) => {
    if (typeof input !== 'object' || input === null) {
      throw new RecordValidationError([{ path: '', message: `${definition.label}的数据无效` }])
    }
    return planCreate(definition, ids[index] ?? '', input as Record<string, unknown>)
  })
  if (options.ids && (await db.records(kind).bulkGet([...options.ids])).some(Boolean)) {
    throw new RecordValidationError([{ path: '', message: `${definition.label}已存在` }])
  }
  const result = await applyChanges(db, changes, {
    origin: options.origin ?? 'local',
    ...(options.sample ? { sample: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  })
  return rowsOf<K>(result.rows, ids)
}

export async function createRecord<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  input: unknown,
  options: Omit<CreateOptions, 'ids'> & { readonly id?: string } = {},
): Promise<Row<K>> {
  const { id, ...rest } = options
  const [row] = await createRecords(db, kind, [input], { ...rest, ...(id ? { ids: [id] } : {}) })
  if (!row) throw new Error('unreachable: createRecords returned nothing')
  return row
}

async function liveRow(db: XiezhiDatabase, kind: KindName, id: string): Promise<StoredRow> {
  const row = await db.records(kind).get(id)
  if (!row || row.deletedAt !== undefined) throw new RecordNotFoundError(id)
  return row
}

/**
 * A form's save: only the fields the user changed relative to what the form `loaded`. A field
 * changed elsewhere since then is not overwritten: StaleEditError names it with both values.
 */
export async function editRecord<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  id: string,
  loaded: Readonly<Record<string, unknown>>,
  edited: Readonly<Record<string, unknown>>,
): Promise<Row<K>> {
  const change = planEdit(KINDS[kind], id, loaded, edited)
  if (!change) return (await liveRow(db, kind, id)) as Row<K>
  const result = await applyChanges(db, [change], { origin: 'local' })
  return (result.rows.get(id) ?? (await liveRow(db, kind, id))) as Row<K>
}

/**
 * Sets some fields of a record, whatever they hold now (a status the register changes, a value
 * the user confirmed over one changed elsewhere). Unchanged values write nothing.
 */
export async function updateFields<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  id: string,
  fields: Readonly<Partial<KindData<K>>>,
): Promise<Row<K>> {
  const current = await liveRow(db, kind, id)
  const change = planEdit(KINDS[kind], id, current, { ...current, ...fields })
  if (!change) return current as Row<K>
  const { expected: _expected, ...unconditional } = change
  const result = await applyChanges(db, [unconditional], { origin: 'local' })
  return (result.rows.get(id) ?? current) as Row<K>
}

/**
 * The delete or restore changes of records and, with them, of their children (agenda items of a
 * meeting), at any depth. A delete gives the children the parent's time; a restore brings back
 * the children deleted at that time, not those the user had removed before.
 */
async function deleteChanges(
  db: XiezhiDatabase,
  kind: KindName,
  ids: readonly string[],
  deleted: boolean,
  now: number,
): Promise<RecordChange[]> {
  const rows = await db.records(kind).bulkGet([...ids])
  const targets = rows.filter(
    (row): row is StoredRow => row !== undefined && (row.deletedAt !== undefined) !== deleted,
  )
  const changes: RecordChange[] = targets.map((row) => ({
    kind,
    id: row.id,
    op: deleted ? 'delete' : 'restore',
    fields: { deletedAt: deleted ? now : null },
  }))
  for (const child of childKindsOf(kind)) {
    for (const parent of targets) {
      const children = await db.records(child).where('parentId').equals(parent.id).toArray()
      const affected = children.filter((row) =>
        deleted ? row.deletedAt === undefined : row.deletedAt === parent.deletedAt,
      )
      changes.push(
        ...(await deleteChanges(
          db,
          child,
          affected.map((row) => row.id),
          deleted,
          now,
        )),
      )
    }
  }
  return changes
}

/** Every kind below `kind` (children, their children…), whose tables a cascade writes. */
function descendantKinds(kind: KindName): KindName[] {
  return childKindsOf(kind).flatMap((child) => [child, ...descendantKinds(child)])
}

async function setDeleted(
  db: XiezhiDatabase,
  kind: KindName,
  ids: readonly string[],
  deleted: boolean,
): Promise<void> {
  const kinds = [kind, ...descendantKinds(kind)]
  // Read and written in one transaction: a child added meanwhile is not left behind.
  await db.transaction('rw', writeTables(db, kinds), async () => {
    const changes = await deleteChanges(db, kind, ids, deleted, Date.now())
    if (changes.length > 0) await applyChanges(db, changes, { origin: 'local' })
  })
}

/** Deletes records as tombstones: hidden everywhere, kept so the delete can travel and be undone. */
export function deleteRecords(db: XiezhiDatabase, kind: KindName, ids: readonly string[]) {
  return setDeleted(db, kind, ids, true)
}

/** Undoes a delete. Refused if a live record has since taken a unique value (e.g. the code). */
export function restoreRecords(db: XiezhiDatabase, kind: KindName, ids: readonly string[]) {
  return setDeleted(db, kind, ids, false)
}
