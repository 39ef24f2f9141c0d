/**
 * The benchmark's page: the app's real data layer on Chromium's real IndexedDB, driven by
 * scripts/bench.ts through window.xiezhiBench. Built only by the benchmark, never shipped. It is
 * served on the app's origin and fills the app's own database, so the app's start-up can then be
 * timed with those records.
 */
import '../../../shared/zod'
import { XiezhiDatabase } from '../../../renderer/data/database'
import {
  countMatching,
  countRecords,
  listRecords,
  quickPage,
  type ListQuery,
} from '../../../renderer/data/queries'
import { prepareDatabase } from '../../../renderer/data/referenceData'
import { DATABASE_NAME } from '../../../renderer/data/databaseName'
import { readBackup } from '../../../renderer/data/backup/readBackup'
import { writeBackup } from '../../../renderer/data/backup/writeBackup'
import { applyChanges } from '../../../renderer/data/applyChanges'
import { importPackage, previewPackage } from '../../../renderer/data/exchange/importPackage'
import { readPackage } from '../../../renderer/data/exchange/readPackage'
import { writePackage } from '../../../renderer/data/exchange/writePackage'
import { KINDS } from '../../../shared/kinds'
import type { ChangeEntry } from '../../../shared/domain/changeEntry'
import { tallyOfRows } from '../../../shared/records/tallies'
import { addToTallies } from '../../../renderer/data/tallies'
import { createRecords, updateFields } from '../../../renderer/data/writePath'
import { SeededRandom } from '../../../shared/samples/random'
import { sampleEnterprises } from '../../../shared/samples/enterprises'
import type { DocumentDefinition } from '../../../shared/documents/definition'
import {
  renderDocumentBytes,
  renderPages,
} from '../../../renderer/features/documents/preview/renderDocument'

let db: XiezhiDatabase | undefined

/**
 * Plain IndexedDB puts of `rows` of `table` and of change-log `entries` into an empty scratch
 * database of the app's schema, in transactions of `chunk` rows each: no app code on the way,
 * so no write path on this machine can store the same rows faster. Returns the time taken.
 */
async function rawWriteMs(
  table: string,
  rows: readonly object[],
  entries: readonly ChangeEntry[],
  chunk: number,
): Promise<number> {
  const scratch = new XiezhiDatabase('xiezhi-bench-scratch')
  await scratch.delete()
  await scratch.open()
  const idb = scratch.backendDB()
  const started = performance.now()
  for (let i = 0; i < Math.max(rows.length, entries.length); i += chunk) {
    await new Promise<void>((done, fail) => {
      const tx = idb.transaction([table, 'changes'], 'readwrite')
      for (const row of rows.slice(i, i + chunk)) tx.objectStore(table).put(row)
      for (const { seq: _seq, ...entry } of entries.slice(i, i + chunk)) {
        tx.objectStore('changes').add(entry)
      }
      tx.oncomplete = () => done()
      tx.onerror = () => fail(tx.error ?? new Error('raw write failed'))
    })
  }
  const ms = performance.now() - started
  scratch.close()
  await scratch.delete()
  return ms
}

