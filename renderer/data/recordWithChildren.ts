import { childKindsOf, KINDS, type KindName } from '../../shared/kinds'
import { referenceKey, referencesIn, textOf } from '../../shared/kinds/display'
import type { StoredRow, XiezhiDatabase } from './database'
import { listChildren } from './children'
import { getRecord, getRecords, referenceTitles } from './queries'

export interface RecordWithChildren {
  readonly record: StoredRow
  /** Each child kind's live rows, in order. */
  readonly children: Partial<Record<KindName, StoredRow[]>>
  /**
   * Titles of every record the record and its children refer to, and of those that these refer
   * to in turn (a contact's 单位), keyed by `referenceKey`.
   */
  readonly titles: ReadonlyMap<string, string>
  /** The records the record and its children refer to (a 签到表 reads a contact's 职务). */
  readonly referenced: ReadonlyMap<string, StoredRow>
}

/** The records referred to, read once, and the titles of those and of what they refer to in turn. */
export async function referencedWithTitles(
  db: XiezhiDatabase,
  references: readonly { readonly kind: KindName; readonly id: string }[],
): Promise<Pick<RecordWithChildren, 'titles' | 'referenced'>> {
  const referenced = new Map<string, StoredRow>()
  const titles = new Map<string, string>()
  const further = []
  for (const target of new Set(references.map((r) => r.kind))) {
    const ids = [...new Set(references.filter((r) => r.kind === target).map((r) => r.id))]
    const rows = await getRecords(db, target, ids)
    for (const row of rows) {
      referenced.set(referenceKey(target, row.id), row)
      titles.set(referenceKey(target, row.id), textOf(row[KINDS[target].titleField]))
    }
    further.push(...referencesIn(KINDS[target], rows))
  }
  const unread = further.filter((r) => !referenced.has(referenceKey(r.kind, r.id)))
  for (const [key, title] of await referenceTitles(db, unread)) titles.set(key, title)
  return { titles, referenced }
}

/**
 * A record with its children and the titles they refer to: what a document generator needs. Undefined when the record is gone.
 */
export async function recordWithChildren(
  db: XiezhiDatabase,
  kind: KindName,
  id: string,
): Promise<RecordWithChildren | undefined> {
  const record = await getRecord(db, kind, id)
  if (!record) return undefined
  const childKinds = childKindsOf(kind)
  const children: Partial<Record<KindName, StoredRow[]>> = {}
  for (const child of childKinds) children[child] = await listChildren(db, child, id)
  const references = [
    ...referencesIn(KINDS[kind], [record]),
    ...childKinds.flatMap((child) => referencesIn(KINDS[child], children[child] ?? [])),
  ]
  return { record, children, ...(await referencedWithTitles(db, references)) }
}
