import { KIND_NAMES, KINDS, type KindDefinition, type KindName } from '../../shared/kinds'
import { textOf } from '../../shared/kinds/display'
import type { XiezhiDatabase } from './database'

/** A deleted record as the 回收站 lists it. */
export interface DeletedRecord {
  readonly kind: KindName
  readonly id: string
  readonly title: string
  readonly deletedAt: number
  /** Who deleted it, as the change log says (the user named in the settings then). */
  readonly deletedBy: string
  /** The parent it belongs to, for a child deleted on its own (an agenda item of a live meeting). */
  readonly parentTitle?: string
}

/**
 * Deleted records, newest deletion first: every kind's tombstones through its `deletedAt` index
 * (the first `offset + limit` of each), merged. A child deleted with its parent is left out: it
 * comes back with the parent. `kind` narrows the list to one kind.
 */
export async function deletedRecords(
  db: XiezhiDatabase,
  query: { readonly kind?: KindName; readonly offset: number; readonly limit: number },
): Promise<{ rows: DeletedRecord[]; more: boolean }> {
  const kinds = query.kind ? [query.kind] : KIND_NAMES
  const wanted = query.offset + query.limit + 1
  const found: {
    kind: KindName
    row: Record<string, unknown>
    parent?: Record<string, unknown>
  }[] = []
  for (const kind of kinds) {
    const definition = KINDS[kind] as KindDefinition
    const rows = await db
      .records(kind)
      .orderBy('deletedAt')
      .reverse()
      .limit(wanted * 2)
      .toArray()
    for (const row of rows) {
      if (definition.parent) {
        const parent = await db.records(definition.parent.kind).get(textOf(row.parentId))
        // Deleted with its parent (or the parent is gone for good): restored with it, not alone.
        if (!parent || parent.deletedAt !== undefined) continue
        found.push({ kind, row, parent })
      } else found.push({ kind, row })
    }
  }
  found.sort((a, b) => Number(b.row.deletedAt) - Number(a.row.deletedAt))
  const page = found.slice(query.offset, query.offset + query.limit)
  const rows = await Promise.all(
    page.map(async ({ kind, row, parent }) => {
      const definition = KINDS[kind] as KindDefinition
      const entries = await db.changes
        .where('[kind+recordId]')
        .equals([kind, textOf(row.id)])
        .reverse()
        .sortBy('seq')
      const deletion = entries.find((entry) => entry.op === 'delete')
      const parentTitle =
        parent && definition.parent
          ? textOf(parent[KINDS[definition.parent.kind].titleField])
          : undefined
      return {
        kind,
        id: textOf(row.id),
        title: textOf(row[definition.titleField]) || '（无标题）',
        deletedAt: Number(row.deletedAt),
        deletedBy: deletion?.user || '未署名用户',
        ...(parentTitle === undefined ? {} : { parentTitle }),
      }
    }),
  )
  return { rows, more: found.length > query.offset + query.limit }
}
