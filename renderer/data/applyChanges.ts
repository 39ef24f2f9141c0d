import Dexie, { type Transaction } from 'dexie'
import { ulid } from 'ulid'
import { APP_CLOCK_BOUNDS, parseHlc, receiveHlc, tickMany } from '../../shared/domain/hlc'
import { searchTokensOf } from '../../shared/domain/searchTokens'
import { countRow, emptyTally, type Tally } from '../../shared/records/tallies'
import { sameValue } from '../../shared/domain/recordDiff'
import { KINDS, fieldLabel, isKindName, type KindName } from '../../shared/kinds'
import { searchTextOf } from '../../shared/kinds/display'
import { DEFAULT_CLOCK } from '../../shared/records/fieldClocks'
import { compactLogged } from '../../shared/records/loggedFields'
import { mergeChange, type FieldProblem, type MergeTarget } from '../../shared/records/mergeChange'
import {
  DELETED_FIELD,
  type ChangeOrigin,
  type LoggedField,
  type RecordChange,
} from '../../shared/records/recordChange'
import { dataFieldsOf } from '../../shared/records/planEdit'
import type { ChangeEntry } from '../../shared/domain/changeEntry'
import type { XiezhiDatabase, StoredRow } from './database'
import {
  DuplicateRecordError,
  RecordNotFoundError,
  RecordValidationError,
  StaleEditError,
} from './errors'
import { readClock, readStampContext, writeClock, recordSeen } from './installation'
import { LATEST_SCHEMA } from './schema'
import { sortKeyFunction } from './sortKeys'
import { addToTallies } from './tallies'

/**
 * The one path that mutates record tables: local edits, imports, restores and (later) packages
 * and sync all arrive here as changes, and are applied in one transaction. Each change is
 * stamped with a hybrid logical clock (local ones here, others keep their own), merged field by
 * field into its record (shared/records/mergeChange), and logged: kind, id, fields with old and
 * new values, HLC, origin, batch, user. A change already in the log is skipped, so applying a
 * package twice changes nothing. Listeners hear of the batch once, after the outermost
 * transaction commits.
 */

export interface ApplyOptions {
  readonly origin: ChangeOrigin
  /** Groups the changes of one action (an import, a package); a new id when not given. */
  readonly batchId?: string
  /** Marks created records as 示例 (demo data). */
  readonly sample?: boolean
  /** Reports progress every chunk (imports); the transaction stays open meanwhile. */
  readonly onProgress?: (done: number, total: number) => void
  /**
   * The batch is not all its devices did up to its latest change (one record's package): this
   * PC's version vector is not moved, so a later package still brings the rest.
   */
  readonly partial?: boolean
  /** Stops before the next chunk; nothing of the batch is kept. */
  readonly signal?: AbortSignal
}

/** A change from elsewhere that could not be applied: kept and listed, never half-applied. */
export interface ApplyConflict {
  readonly kind: string
  readonly recordId: string
  readonly hlc: string
  readonly reason: string
}

export interface ApplyResult {
  readonly batchId: string
  /** The stored rows after the batch, by id (those written). */
  readonly rows: ReadonlyMap<string, StoredRow>
  readonly applied: number
  readonly skipped: number
  readonly conflicts: readonly ApplyConflict[]
}

const CHUNK = 2000
const LOCAL_ORIGINS: readonly ChangeOrigin[] = ['local', 'import']

export class ApplyCancelled extends Error {
  constructor() {
    super('已取消，没有写入任何记录')
    this.name = 'ApplyCancelled'
  }
}

/** A stored row as the merge sees it. */
export function targetOf(row: StoredRow | undefined): MergeTarget | undefined {
  if (!row) return undefined
  const kindFields = row as Record<string, unknown>
  return {
    data: kindFields,
    clocks: row.clocks ?? { [DEFAULT_CLOCK]: row.hlc },
    ...(row.deletedAt === undefined ? {} : { deletedAt: row.deletedAt }),
  }
}