const api = {
  /** What the editor does once its typing delay is over: render the .docx, then its pages. */
  async preview(definition: DocumentDefinition): Promise<{ ms: number; pages: number }> {
    const target =
      document.body.querySelector('#preview') ??
      document.body.appendChild(document.createElement('div'))
    target.id = 'preview'
    const started = performance.now()
    const bytes = await renderDocumentBytes(definition)
    const pages = await renderPages(bytes, target as HTMLElement, () => true)
    // Wait for the browser to lay the pages out, as the user would see them.
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
    return { ms: performance.now() - started, pages }
  },
  /** Opens the database as it is (kept from an earlier run) and counts its enterprises. */
  async open(): Promise<number> {
    db = new XiezhiDatabase(DATABASE_NAME)
    await db.open()
    return countRecords(db, 'enterprise')
  },
  async seed(count: number, chunk: number): Promise<number> {
    db = new XiezhiDatabase(DATABASE_NAME)
    await db.delete()
    db = new XiezhiDatabase(DATABASE_NAME)
    await prepareDatabase(db)
    const all = sampleEnterprises(new SeededRandom(2023_03_23), count)
    const started = performance.now()
    for (let i = 0; i < all.length; i += chunk)
      await createRecords(db, 'enterprise', all.slice(i, i + chunk))
    return performance.now() - started
  },
  /** Creates `count` more enterprises in one batch (a profile of the write path). */
  async seedMore(count: number): Promise<number> {
    if (!db) throw new Error('seed first')
    const all = sampleEnterprises(new SeededRandom(77), count + 600).slice(600)
    const started = performance.now()
    await createRecords(db, 'enterprise', all)
    return performance.now() - started
  },
  /**
   * IndexedDB alone: the rows and change-log entries the write path stored for the first
   * `count` enterprises, written again with plain puts into a scratch database of the same
   * schema in batches of `chunk`; and rows holding only an id, with no log. The write path
   * cannot be faster than the first; no write on this machine is faster than the second.
   */
  async rawCeiling(count: number, chunk: number): Promise<{ rows: number; bare: number }> {
    if (!db) throw new Error('seed first')
    const rows = await db.records('enterprise').limit(count).toArray()
    const changes = await db.changes.limit(count).toArray()
    const table = KINDS.enterprise.table
    const perSecond = (ms: number) => rows.length / (ms / 1000)
    const same = perSecond(await rawWriteMs(table, rows, changes, chunk))
    const bare = perSecond(
      await rawWriteMs(
        table,
        rows.map((row) => ({ id: row.id })),
        [],
        chunk,
      ),
    )
    return { rows: same, bare }
  },
  /** A fresh connection, so no cache of the previous step helps the next. */
  async reopen(): Promise<void> {
    db?.close()
    db = new XiezhiDatabase(DATABASE_NAME)
    await db.open()
  },
  async list(query: ListQuery): Promise<{ ms: number; total: number; rows: number }> {
    if (!db) throw new Error('seed first')
    const started = performance.now()
    const page = await listRecords(db, 'enterprise', query)
    return { ms: performance.now() - started, total: page.total, rows: page.rows.length }
  },
  /**
   * What the list screen does: the page first (quickly near the start of a list), then the count
   * of matches when the page came without it. `ms` is the page shown, `totalMs` the count shown.
   */
  async show(
    query: ListQuery,
  ): Promise<{ ms: number; totalMs: number; total: number; rows: number }> {
    if (!db) throw new Error('seed first')
    const started = performance.now()
    const quick = await quickPage(db, 'enterprise', query)
    if (!quick) {
      const page = await listRecords(db, 'enterprise', query)
      const ms = performance.now() - started
      return { ms, totalMs: ms, total: page.total, rows: page.rows.length }
    }
    const ms = performance.now() - started
    const total = quick.total ?? (await countMatching(db, 'enterprise', query))
    return { ms, totalMs: performance.now() - started, total, rows: quick.rows.length }
  },
  async count(): Promise<{ ms: number; total: number }> {
    if (!db) throw new Error('seed first')
    const started = performance.now()
    const total = await countRecords(db, 'enterprise')
    return { ms: performance.now() - started, total }
  },
  /** A full backup of everything stored, then reading it back whole (as a restore first does). */
  async backup(): Promise<{ ms: number; readMs: number; bytes: number; heapMb: number }> {
    if (!db) throw new Error('seed first')
    const started = performance.now()
    const { bytes } = await writeBackup(db, 'bench')
    const ms = performance.now() - started
    const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
    const heapMb = (heap?.usedJSHeapSize ?? 0) / 1024 / 1024
    const reading = performance.now()
    await readBackup(bytes)
    return { ms, readMs: performance.now() - reading, bytes: bytes.length, heapMb }
  },
  /**
   * 数据交换: another PC's package of `changes` changes (new enterprises, then edits of them) is
   * read, previewed and merged into the database with its records: what 导入数据包 does after the
   * user's click (the safety backup aside). Then the same rows and log entries are written again
   * with plain puts into an empty database (`floorMs`), and what the package added is taken out,
   * so a kept profile holds its seed alone.
   */
  async exchange(changes: number): Promise<{
    ms: number
    readMs: number
    previewMs: number
    floorMs: number
    applied: number
  }> {
    if (!db) throw new Error('seed first')
    const other = new XiezhiDatabase('xiezhi-bench-other-pc')
    await other.delete()
    await other.open()
    await prepareDatabase(other)
    const created = Math.ceil(changes * 0.6)
    const rows = await createRecords(
      other,
      'enterprise',
      sampleEnterprises(new SeededRandom(4242), created),
    )
    await applyChanges(
      other,
      rows.slice(0, changes - created).map((row) => ({
        kind: 'enterprise',
        id: row.id,
        op: 'update' as const,
        fields: { note: `走访补充 ${row.id}` },
      })),
      { origin: 'local' },
    )
    const { bytes } = await writePackage(other, {
      scope: { type: 'all' },
      password: '',
      appVersion: 'bench',
    })
    await other.delete()
    const started = performance.now()
    const contents = await readPackage(bytes)
    const readMs = performance.now() - started
    const preview = await previewPackage(db, contents)
    const previewMs = performance.now() - started
    const result = await importPackage(db, contents, preview.bothChanged, new Map())
    const ms = performance.now() - started

    const table = db.records('enterprise')
    const added = (await table.bulkGet(rows.map((row) => row.id))).filter(
      (row) => row !== undefined,
    )
    const logged = db.changes.where('batchId').equals(result.batchId)
    const floorMs = await rawWriteMs(
      KINDS.enterprise.table,
      added,
      await logged.toArray(),
      Infinity,
    )
    await db.transaction('rw', [table, db.changes, db.tallies], async () => {
      await table.bulkDelete(added.map((row) => row.id))
      await logged.delete()
      const fields = KINDS.enterprise.tallied ?? []
      await addToTallies(
        db as XiezhiDatabase,
        new Map([['enterprise', tallyOfRows(fields, added, -1)]]),
      )
    })
    return { ms, readMs, previewMs, floorMs, applied: result.applied }
  },
  async editFirstAndRelist(): Promise<{ ms: number }> {
    if (!db) throw new Error('seed first')
    const page = await listRecords(db, 'enterprise', { offset: 0, limit: 1 })
    const row = page.rows[0]
    if (!row) throw new Error('no rows')
    const started = performance.now()
    await updateFields(db, 'enterprise', row.id, { note: `bench ${Date.now()}` })
    await listRecords(db, 'enterprise', { offset: 0, limit: 50 })
    return { ms: performance.now() - started }
  },
}

Object.assign(window, { xiezhiBench: api })
document.body.dataset.ready = 'true'
