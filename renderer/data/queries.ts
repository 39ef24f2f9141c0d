import { queryTokens, textMatchesQuery } from '../../shared/domain/searchTokens'
import { KINDS, type KindName } from '../../shared/kinds'
import { referenceKey, searchTextOf, textOf } from '../../shared/kinds/display'
import { compareByDeclaredOrder, declaredOrder } from '../../shared/kinds/sortOrder'
import { inPeriod, type Period } from '../../shared/text/periods'
import type { StoredRow, XiezhiDatabase } from './database'
import type { Row } from './writePath'

/**
 * Whether a row's searched fields hold the whole query (bigram tokens can match out of order):
 * their text, or the lines of a list of items.
 */
function rowMatchesText(kind: KindName, row: Readonly<Record<string, unknown>>, text: string) {
  const definition = KINDS[kind]
  return textMatchesQuery(
    definition.searchFields.map((field) => searchTextOf(definition, field, row[field])),
    text,
  )
}

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
  /** Filter fields (multi-valued, e.g. tags) whose values a record must have all of. */
  readonly matchAll?: readonly string[]
  /** date field → the period its value must fall in (a meeting's 开始时间 in 本季度). */
  readonly periods?: Readonly<Record<string, Period>>
  readonly sort?: { readonly field: string; readonly direction: SortDirection }
  readonly offset: number
  readonly limit: number
}

export interface ListPage<T> {
  readonly rows: readonly T[]
  readonly total: number
}

/**
 * Where the list query changes method. `smallCandidates`: below this many candidates, reading and
 * sorting them beats walking an index. `walkSteps`: a walk of the sort index may pass this many
 * keys before reading the whole order (keys only, cached) is the better deal; pages near the start
 * of a list, and first pages of filters and searches matching a fair share of the table, are then
 * found without reading every key. `quickRows`: pages ending within this many matches can be
 * found by reading rows in order and testing them (`walkRows` rows at most). Tests change them
 * to try each method on a few records.
 */
export const LIST_TUNING = {
  smallCandidates: 2000,
  walkSteps: 8000,
  quickRows: 500,
  walkRows: 2500,
}

/**
 * Per-database cache of what lists read again and again (whole sort orders, keys only; counts;
 * the ids of tombstones), dropped for a table whenever it is written.
 */
const orderCaches = new WeakMap<XiezhiDatabase, Map<string, Promise<unknown>>>()

function orderCache(db: XiezhiDatabase): Map<string, Promise<unknown>> {
  let cache = orderCaches.get(db)
  if (!cache) {
    const created = new Map<string, Promise<unknown>>()
    db.changeFeed.subscribe(({ kind }) => {
      const prefix = `${KINDS[kind].table}:`
      for (const key of [...created.keys()]) if (key.startsWith(prefix)) created.delete(key)
    })
    orderCaches.set(db, created)
    cache = created
  }
  return cache
}

/** A read of a table, kept until the table is next written. */
function cached<T>(db: XiezhiDatabase, key: string, read: () => Promise<T>): Promise<T> {
  const cache = orderCache(db)
  const known = cache.get(key) as Promise<T> | undefined
  if (known) return known
  const reading = read()
  cache.set(key, reading)
  reading.catch(() => cache.delete(key))
  return reading
}

/** One stretch of an index, walked in one direction. */
interface Stretch {
  readonly range: IDBKeyRange | null
  readonly direction: IDBCursorDirection
}

/**
 * How a list is ordered: stretches of one index walked one after another, and the same order as
 * a comparison for candidate rows sorted in memory. The title column sorts by its 拼音 sort key;
 * a select field by its declared options (所属区 in the official order), values that are not
 * options (blank) last in either direction; any other field by its index.
 */
interface SortPlan {
  readonly index: string
  readonly stretches: readonly Stretch[]
  readonly compare: (a: StoredRow, b: StoredRow) => number
  /** Names the order in the cache of whole orders. */
  readonly key: string
}

