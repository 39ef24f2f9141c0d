/*
 * The database's schema history. A version, once released, is never edited: a change adds a
 * new version (with an upgrade function if existing rows must change) and a migration test in
 * tests/unit/data/migrations.test.ts.
 */
import { KINDS, KIND_NAMES } from '../../shared/kinds'

/** Indexes every record table has, whatever its kind. */
const RECORD_INDEXES_V1 = ['id', 'updatedAt', 'deletedAt', 'sample', '*searchTokens']
const RECORD_INDEXES_V2 = [...RECORD_INDEXES_V1, 'sortKey']

export interface SchemaVersion {
  readonly version: number
  readonly stores: Readonly<Record<string, string>>
}

/** Version 4: a change is found by its HLC (unique: applying it twice is a no-op) and batch. */
const CHANGE_INDEXES_V1 = '++seq, hlc, [kind+recordId], at'
const CHANGE_INDEXES_V4 = '++seq, &hlc, [kind+recordId], at, batchId'

/** Version 4: form drafts kept while typing, and changes from elsewhere that could not merge. */
const LOCAL_STORES_V4 = {
  drafts: 'key, savedAt',
  conflicts: '++id, [kind+recordId], batchId, at',
}

/** Version 5: per kind, its live count and counts per value of its tallied fields. */
const LOCAL_STORES_V5 = { ...LOCAL_STORES_V4, tallies: 'kind' }

/** Version 6: attached files, by the SHA-256 of their bytes (written once, never changed). */
const LOCAL_STORES_V6 = { ...LOCAL_STORES_V5, files: 'id' }

const stores = (
  recordIndexes: readonly string[],
  kindIndexes: Record<string, readonly string[]>,
  changeIndexes = CHANGE_INDEXES_V4,
  localStores: Readonly<Record<string, string>> = LOCAL_STORES_V6,
) => ({
  meta: 'key',
  changes: changeIndexes,
  ...localStores,
  ...Object.fromEntries(
    Object.entries(kindIndexes).map(([table, indexes]) => [
      table,
      [...recordIndexes, ...indexes].join(', '),
    ]),
  ),
})

/** Version 1: meta, change log, enterprises, orgs, contacts. */
const V1_KIND_INDEXES = {
  enterprises: ['name', 'creditCode', 'district', 'industry', 'scale', '*tags'],
  orgs: ['name', 'category', 'level', 'district'],
  contacts: ['name', 'orgId'],
}

/** Version 3 adds the 发文登记, read per 机关代字 and year through [prefix+year]. */
const V3_KIND_INDEXES = {
  ...V1_KIND_INDEXES,
  documents: ['[prefix+year]', 'documentNumber', 'status', 'format', 'date'],
}

/**
 * Version 7 adds 跟进事项, children of enterprises, read per parent in order, and finds the
 * documents generated from a record by its id.
 */
const V7_KIND_INDEXES = {
  ...V3_KIND_INDEXES,
  documents: [...V3_KIND_INDEXES.documents, 'sourceId'],
  followUps: ['parentId', '[parentId+order]', 'dueOn', 'state', '*handledBy'],
}

/** Version 8 adds 会议 with their 议程 and 议定事项, and 督办事项 with their 进展记录. */
const V8_KIND_INDEXES = {
  ...V7_KIND_INDEXES,
  meetings: ['type', 'startAt', '*hosts'],
  agendaItems: ['parentId', '[parentId+order]'],
  decisions: ['parentId', '[parentId+order]'],
  actionItems: ['dueOn', 'state', '*leadUnits', '*owners', '*links'],
  progressNotes: ['parentId', '[parentId+order]', 'date'],
}

/** Version 9 adds 工作互通, 征求意见 with their 意见, and the 企业代表 at a meeting. */
const V9_KIND_INDEXES = {
  ...V8_KIND_INDEXES,
  enterpriseDelegates: ['parentId', '[parentId+order]', 'enterprise'],
  liaisonEntries: ['type', 'date', '*units', '*links'],
  consultations: ['deadline', '*drafters', '*asked'],
  opinions: ['parentId', '[parentId+order]', 'adoption'],
}

