import { KINDS, type KindName } from '../../shared/kinds'
import { compareOrder, orderKeyBetween } from '../../shared/records/orderKey'
import { applyChanges, writeTables } from './applyChanges'
import type { StoredRow, XiezhiDatabase } from './database'
import { RecordNotFoundError } from './errors'
import { createRecord, createRecords, type CreateOptions, type Row } from './writePath'

/** Children shown on a parent's page at most; more is not a list anyone reorders by hand. */
export const CHILDREN_SHOWN = 500

function requireChildKind(kind: KindName): void {
  if (!KINDS[kind].parent) throw new Error(`${kind} is not a child kind`)
}

/** The live children of a record, in their order (read through [parentId+order]). */
export async function listChildren(
  db: XiezhiDatabase,
  kind: KindName,
  parentId: string,
): Promise<StoredRow[]> {
  requireChildKind(kind)
  const rows = await db
    .records(kind)
    .where('[parentId+order]')
    .between([parentId, ''], [parentId, '\uffff'])
    .filter((row) => row.deletedAt === undefined)
    .limit(CHILDREN_SHOWN)
    .toArray()
  return rows.sort((a, b) => compareOrder(a as OrderedRow, b as OrderedRow))
}

type OrderedRow = StoredRow & { order: string; parentId: string }

/** Adds a child at the end of its parent's list, or just after one of its siblings. */
export async function addChild<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  parentId: string,
  input: Readonly<Record<string, unknown>>,
  options: { readonly after?: string; readonly id?: string } = {},
): Promise<Row<K>> {
  requireChildKind(kind)
  return db.transaction('rw', writeTables(db, [kind]), async () => {
    const siblings = (await listChildren(db, kind, parentId)) as OrderedRow[]
    const at = options.after ? siblings.findIndex((row) => row.id === options.after) : -1
    const before = at >= 0 ? siblings[at] : siblings.at(-1)
    const next = at >= 0 ? siblings[at + 1] : undefined
    const order = orderKeyBetween(before?.order ?? null, next?.order ?? null)
    return createRecord(
      db,
      kind,
      { ...input, parentId, order },
      options.id ? { id: options.id } : {},
    )
  })
}

/**
 * Children imported into a parent (a 报名表 into its 培训), after those already there, in one
 * batch through `createRecords` (origin import; 取消 writes nothing).
 */
export async function importChildren<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  parentId: string,
  inputs: readonly Readonly<Record<string, unknown>>[],
  options: Pick<CreateOptions, 'onProgress' | 'signal'> = {},
): Promise<Row<K>[]> {
  requireChildKind(kind)
  const siblings = (await listChildren(db, kind, parentId)) as OrderedRow[]
  let order = siblings.at(-1)?.order ?? null
  const ordered = inputs.map((input) => {
    order = orderKeyBetween(order, null)
    return { ...input, parentId, order }
  })
  return createRecords(db, kind, ordered, { ...options, origin: 'import' })
}

/** Moves a child one place up or down among its siblings: one field of one row changes. */
export async function moveChild(
  db: XiezhiDatabase,
  kind: KindName,
  id: string,
  direction: 'up' | 'down',
): Promise<void> {
  requireChildKind(kind)
  await db.transaction('rw', writeTables(db, [kind]), async () => {
    const row = (await db.records(kind).get(id)) as OrderedRow | undefined
    if (!row || row.deletedAt !== undefined) throw new RecordNotFoundError(id)
    const siblings = (await listChildren(db, kind, row.parentId)) as OrderedRow[]
    const index = siblings.findIndex((sibling) => sibling.id === id)
    const order =
      direction === 'up'
        ? index > 0
          ? orderKeyBetween(siblings[index - 2]?.order ?? null, siblings[index - 1]?.order ?? null)
          : undefined
        : index < siblings.length - 1
          ? orderKeyBetween(siblings[index + 1]?.order ?? null, siblings[index + 2]?.order ?? null)
          : undefined
    if (order === undefined) return
    await applyChanges(db, [{ kind, id, op: 'update', fields: { order } }], { origin: 'local' })
  })
}
