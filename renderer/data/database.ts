import Dexie, { type Table, type Transaction } from 'dexie'
import type { ChangeEntry } from '../../shared/domain/changeEntry'
import { KINDS, type KindName } from '../../shared/kinds'
import type { RecordMeta } from '../../shared/kinds/recordMeta'
import type { FieldClocks } from '../../shared/records/fieldClocks'
import { countRow, emptyTally, type Tally } from '../../shared/records/tallies'
import { ChangeFeed } from './changeFeed'
import { sortKeyFunction } from './sortKeys'
import { DATABASE_NAME } from './databaseName'
import { SCHEMA_VERSIONS } from './schema'

export interface MetaEntry {
  readonly key: string
  readonly value: unknown
}

/** A record as stored: a kind's data plus the meta fields, its field clocks and sort key. */
export type StoredRow = Record<string, unknown> &
  RecordMeta & {
    sortKey: string
    /** Absent on rows not written since version 4: all fields are then at `hlc`. */
    clocks?: FieldClocks
  }

/** A form's unsaved text, kept while typing so a closed window or a crash loses nothing. */
export interface DraftEntry {
  /** The form: `${kind}:${id}` or `${kind}:new`, `document:${id}`. */
  readonly key: string
  readonly kind: string
  readonly recordId?: string
  /** What the form holds. */
  readonly values: unknown
  /** What the form loaded (to tell later which fields the user changed). */
  readonly base?: unknown
  readonly savedAt: number
}

/** A change from elsewhere that could not be merged, kept for the user to look at. */
export interface ConflictEntry {
  readonly id?: number
  readonly kind: string
  readonly recordId: string
  readonly hlc: string
  readonly reason: string
  readonly batchId: string
  readonly origin: string
  readonly at: number
}

/**
 * The bytes of an attached file. Records hold the file's description (shared/kinds/attachments)
 * under the same id, the SHA-256 of the bytes: the same file attached twice, or on two PCs, is
 * kept once.
 */
export interface FileEntry {
  readonly id: string
  readonly blob: Blob
  readonly type: string
  readonly size: number
}

/** A kind's live count and counts per value of its tallied fields (see shared/records/tallies). */
export type TallyEntry = Tally & { readonly kind: string }

const VERSION_2_KINDS: readonly KindName[] = ['enterprise', 'org', 'contact']
const VERSION_5_KINDS: readonly KindName[] = [...VERSION_2_KINDS, 'document']

/** Upgrade functions by the version they upgrade to. */
const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  2: async (tx) => {
    // Only the kinds that existed at version 2: later tables are not there yet in this step.
    const sortKeyOf = await sortKeyFunction()
    for (const name of VERSION_2_KINDS) {
      const kind = KINDS[name]
      await tx
        .table(kind.table)
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const title = row[kind.titleField]
          row.sortKey = sortKeyOf(typeof title === 'string' ? title : '')
        })
    }
  },
  5: async (tx) => {
    for (const name of VERSION_5_KINDS) {
      // Row by row: a table of 100,000 records is never held in memory at once.
      const fields = KINDS[name].tallied ?? []
      const tally = emptyTally(fields)
      await tx
        .table(KINDS[name].table)
        .each((row: Record<string, unknown>) => countRow(tally, fields, row, 1))
      await tx.table('tallies').put({ kind: name, ...tally })
    }
  },
}

/** The app's one IndexedDB database. Only renderer/data/ uses it. */
export class XiezhiDatabase extends Dexie {
  declare readonly meta: Table<MetaEntry, string>
  declare readonly changes: Table<ChangeEntry, number>
  declare readonly drafts: Table<DraftEntry, string>
  declare readonly conflicts: Table<ConflictEntry, number>
  declare readonly tallies: Table<TallyEntry, string>
  declare readonly files: Table<FileEntry, string>
  /** Notified after every committed write, so lists refresh and caches drop what changed. */
  readonly changeFeed = new ChangeFeed()

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores)
      const upgrade = UPGRADES[schema.version]
      if (upgrade) version.upgrade(upgrade)
    }
  }

  records(kind: KindName): Table<StoredRow, string> {
    return this.table(KINDS[kind].table)
  }
}