function problemMessage(problems: readonly FieldProblem[]): string {
  return problems.map((p) => p.message).join('；')
}

/** What the stored row of a merged record is: its data, meta and derived index fields. */
function storedRow(
  kind: KindName,
  id: string,
  before: StoredRow | undefined,
  merged: {
    data: Record<string, unknown>
    deletedAt: number | undefined
    clocks: StoredRow['clocks']
  },
  hlc: string,
  deviceId: string,
  at: number,
  sortKey: (text: string) => string,
  sample: boolean,
): StoredRow {
  const definition = KINDS[kind]
  const title = merged.data[definition.titleField]
  const searchValues = definition.searchFields
    .map((field) => searchTextOf(definition, field, merged.data[field]))
    .filter((value) => value !== '')
  const row: StoredRow = {
    ...merged.data,
    id,
    createdAt: before?.createdAt ?? at,
    updatedAt: at,
    deviceId,
    hlc: before && before.hlc > hlc ? before.hlc : hlc,
    clocks: merged.clocks,
    sortKey: sortKey(typeof title === 'string' ? title : ''),
    searchTokens: searchTokensOf(searchValues),
    ...(before?.sample === 1 || (before === undefined && sample) ? { sample: 1 as const } : {}),
  }
  if (merged.deletedAt !== undefined) row.deletedAt = merged.deletedAt
  return row
}

/** A problem of one record of a batch names the record by its place: 第3条：请填写企业名称. */
function numbered(
  problems: readonly FieldProblem[],
  changes: readonly RecordChange[],
  change: RecordChange,
): FieldProblem[] {
  if (changes.length === 1) return [...problems]
  const place = changes.indexOf(change) + 1
  return problems.map((p) => ({ ...p, message: `第${String(place)}条：${p.message}` }))
}

/** A change's fields as logged when it was not applied. */
function skippedFields(change: RecordChange) {
  // Only the kind's fields: a change refused whole is logged, and travels on, without strays.
  const known = new Set([...dataFieldsOf(KINDS[change.kind as KindName]), DELETED_FIELD])
  return Object.entries(change.fields)
    .filter(([field]) => known.has(field))
    .map(([field, value]) => ({
      field,
      new: value,
      skipped: true as const,
    }))
}

interface Written {
  readonly kind: KindName
  readonly row: StoredRow
  readonly before: StoredRow | undefined
  /** Index of its change-log entry in the chunk. */
  readonly entry: number
  refused?: true
}

/**
 * Unique values (a credit code) among the rows a chunk writes: a duplicate of another live record
 * or of another row of the batch. A local batch is refused whole; changes from elsewhere that
 * would duplicate are returned (and marked) to be kept aside.
 */
