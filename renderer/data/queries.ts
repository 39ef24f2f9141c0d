import { queryTokens, textMatchesQuery } from '../../shared/domain/searchTokens'
import { KINDS, type KindName } from '../../shared/kinds'
import { textOf } from '../../shared/kinds/display'
import type { StoredRow, XiezhiDatabase } from './database'
import type { Row } from './writePath'

/**
 * Reads for lists and search. Nothing here loads a whole table: filters and search narrow the
 * candidates through indexes (primary keys only), the order comes from an index's key order, and
 * only the rows of the requested page are read.
 */

export type SortDirection = 'asc' | 'desc'

export interface ListQuery {
  /** Free text matched against the kind's search fields (substring, via bigram index). */
  readonly search?: string
  /** field → accepted values; a record passes a filter when it has any of them. */
  readonly filters?: Readonly<Record<string, readonly string[]>>
  readonly sort?: { readonly field: string; readonly direction: SortDirection }
  readonly offset: number
  readonly limit: number
}

export interface ListPage<T> {
  readonly rows: readonly T[]
  readonly total: number
}

/** Below this many candidates, sorting the candidates themselves beats walking the whole index. */
const SMALL_CANDIDATE_SET = 2000

/** Per-database cache of index orders, dropped for a table whenever it is written. */
const orderCaches = new WeakMap<XiezhiDatabase, Map<string, Promise<readonly string[]>>>()

function orderCache(db: XiezhiDatabase): Map<string, Promise<readonly string[]>> {
  let cache = orderCaches.get(db)
  if (!cache) {
    const created = new Map<string, Promise<readonly string[]>>()
    db.changeFeed.subscribe(({ kind }) => {
      const prefix = `${KINDS[kind].table}:`
      for (const key of [...created.keys()]) if (key.startsWith(prefix)) created.delete(key)
    })
    orderCaches.set(db, created)
    cache = created
  }
  return cache
}

/** The field whose index gives the order: the title column sorts by its 拼音 sort key. */
function indexForSort(kind: KindName, field: string): string {
  return field === KINDS[kind].titleField ? 'sortKey' : field
}

function orderedIds(db: XiezhiDatabase, kind: KindName, index: string): Promise<readonly string[]> {
  const cache = orderCache(db)
  const key = `${KINDS[kind].table}:${index}`
  let ids = cache.get(key)
  if (!ids) {
    ids = db.records(kind).orderBy(index).primaryKeys()
    cache.set(key, ids)
    ids.catch(() => cache.delete(key))
  }
  return ids
}

async function tombstoneIds(db: XiezhiDatabase, kind: KindName): Promise<Set<string>> {
  return new Set(await db.records(kind).where('deletedAt').aboveOrEqual(0).primaryKeys())
}

function intersect(sets: readonly Set<string>[]): Set<string> {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size)
  if (!smallest) return new Set()
  const result = new Set<string>()
  for (const id of smallest) if (others.every((set) => set.has(id))) result.add(id)
  return result
}

/**
 * One condition of a list query, able to count its matches (cheap in IndexedDB), list them
 * (keys only) or test a row it already has.
 */
interface Criterion {
  count(): Promise<number>
  ids(): Promise<string[]>
  matches(row: StoredRow): boolean
}

function filterCriterion(
  db: XiezhiDatabase,
  kind: KindName,
  field: string,
  values: readonly string[],
): Criterion {
  const table = db.records(kind)
  const accepted = new Set(values)
  return {
    // A count per value is native in IndexedDB; counting an anyOf() walks a cursor.
    count: async () =>
      (await Promise.all(values.map((value) => table.where(field).equals(value).count()))).reduce(
        (sum, n) => sum + n,
        0,
      ),
    ids: () =>
      table
        .where(field)
        .anyOf([...values])
        .primaryKeys(),
    matches: (row) => {
      const value = row[field]
      return Array.isArray(value)
        ? value.some((v) => accepted.has(textOf(v)))
        : accepted.has(textOf(value))
    },
  }
}