function sortPlan(
  kind: KindName,
  sort: { readonly field: string; readonly direction: SortDirection },
): SortPlan {
  const definition = KINDS[kind]
  const index = sort.field === definition.titleField ? 'sortKey' : sort.field
  const ascending = sort.direction === 'asc'
  const direction: IDBCursorDirection = ascending ? 'next' : 'prev'
  const sign = ascending ? 1 : -1
  const byValue = (a: StoredRow, b: StoredRow) =>
    (compareValues(a[index], b[index]) || compareValues(a.id, b.id)) * sign
  const key = `${definition.table}:${index}:${sort.direction}`
  const order = declaredOrder(definition, sort.field)
  if (!order) return { index, stretches: [{ range: null, direction }], compare: byValue, key }

  const byOption = compareByDeclaredOrder(order, sort.direction)
  const options = ascending ? order : [...order].reverse()
  const others = rangesOutside(order)
  return {
    index,
    stretches: [
      ...options.map((value) => ({ range: IDBKeyRange.only(value), direction })),
      ...(ascending ? others : [...others].reverse()).map((range) => ({ range, direction })),
    ],
    compare: (a, b) => byOption(a[index], b[index]) || byValue(a, b),
    key,
  }
}

/** The ranges of an index holding none of `values` (blank and unknown values), in key order. */
function rangesOutside(values: readonly string[]): IDBKeyRange[] {
  // IndexedDB orders strings by UTF-16 code units, as does a plain sort().
  const sorted = [...new Set(values)].sort()
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (first === undefined || last === undefined) return []
  const between = sorted.slice(1).map((value, i) => IDBKeyRange.bound(sorted[i], value, true, true))
  return [IDBKeyRange.upperBound(first, true), ...between, IDBKeyRange.lowerBound(last, true)]
}

/** IndexedDB itself, for key cursors that stop once a page is found (Dexie has no such call). */
async function backend(db: XiezhiDatabase): Promise<IDBDatabase> {
  if (!db.isOpen()) await db.open()
  return db.backendDB()
}

/** What a cursor walk does after one entry: go on, stop with the page found, or give up. */
type WalkStep = 'next' | 'done' | 'give-up'

/**
 * Walks the plan's stretches of one index in order, keys only or with rows, calling `visit` for
 * each entry; true when the walk ended (page found or index exhausted), false when `visit` gave up.
 */