async function uniqueConflicts(
  db: XiezhiDatabase,
  written: Written[],
  local: boolean,
): Promise<(Written & { reason: string })[]> {
  const refused: (Written & { reason: string })[] = []
  for (const kind of new Set(written.map((w) => w.kind))) {
    const definition = KINDS[kind]
    const live = written.filter((w) => w.kind === kind && w.row.deletedAt === undefined)
    const ids = new Set(written.filter((w) => w.kind === kind).map((w) => w.row.id))
    for (const constraint of definition.unique) {
      const field = constraint.field
      const valueOf = (w: Written) => w.row[field]
      // New, restored, or with a new value: only those can have become duplicates.
      const candidates = live.filter(
        (w) =>
          valueOf(w) !== '' &&
          valueOf(w) !== undefined &&
          (w.before === undefined ||
            w.before.deletedAt !== undefined ||
            !sameValue(valueOf(w), w.before[field])),
      )
      if (candidates.length === 0) continue
      // One index read per value, all issued at once: IndexedDB runs them back to back, where
      // anyOf would walk a cursor with a round trip per value.
      const table = db.records(kind)
      const stored = (
        await Promise.all(
          [...new Set(candidates.map(valueOf) as string[])].map((value) =>
            table.where(field).equals(value).toArray(),
          ),
        )
      )
        .flat()
        .filter((row) => row.deletedAt === undefined && !ids.has(row.id))
      // Who holds each value already: stored records, and rows of the batch that keep theirs.
      const holders = new Map<unknown, { id: string; title: unknown; index?: number }>()
      for (const row of stored)
        holders.set(row[field], { id: row.id, title: row[definition.titleField] })
      // A stored holder stays the holder: a batch row keeping the value cannot take it over.
      for (const w of live) {
        if (!candidates.includes(w) && !holders.has(valueOf(w)))
          holders.set(valueOf(w), { id: w.row.id, title: w.row[definition.titleField] })
      }
      for (const [index, w] of candidates.entries()) {
        const value = valueOf(w)
        const holder = holders.get(value)
        // A record changed twice in the batch holds its own value: no duplicate of itself.
        if (holder === undefined || holder.id === w.row.id) {
          holders.set(value, { id: w.row.id, title: w.row[definition.titleField], index })
          continue
        }
        if (local) {
          if (holder.index !== undefined) {
            throw new RecordValidationError([
              {
                path: field,
                message: `第${String(index + 1)}条与第${String(holder.index + 1)}条重复：${constraint.message}`,
              },
            ])
          }
          const title = typeof holder.title === 'string' ? holder.title : ''
          throw new DuplicateRecordError(field, holder.id, title, constraint.message)
        }
        w.refused = true
        refused.push({
          ...w,
          reason: `${fieldLabel(definition, field)}重复：${constraint.message}`,
        })
      }
    }
  }
  return refused
}

/**
 * Registers `listener` to run once the transaction in progress commits (the outermost one, when
 * transactions nest), or at once when there is none.
 */
function afterCommit(listener: () => void): void {
  const transaction = Dexie.currentTransaction as Transaction | null
  const native = transaction?.idbtrans
  if (native) native.addEventListener('complete', listener, { once: true })
  else listener()
}

/**
 * The tables a write of `kinds` uses. A caller that reads and writes in one transaction of its
 * own (the register reads a series, then takes a number) opens it over these.
 */
export function writeTables(db: XiezhiDatabase, kinds: readonly KindName[]) {
  return [...kinds.map((kind) => db.records(kind)), db.changes, db.meta, db.conflicts, db.tallies]
}

/** What the batch changed in its kinds' tallies: each touched record, before → after. */
function tallyDeltas(
  touched: ReadonlyMap<KindName, ReadonlySet<string>>,
  beforeAfter: (id: string) => [StoredRow | undefined, StoredRow | undefined],
): Map<KindName, Tally> {
  const deltas = new Map<KindName, Tally>()
  for (const [kind, ids] of touched) {
    const fields = KINDS[kind].tallied ?? []
    const delta = emptyTally(fields)
    for (const id of ids) {
      const [before, after] = beforeAfter(id)
      countRow(delta, fields, before, -1)
      countRow(delta, fields, after, 1)
    }
    deltas.set(kind, delta)
  }
  return deltas
}