/** Version 10 adds 联合调研 with their 走访记录. */
const V10_KIND_INDEXES = {
  ...V9_KIND_INDEXES,
  surveys: ['status', '*leadUnits', '*plannedEnterprises'],
  visits: ['parentId', '[parentId+order]', 'enterprise', 'visitedOn', 'state'],
}

/** Version 11 adds 培训 with their 报名. */
const V11_KIND_INDEXES = {
  ...V10_KIND_INDEXES,
  trainings: ['type', 'startAt', '*hosts'],
  registrations: ['parentId', '[parentId+order]', 'enterprise', 'attended', 'source'],
}

/** Version 12 adds the 匿名反馈 of a training, and 信息通报: 简报, 政策, 参考案例, 宣传报道. */
const V12_KIND_INDEXES = {
  ...V11_KIND_INDEXES,
  trainingFeedback: ['parentId', '[parentId+order]', 'satisfaction'],
  policies: ['issuedOn', 'issuer'],
  referenceCases: ['ipType', 'caseType', 'year'],
  publicity: ['publishedOn', 'media'],
  briefings: ['series', 'issuedOn', '*items'],
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: stores(RECORD_INDEXES_V1, V1_KIND_INDEXES, CHANGE_INDEXES_V1, {}) },
  // Version 2: a 拼音 sort key on every record, so lists sort Chinese names by pronunciation.
  { version: 2, stores: stores(RECORD_INDEXES_V2, V1_KIND_INDEXES, CHANGE_INDEXES_V1, {}) },
  // Version 3: the documents table (公文 / 发文登记). A new table: existing rows are untouched.
  { version: 3, stores: stores(RECORD_INDEXES_V2, V3_KIND_INDEXES, CHANGE_INDEXES_V1, {}) },
  // Version 4: the records core. Rows get field clocks as they are next written (a row without
  // them reads as all fields at its last HLC); the log's HLC becomes unique; drafts, conflicts.
  {
    version: 4,
    stores: stores(RECORD_INDEXES_V2, V3_KIND_INDEXES, CHANGE_INDEXES_V4, LOCAL_STORES_V4),
  },
  // Version 5: tallies, counted once from the rows there; applyChanges keeps them since.
  {
    version: 5,
    stores: stores(RECORD_INDEXES_V2, V3_KIND_INDEXES, CHANGE_INDEXES_V4, LOCAL_STORES_V5),
  },
  // Version 6: the files table for attachments. A new table: existing rows are untouched.
  { version: 6, stores: stores(RECORD_INDEXES_V2, V3_KIND_INDEXES) },
  // Version 7: the followUps table. A new table: existing rows are untouched.
  { version: 7, stores: stores(RECORD_INDEXES_V2, V7_KIND_INDEXES) },
  { version: 8, stores: stores(RECORD_INDEXES_V2, V8_KIND_INDEXES) },
  { version: 9, stores: stores(RECORD_INDEXES_V2, V9_KIND_INDEXES) },
  { version: 10, stores: stores(RECORD_INDEXES_V2, V10_KIND_INDEXES) },
  { version: 11, stores: stores(RECORD_INDEXES_V2, V11_KIND_INDEXES) },
  { version: 12, stores: stores(RECORD_INDEXES_V2, V12_KIND_INDEXES) },
]

export const LATEST_SCHEMA = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1] as SchemaVersion

/** The stores the record kinds declare today; a test checks LATEST_SCHEMA matches it. */
export function storesDeclaredByKinds(): Record<string, string> {
  return stores(
    RECORD_INDEXES_V2,
    Object.fromEntries(KIND_NAMES.map((name) => [KINDS[name].table, KINDS[name].indexes])),
  )
}