async function walkStretches(
  db: XiezhiDatabase,
  kind: KindName,
  plan: SortPlan,
  withRows: boolean,
  visit: (cursor: IDBCursor) => WalkStep,
): Promise<boolean> {
  const idb = await backend(db)
  const table = KINDS[kind].table
  const index = idb.transaction(table, 'readonly').objectStore(table).index(plan.index)
  for (const stretch of plan.stretches) {
    const step = await new Promise<WalkStep | 'end'>((resolve, reject) => {
      const request = withRows
        ? index.openCursor(stretch.range, stretch.direction)
        : index.openKeyCursor(stretch.range, stretch.direction)
      request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'))
      // An exception here must end the walk, not leave it waiting forever.
      request.onsuccess = () => {
        try {
          const cursor = request.result
          if (!cursor) {
            resolve('end')
            return
          }
          const next = visit(cursor)
          if (next === 'next') cursor.continue()
          else resolve(next)
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      }
    })
    if (step === 'done') return true
    if (step === 'give-up') return false
  }
  return true
}

/**
 * Walks the plan's index (keys only) and returns the ids of one page: the `take` ids after the
 * first `skip` that `accept` lets through. Costs one step per key passed, so it suits pages near
 * the start of the order; it gives up (null) after `maxSteps` keys.
 */
async function walkPage(
  db: XiezhiDatabase,
  kind: KindName,
  plan: SortPlan,
  accept: (id: string) => boolean,
  skip: number,
  take: number,
  limits: { readonly maxSteps: number; readonly enough: (accepted: number) => boolean },
): Promise<string[] | null> {
  if (take <= 0) return []
  const ids: string[] = []
  let accepted = 0
  let steps = 0
  const finished = await walkStretches(db, kind, plan, false, (cursor) => {
    const id = cursor.primaryKey as string
    if (accept(id)) {
      accepted++
      if (accepted > skip) ids.push(id)
    }
    if (ids.length >= take || limits.enough(accepted)) return 'done'
    return ++steps >= limits.maxSteps ? 'give-up' : 'next'
  })
  return finished ? ids : null
}

/** Every id in the plan's order (keys only), cached until the table is next written. */
function orderedIds(
  db: XiezhiDatabase,
  kind: KindName,
  plan: SortPlan,
): Promise<readonly string[]> {
  return cached(db, plan.key, async () => {
    const idb = await backend(db)
    const table = KINDS[kind].table
    const index = idb.transaction(table, 'readonly').objectStore(table).index(plan.index)
    const parts = await Promise.all(
      plan.stretches.map(
        (stretch) =>
          new Promise<string[]>((resolve, reject) => {
            const request = index.getAllKeys(stretch.range)
            request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'))
            request.onsuccess = () => {
              const keys = request.result as string[]
              resolve(stretch.direction === 'prev' ? keys.reverse() : keys)
            }
          }),
      ),
    )
    return parts.flat()
  })
}

function tombstoneIds(db: XiezhiDatabase, kind: KindName): Promise<ReadonlySet<string>> {
  return cached(
    db,
    `${KINDS[kind].table}:tombstones`,
    async () => new Set(await db.records(kind).where('deletedAt').aboveOrEqual(0).primaryKeys()),
  )
}

/** Rows stored in a kind's table, tombstones included (IndexedDB counts by walking its keys). */
function storedCount(db: XiezhiDatabase, kind: KindName): Promise<number> {
  return cached(db, `${KINDS[kind].table}:count`, () => db.records(kind).count())
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
  /** The matching ids, or only the first `limit` of them. */
  ids(limit?: number): Promise<string[]>
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
    ids: (limit) => {
      const range = table.where(field).anyOf([...values])
      return (limit === undefined ? range : range.limit(limit)).primaryKeys()
    },
    matches: (row) => {
      const value = row[field]
      return Array.isArray(value)
        ? value.some((v) => accepted.has(textOf(v)))
        : accepted.has(textOf(value))
    },
  }
}

/** Dates, and date-times of those days: an index range from the first day to the end of the last. */
function periodCriterion(
  db: XiezhiDatabase,
  kind: KindName,
  field: string,
  period: Period,
): Criterion {
  // '0' sorts after '' (no date) and before every year; '\uffff' after every time of the last day.
  const lower = period.from || '0'
  const upper = `${period.to || '9999-12-31'}\uffff`
  const range = () => db.records(kind).where(field).between(lower, upper, true, true)
  return {
    ids: (limit) => (limit === undefined ? range() : range().limit(limit)).primaryKeys(),
    matches: (row) => inPeriod(textOf(row[field]), period),
  }
}

function tokenCriterion(db: XiezhiDatabase, kind: KindName, token: string): Criterion {
  const range = () => db.records(kind).where('searchTokens').equals(token)
  return {
    ids: (limit) => (limit === undefined ? range() : range().limit(limit)).primaryKeys(),
    matches: (row) => row.searchTokens.includes(token),
  }
}

/** A query's conditions, and the first keys of each when already read (see candidateIds). */
interface Prepared {
  readonly criteria: Criterion[]
  readonly tokens: readonly string[]
  readonly probes?: readonly (readonly string[])[]
}

/** The conditions of a list query: one per filter (per value when all must match), per bigram. */
function conditionsOf(db: XiezhiDatabase, kind: KindName, query: ListQuery): Prepared {
  const matchAll = new Set(query.matchAll ?? [])
  const criteria = Object.entries(query.filters ?? {})
    .filter(([, values]) => values.length > 0)
    .flatMap(([field, values]) =>
      matchAll.has(field)
        ? values.map((value) => filterCriterion(db, kind, field, [value]))
        : [filterCriterion(db, kind, field, values)],
    )
  for (const [field, period] of Object.entries(query.periods ?? {})) {
    if (period.from !== '' || period.to !== '') {
      criteria.push(periodCriterion(db, kind, field, period))
    }
  }
  const tokens = query.search ? queryTokens(query.search) : []
  criteria.push(...tokens.map((token) => tokenCriterion(db, kind, token)))
  return { criteria, tokens }
}