export async function applyChanges(
  db: XiezhiDatabase,
  changes: readonly RecordChange[],
  options: ApplyOptions,
): Promise<ApplyResult> {
  const batchId = options.batchId ?? ulid()
  const local = LOCAL_ORIGINS.includes(options.origin)
  const kinds = [...new Set(changes.map((change): string => change.kind))].map((kind) => {
    if (!isKindName(kind)) throw new Error(`未知的记录类型：${kind}`)
    return kind
  })
  const touched = new Map<KindName, Set<string>>()

  // Loaded before the transaction, so a first write never holds the tables (and the reads of
  // the first screen behind them) while the 拼音 dictionary loads.
  const sortKey = await sortKeyFunction()
  const result = await db.transaction('rw', writeTables(db, kinds), async () => {
    const now = Date.now()
    const context = await readStampContext(db)
    let clock = await readClock(db, context.deviceId)
    // Local changes are stamped now; others keep theirs, in timestamp order, once each.
    let ordered: { change: RecordChange; hlc: string }[]
    if (local) {
      const stamped = tickMany(clock, now, changes.length, APP_CLOCK_BOUNDS)
      clock = stamped.state
      ordered = changes.map((change, index) => ({ change, hlc: stamped.stamps[index] ?? '' }))
    } else {
      const seen = new Set(
        await db.changes
          .where('hlc')
          .anyOf(changes.map((change) => change.stamp?.hlc ?? ''))
          .keys()
          .then((keys) => keys.map(String)),
      )
      ordered = changes
        .filter((change) => change.stamp !== undefined && !seen.has(change.stamp.hlc))
        .map((change) => ({ change, hlc: change.stamp?.hlc ?? '' }))
        .sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0))
      const latest = ordered.at(-1)
      if (latest) clock = receiveHlc(clock, parseHlc(latest.hlc), now)
    }

    const rows = new Map<string, StoredRow>()
    /** Each touched record as it was before the batch, for the tallies. */
    const original = new Map<string, StoredRow | undefined>()
    const conflicts: ApplyConflict[] = []
    let applied = 0
    let skipped = changes.length - ordered.length
    const loggedHlcs: string[] = []
    const queued: Promise<void>[] = []
    let failure: { error: unknown } | undefined
    // Changes from elsewhere come as one chunk: a record created and edited in one package is
    // written once, and no chunk's reads queue behind the writes of the one before (measured:
    // 10,000 changes of a package merged in 9 s as one chunk, 15 s in chunks of 2,000).
    const chunkSize = local ? CHUNK : Math.max(CHUNK, ordered.length)
    for (let start = 0; start < ordered.length; start += chunkSize) {
      if (options.signal?.aborted) throw new ApplyCancelled()
      if (failure) break
      const chunk = ordered.slice(start, start + chunkSize)
      const entries: ChangeEntry[] = []
      const written: Written[] = []
      for (const kind of kinds) {
        // A local create has a new id (a fresh ULID, or a fixed one its caller checked): no read.
        const ids = chunk
          .filter((c) => !(local && c.change.op === 'create'))
          .filter((c) => c.change.kind === kind && !rows.has(c.change.id))
          .map((c) => c.change.id)
        if (ids.length === 0) continue
        const found = await db.records(kind).bulkGet(ids)
        found.forEach((row) => row && rows.set(row.id, row))
      }
      for (const { change, hlc } of chunk) {
        const kind = change.kind as KindName
        const definition = KINDS[kind]
        const before = rows.get(change.id)
        if (!original.has(change.id)) original.set(change.id, before)
        const merged = mergeChange(definition, targetOf(before), change, hlc)
        const stamp = change.stamp
        const conflict = (reason: string) =>
          conflicts.push({ kind, recordId: change.id, hlc, reason })
        let logged: readonly LoggedField[] = skippedFields(change)
        switch (merged.status) {
          case 'stale':
            throw new StaleEditError(kind, change.id, merged.fields)
          case 'missing':
            if (local) throw new RecordNotFoundError(change.id)
            // Not logged: when the record's creation arrives, the change is applied then.
            conflict('记录不存在（它的创建还没有收到）')
            skipped++
            continue
          case 'invalid':
            if (local) throw new RecordValidationError(numbered(merged.problems, changes, change))
            conflict(`合并后的记录不符合要求：${problemMessage(merged.problems)}`)
            break
          case 'unchanged':
            if (local) continue
            logged = merged.logged
            skipped++
            break
          case 'applied': {
            logged = merged.logged
            const row = storedRow(
              kind,
              change.id,
              before,
              merged,
              hlc,
              stamp?.deviceId ?? context.deviceId,
              stamp?.at ?? now,
              sortKey,
              options.sample === true,
            )
            rows.set(change.id, row)
            written.push({ kind, row, before, entry: entries.length })
            applied++
            break
          }
        }
        // Every change that arrives is logged, applied or not, so it is seen once and can travel on.
        loggedHlcs.push(hlc)
        entries.push({
          hlc,
          kind,
          recordId: change.id,
          op: change.op,
          changes: compactLogged(logged),
          user: stamp?.user ?? context.user,
          deviceId: stamp?.deviceId ?? context.deviceId,
          at: stamp?.at ?? now,
          origin: options.origin,
          batchId,
          schemaVersion: LATEST_SCHEMA.version,
        })
        let ids = touched.get(kind)
        if (!ids) touched.set(kind, (ids = new Set()))
        ids.add(change.id)
      }
      const uniqueRefused = await uniqueConflicts(db, written, local)
      // A record refused once in the chunk is refused whole: none of its rows of the chunk is
      // written (an edit after a refused create would otherwise write the record anyway).
      const refusedIds = new Set(uniqueRefused.map((refused) => refused.row.id))
      for (const w of written) {
        if (w.refused || !refusedIds.has(w.row.id)) continue
        w.refused = true
        uniqueRefused.push({
          ...w,
          reason: uniqueRefused.find((r) => r.row.id === w.row.id)?.reason ?? '',
        })
      }
      // Back to the row as it was before the chunk's first change to it.
      const firstBefore = new Map<string, StoredRow | undefined>()
      for (const refused of [...uniqueRefused].sort((a, b) => a.entry - b.entry)) {
        if (!firstBefore.has(refused.row.id)) firstBefore.set(refused.row.id, refused.before)
      }
      for (const refused of uniqueRefused) {
        // A change from elsewhere that would duplicate a unique value is kept aside, not applied.
        conflicts.push({
          kind: refused.kind,
          recordId: refused.row.id,
          hlc: entries[refused.entry]?.hlc ?? '',
          reason: refused.reason,
        })
        const entry = entries[refused.entry]
        if (entry)
          entries[refused.entry] = {
            ...entry,
            changes: entry.changes.map((f) => ({ ...f, skipped: true as const })),
          }
        const before = firstBefore.get(refused.row.id)
        if (before) rows.set(refused.row.id, before)
        else rows.delete(refused.row.id)
        applied--
      }
      // The chunk's writes are queued, not awaited: IndexedDB runs them (in another process)
      // while the next chunk is merged here. Requests run in order, so the next chunk's reads
      // see these rows.
      const writes: Promise<unknown>[] = []
      for (const kind of kinds) {
        // The last row of each record: one write however many of the chunk's changes touch it.
        const kindRows = new Map<string, StoredRow>()
        for (const w of written) if (w.kind === kind && !w.refused) kindRows.set(w.row.id, w.row)
        if (kindRows.size > 0) writes.push(db.records(kind).bulkPut([...kindRows.values()]))
      }
      if (entries.length > 0) writes.push(db.changes.bulkAdd(entries))
      const done = Math.min(start + chunkSize, ordered.length)
      queued.push(
        Promise.all(writes).then(
          () => options.onProgress?.(done, ordered.length),
          (error: unknown) => {
            failure ??= { error }
          },
        ),
      )
    }
    await Promise.all(queued)
    if (failure) throw failure.error
    await addToTallies(
      db,
      tallyDeltas(touched, (id) => [original.get(id), rows.get(id)]),
    )
    if (conflicts.length > 0)
      await db.conflicts.bulkAdd(
        conflicts.map((c) => ({ ...c, batchId, origin: options.origin, at: now })),
      )
    await writeClock(db, clock)
    // A partial history (one record's package) says nothing of what else its devices did.
    if (!options.partial) await recordSeen(db, loggedHlcs)
    return { batchId, rows, applied, skipped, conflicts }
  })
  afterCommit(() => {
    for (const [kind, ids] of touched) db.changeFeed.emit({ kind, ids: [...ids] })
  })
  return result
}