function tokenCriterion(db: XiezhiDatabase, kind: KindName, token: string): Criterion {
  const range = () => db.records(kind).where('searchTokens').equals(token)
  return {
    count: () => range().count(),
    ids: () => range().primaryKeys(),
    matches: (row) => row.searchTokens.includes(token),
  }
}

/**
 * The ids matching every filter and the search text, or null when nothing narrows the list.
 * Conditions are read rarest first; once few candidates are left, the remaining conditions are
 * checked on those rows instead of reading more index keys (a common condition such as the
 * bigram "12", found in nearly every credit code, is then never read at all).
 */
async function candidateIds(
  db: XiezhiDatabase,
  kind: KindName,
  query: ListQuery,
): Promise<Set<string> | null> {
  const criteria = Object.entries(query.filters ?? {})
    .filter(([, values]) => values.length > 0)
    .map(([field, values]) => filterCriterion(db, kind, field, values))
  const tokens = query.search ? queryTokens(query.search) : []
  criteria.push(...tokens.map((token) => tokenCriterion(db, kind, token)))
  if (criteria.length === 0) return null

  const counts = await Promise.all(criteria.map((c) => c.count()))
  const ordered = criteria
    .map((criterion, i) => ({ criterion, count: counts[i] ?? 0 }))
    .sort((a, b) => a.count - b.count)
  let candidates: Set<string> | null = null
  let applied = 0
  for (const { criterion } of ordered) {
    if (candidates && candidates.size <= SMALL_CANDIDATE_SET) break
    const ids = await criterion.ids()
    candidates = candidates ? intersect([candidates, new Set(ids)]) : new Set(ids)
    applied++
  }
  const found = candidates ?? new Set<string>()
  const remaining = ordered.slice(applied).map((o) => o.criterion)
  // Bigrams can match out of order (办公 + 公用 ≠ 办公用): with several, check the text itself.
  const checkText = tokens.length > 1 && query.search ? query.search : null
  if (found.size === 0 || (remaining.length === 0 && !checkText)) return found
  const fields = KINDS[kind].searchFields
  const rows = await db.records(kind).bulkGet([...found])
  return new Set(
    rows
      .filter((row): row is StoredRow => row !== undefined)
      .filter((row) => remaining.every((criterion) => criterion.matches(row)))
      .filter(
        (row) =>
          !checkText ||
          textMatchesQuery(
            fields.map((f) => textOf(row[f])),
            checkText,
          ),
      )
      .map((row) => row.id),
  )
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return textOf(a).localeCompare(textOf(b), 'en')
}

/** Small candidate sets: read them and sort in memory. */
async function pageOfCandidates(
  db: XiezhiDatabase,
  kind: KindName,
  candidates: ReadonlySet<string>,
  index: string,
  direction: SortDirection,
  query: ListQuery,
): Promise<ListPage<StoredRow>> {
  const rows = (await db.records(kind).bulkGet([...candidates])).filter(
    (row): row is StoredRow => row !== undefined && row.deletedAt === undefined,
  )
  const sign = direction === 'asc' ? 1 : -1
  rows.sort((a, b) => compareValues(a[index], b[index]) * sign || compareValues(a.id, b.id))
  return { total: rows.length, rows: rows.slice(query.offset, query.offset + query.limit) }
}