/**
 * The ids matching every filter and the search text, or null when nothing narrows the list.
 * A rare condition is read whole and the others are checked on its rows, so a common condition
 * such as the bigram "12", found in nearly every credit code, is never read at all.
 */
async function candidateIds(
  db: XiezhiDatabase,
  kind: KindName,
  query: ListQuery,
  prepared?: Prepared,
): Promise<Set<string> | null> {
  const { criteria, tokens } = prepared ?? conditionsOf(db, kind, query)
  if (criteria.length === 0) return null

  let found: Set<string>
  let remaining: Criterion[]
  if (criteria.length === 1) {
    found = new Set(await (criteria[0] as Criterion).ids())
    remaining = []
  } else {
    // First the first few keys of each condition: a rare one is then known whole, and common
    // ones are never read (IndexedDB counts a range by walking it, as costly as reading its keys).
    const cap = LIST_TUNING.smallCandidates + 1
    const probes = prepared?.probes ?? (await Promise.all(criteria.map((c) => c.ids(cap))))
    const whole = criteria
      .map((criterion, i) => ({ criterion, ids: probes[i] ?? [] }))
      .filter(({ ids }) => ids.length < cap)
    if (whole.length > 0) {
      found = intersect(whole.map(({ ids }) => new Set(ids)))
      remaining = criteria.filter((c) => !whole.some((w) => w.criterion === c))
    } else {
      // Every condition is common: read them all at once (counting them first to read the
      // rarest first would walk each range as well).
      const all = await Promise.all(criteria.map((c) => c.ids()))
      found = intersect(all.map((ids) => new Set(ids)))
      remaining = []
    }
  }
  // Bigrams can match out of order (办公 + 公用 ≠ 办公用): with several, check the text itself.
  const checkText = tokens.length > 1 && query.search ? query.search : null
  if (found.size === 0 || (remaining.length === 0 && !checkText)) return found
  const rows = await db.records(kind).bulkGet([...found])
  return new Set(
    rows
      .filter((row): row is StoredRow => row !== undefined)
      .filter((row) => remaining.every((criterion) => criterion.matches(row)))
      .filter((row) => !checkText || rowMatchesText(kind, row, checkText))
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
  plan: SortPlan,
  query: ListQuery,
): Promise<ListPage<StoredRow>> {
  const rows = (await db.records(kind).bulkGet([...candidates])).filter(
    (row): row is StoredRow => row !== undefined && row.deletedAt === undefined,
  )
  rows.sort(plan.compare)
  return { total: rows.length, rows: rows.slice(query.offset, query.offset + query.limit) }
}

/** Large or no candidate sets: the page's ids in index order, then only the page's rows. */
async function pageInIndexOrder(
  db: XiezhiDatabase,
  kind: KindName,
  candidates: ReadonlySet<string> | null,
  plan: SortPlan,
  query: ListQuery,
): Promise<ListPage<StoredRow>> {
  const table = db.records(kind)
  const tombstones = await tombstoneIds(db, kind)
  const visible = (id: string) => !tombstones.has(id) && (!candidates || candidates.has(id))
  const total = candidates
    ? [...candidates].filter((id) => !tombstones.has(id)).length
    : (await storedCount(db, kind)) - tombstones.size
  const wanted = query.offset + query.limit
  // Without conditions the walk passes the page and the tombstones before it. With them, matches
  // are spread through the order: the walk gives up after its allowance of keys.
  let pageIds: string[] | null = null
  if (candidates || wanted + tombstones.size <= LIST_TUNING.walkSteps) {
    pageIds = await walkPage(db, kind, plan, visible, query.offset, query.limit, {
      maxSteps: LIST_TUNING.walkSteps,
      // Every match seen: the page is complete even if shorter than asked.
      enough: (accepted) => accepted >= total,
    })
  }
  if (!pageIds) {
    const ordered = await orderedIds(db, kind, plan)
    pageIds = []
    let skipped = 0
    for (let n = 0; n < ordered.length && pageIds.length < query.limit; n++) {
      const id = ordered[n] as string
      if (!visible(id)) continue
      if (skipped < query.offset) skipped++
      else pageIds.push(id)
    }
  }
  const rows = await table.bulkGet(pageIds)
  return { total, rows: rows.filter((row): row is StoredRow => row !== undefined) }
}

/**
 * Walks the plan's index with its rows and returns the `take` rows after the first `skip` that
 * `accept` lets through; null after `maxRows` rows without filling the page.
 */
async function walkRows(
  db: XiezhiDatabase,
  kind: KindName,
  plan: SortPlan,
  accept: (row: StoredRow) => boolean,
  skip: number,
  take: number,
  maxRows: number,
): Promise<StoredRow[] | null> {
  if (take <= 0) return []
  const rows: StoredRow[] = []
  let accepted = 0
  let read = 0
  const finished = await walkStretches(db, kind, plan, true, (cursor) => {
    const row = (cursor as IDBCursorWithValue).value as StoredRow
    if (accept(row) && ++accepted > skip) rows.push(row)
    read++
    if (rows.length >= take) return 'done'
    // Give up at the allowance, or sooner when matches come too rarely to fill the page.
    if (read >= maxRows || (read >= 400 && accepted * maxRows < (skip + take) * read))
      return 'give-up'
    return 'next'
  })
  return finished ? rows : null
}

/** A page, and its total when finding the page told it. */
export interface QuickPage<T> {
  readonly rows: readonly T[]
  readonly total: number | undefined
}

/**
 * A page near the start of a list, found quickly and without its total (countMatching gives
 * that): with no conditions, a walk of the order's keys; with conditions that match many
 * records, a walk of the order reading rows and testing each, so a search matching thousands
 * shows its first page after reading about (page size ÷ share of matches) rows. Null when the
 * page lies deeper or the matches are few (listRecords then finds it through their ids).
 */
export async function quickPage<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  query: ListQuery,
): Promise<QuickPage<Row<K>> | null> {
  const plan = sortPlan(kind, query.sort ?? { field: 'updatedAt', direction: 'desc' })
  const { criteria, tokens } = conditionsOf(db, kind, query)
  const tombstones = await tombstoneIds(db, kind)
  const wanted = query.offset + query.limit
  if (criteria.length === 0) {
    if (wanted + tombstones.size > LIST_TUNING.walkSteps) return null
    const ids = await walkPage(
      db,
      kind,
      plan,
      (id) => !tombstones.has(id),
      query.offset,
      query.limit,
      {
        maxSteps: LIST_TUNING.walkSteps,
        enough: () => false,
      },
    )
    if (!ids) return null
    const rows = await db.records(kind).bulkGet(ids)
    return { rows: rows.filter((row): row is Row<K> => row !== undefined), total: undefined }
  }
  if (wanted > LIST_TUNING.quickRows) return null
  // A condition with few matches is better read through its ids.
  const cap = LIST_TUNING.smallCandidates + 1
  const probes = await Promise.all(criteria.map((c) => c.ids(cap)))
  // A rare condition: the full way, reusing the keys already read.
  const full = () => listWith(db, kind, query, { criteria, tokens, probes })
  if (probes.some((ids) => ids.length < cap)) return full()
  const checkText = tokens.length > 1 && query.search ? query.search : null
  const rows = await walkRows(
    db,
    kind,
    plan,
    (row) =>
      row.deletedAt === undefined &&
      criteria.every((criterion) => criterion.matches(row)) &&
      (!checkText || rowMatchesText(kind, row, checkText)),
    query.offset,
    query.limit,
    LIST_TUNING.walkRows,
  )
  return rows ? { rows: rows as Row<K>[], total: undefined } : full()
}