/** Large or no candidate sets: walk the index order (keys only) and read one page. */
async function pageInIndexOrder(
  db: XiezhiDatabase,
  kind: KindName,
  candidates: ReadonlySet<string> | null,
  index: string,
  direction: SortDirection,
  query: ListQuery,
): Promise<ListPage<StoredRow>> {
  const [ordered, tombstones] = await Promise.all([
    orderedIds(db, kind, index),
    tombstoneIds(db, kind),
  ])
  const visible = (id: string) => !tombstones.has(id) && (!candidates || candidates.has(id))
  const total = candidates
    ? [...candidates].filter((id) => !tombstones.has(id)).length
    : ordered.length - tombstones.size
  const pageIds: string[] = []
  let skipped = 0
  const ascending = direction === 'asc'
  for (let n = 0; n < ordered.length && pageIds.length < query.limit; n++) {
    const id = ordered[ascending ? n : ordered.length - 1 - n] as string
    if (!visible(id)) continue
    if (skipped < query.offset) skipped++
    else pageIds.push(id)
  }
  const rows = await db.records(kind).bulkGet(pageIds)
  return { total, rows: rows.filter((row): row is StoredRow => row !== undefined) }
}

export async function listRecords<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  query: ListQuery,
): Promise<ListPage<Row<K>>> {
  const sort = query.sort ?? { field: 'updatedAt', direction: 'desc' as const }
  const index = indexForSort(kind, sort.field)
  const candidates = await candidateIds(db, kind, query)
  const page =
    candidates && candidates.size <= SMALL_CANDIDATE_SET
      ? await pageOfCandidates(db, kind, candidates, index, sort.direction, query)
      : await pageInIndexOrder(db, kind, candidates, index, sort.direction, query)
  return page as ListPage<Row<K>>
}

/** Number of live (not deleted) records of a kind. */
export async function countRecords(db: XiezhiDatabase, kind: KindName): Promise<number> {
  const table = db.records(kind)
  const [all, deleted] = await Promise.all([
    table.count(),
    table.where('deletedAt').aboveOrEqual(0).count(),
  ])
  return all - deleted
}

export async function getRecord<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  id: string,
): Promise<Row<K> | undefined> {
  const row = await db.records(kind).get(id)
  return row && row.deletedAt === undefined ? (row as Row<K>) : undefined
}

/** Live records by id, in the order asked, skipping missing or deleted ones. */
export async function getRecords<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  ids: readonly string[],
): Promise<Row<K>[]> {
  const rows = await db.records(kind).bulkGet([...ids])
  return rows.filter((row): row is Row<K> => row !== undefined && row.deletedAt === undefined)
}

/**
 * Records of a kind holding any of `values` in a unique field (live ones only), by value. Used by
 * imports to refuse duplicates before anything is written.
 */
export async function findByUniqueValues(
  db: XiezhiDatabase,
  kind: KindName,
  field: string,
  values: readonly string[],
): Promise<Map<string, { id: string; title: string }>> {
  const titleField = KINDS[kind].titleField
  const rows = await db
    .records(kind)
    .where(field)
    .anyOf([...values])
    .filter((row) => row.deletedAt === undefined)
    .toArray()
  return new Map(
    rows.map((row) => [textOf(row[field]), { id: row.id, title: textOf(row[titleField]) }]),
  )
}

/** Every record matching a list query, in its order, read a page at a time (for exports). */
export async function listAllRecords<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  query: Omit<ListQuery, 'offset' | 'limit'>,
  onProgress?: (done: number, total: number) => void,
): Promise<Row<K>[]> {
  const pageSize = 2000
  const all: Row<K>[] = []
  for (let offset = 0; ; offset += pageSize) {
    const page = await listRecords(db, kind, { ...query, offset, limit: pageSize })
    all.push(...page.rows)
    onProgress?.(all.length, page.total)
    if (page.rows.length < pageSize || all.length >= page.total) return all
  }
}

/** Live records per value of an indexed field (e.g. enterprises per district), keys only. */
export async function countByValues(
  db: XiezhiDatabase,
  kind: KindName,
  field: string,
  values: readonly string[],
): Promise<Map<string, number>> {
  const tombstones = await tombstoneIds(db, kind)
  const table = db.records(kind)
  const counts = await Promise.all(
    values.map(async (value) => {
      const ids = await table.where(field).equals(value).primaryKeys()
      return [value, ids.filter((id) => !tombstones.has(id)).length] as const
    }),
  )
  return new Map(counts)
}