/** How many live records a list query matches (its search and filters; page and order aside). */
export async function countMatching(
  db: XiezhiDatabase,
  kind: KindName,
  query: ListQuery,
): Promise<number> {
  const [candidates, tombstones] = await Promise.all([
    candidateIds(db, kind, query),
    tombstoneIds(db, kind),
  ])
  if (!candidates) return (await storedCount(db, kind)) - tombstones.size
  let total = 0
  for (const id of candidates) if (!tombstones.has(id)) total++
  return total
}

export function listRecords<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  query: ListQuery,
): Promise<ListPage<Row<K>>> {
  return listWith(db, kind, query)
}

async function listWith<K extends KindName>(
  db: XiezhiDatabase,
  kind: K,
  query: ListQuery,
  prepared?: Prepared,
): Promise<ListPage<Row<K>>> {
  const plan = sortPlan(kind, query.sort ?? { field: 'updatedAt', direction: 'desc' })
  const candidates = await candidateIds(db, kind, query, prepared)
  const page =
    candidates && candidates.size <= LIST_TUNING.smallCandidates
      ? await pageOfCandidates(db, kind, candidates, plan, query)
      : await pageInIndexOrder(db, kind, candidates, plan, query)
  return page as ListPage<Row<K>>
}

/** Number of live (not deleted) records of a kind. */
export async function countRecords(db: XiezhiDatabase, kind: KindName): Promise<number> {
  return (await db.tallies.get(kind))?.live ?? 0
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

/** Key of a referenced record in the map `referenceTitles` answers. */

/**
 * The titles of referenced records of any kinds (each kind's title field), keyed by
 * `referenceKey`; deleted or missing records are absent.
 */
export async function referenceTitles(
  db: XiezhiDatabase,
  references: readonly { readonly kind: KindName; readonly id: string }[],
): Promise<Map<string, string>> {
  const idsByKind = new Map<KindName, Set<string>>()
  for (const { kind, id } of references) {
    const ids = idsByKind.get(kind) ?? new Set<string>()
    ids.add(id)
    idsByKind.set(kind, ids)
  }
  const titles = new Map<string, string>()
  for (const [kind, ids] of idsByKind) {
    const titleField = KINDS[kind].titleField
    for (const row of await getRecords(db, kind, [...ids])) {
      titles.set(referenceKey(kind, row.id), textOf(row[titleField]))
    }
  }
  return titles
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

/** Live records per value of a field, and how many hold none of those values (blank). */
export interface Distribution {
  readonly counts: ReadonlyMap<string, number>
  /** Live records whose value is not one of those asked for: blank (未填写) or unknown. */
  readonly others: number
}

/**
 * Live records per value of a field the kind tallies (e.g. enterprises per district), read from
 * its tally in one step at any size.
 */
export async function countByValues(
  db: XiezhiDatabase,
  kind: KindName,
  field: string,
  values: readonly string[],
): Promise<Distribution> {
  // Only a tallied field can be counted at any size without walking its index.
  if (!(KINDS[kind].tallied ?? []).some((tallied) => tallied === field))
    throw new Error(`${KINDS[kind].label}的“${field}”不是按值统计的字段`)
  const tally = await db.tallies.get(kind)
  const tallied = tally?.values[field] ?? {}
  const counts = new Map(values.map((value) => [value, tallied[value] ?? 0]))
  const listed = [...counts.values()].reduce((sum, n) => sum + n, 0)
  return { counts, others: (tally?.live ?? 0) - listed }
}

/**
 * Live records of a kind whose indexed field holds a value (for a list field, among its values):
 * the 督办事项 linked to a meeting, through `*links`. At most `limit`, newest first.
 */
export async function recordsWhere(
  db: XiezhiDatabase,
  kind: KindName,
  field: string,
  value: string,
  limit = 200,
): Promise<StoredRow[]> {
  const rows = await db
    .records(kind)
    .where(field)
    .equals(value)
    .filter((row) => row.deletedAt === undefined)
    .limit(limit)
    .toArray()
  return rows.sort((a, b) => b.createdAt - a.createdAt)
}

/** Live records whose indexed field is at or after a value, in its order (the next meetings). */
export async function recordsFrom(
  db: XiezhiDatabase,
  kind: KindName,
  field: string,
  from: string,
  limit = 10,
): Promise<StoredRow[]> {
  return db
    .records(kind)
    .where(field)
    .aboveOrEqual(from)
    .filter((row) => row.deletedAt === undefined)
    .limit(limit)
    .toArray()
}
