import { createContext, useContext } from 'react'
import type { KindName } from '../../shared/kinds'
import type { XiezhiDatabase } from './database'
import * as documents from './documentRegister'
import { discardDraft, loadDraft, saveDraft } from './drafts'
import { addChild, importChildren, listChildren, moveChild } from './children'
import { recordsDueBetween } from './deadlines'
import { recordWithChildren } from './recordWithChildren'
import { listReportRows } from './listReportRows'
import { deletedRecords } from './recycleBin'
import { lastBackupAt, noteBackupSaved } from './backup/backupLog'
import { readBackup } from './backup/readBackup'
import { restoreBackup } from './backup/restoreBackup'
import { writeBackup } from './backup/writeBackup'
import { importPackage, previewPackage } from './exchange/importPackage'
import { listPeers, notePackageSent } from './exchange/peers'
import { readPackage } from './exchange/readPackage'
import { writePackage } from './exchange/writePackage'
import { readFile, storeFile } from './files'
import { moveState } from './workflowMoves'
import { changesOf, recentChanges } from './history'
import { isStoragePersistent, storageEstimate } from './openAppDatabase'
import {
  countByValues,
  countRecords,
  findByUniqueValues,
  getRecord,
  getRecords,
  listAllRecords,
  listRecords,
  recordsFrom,
  recordsWhere,
  referenceTitles,
} from './queries'
import { clearSampleData, hasSampleData, loadSampleData, previewSampleClearing } from './sampleData'
import { searchRecords } from './search'
import {
  createRecord,
  createRecords,
  deleteRecords,
  editRecord,
  newRecordId,
  restoreRecords,
  updateFields,
  type CreateOptions,
} from './writePath'

/**
 * The data API features call: one handler per thing a screen asks of the database, in a map
 * (as Actual Budget's handlers.ts). Features never see Dexie or the database object; ESLint
 * keeps them to this module, the live-query hooks and the error types. Each handler is the
 * data-layer function with the database bound, so its types (generics included) are the
 * function's own.
 */
export function createDataApi(db: XiezhiDatabase) {
  const on =
    <A extends unknown[], R>(handler: (db: XiezhiDatabase, ...args: A) => R) =>
    (...args: A): R =>
      handler(db, ...args)

  return {
    // Records: reads
    listRecords: on(listRecords),
    listAllRecords: on(listAllRecords),
    countRecords: on(countRecords),
    countByValues: on(countByValues),
    getRecord: on(getRecord),
    getRecords: on(getRecords),
    findByUniqueValues: on(findByUniqueValues),
    /** Titles of referenced records of any kinds, keyed by `referenceKey`. */
    referenceTitles: on(referenceTitles),
    /** Records whose indexed field holds a value (督办事项 linked to a meeting). */
    recordsWhere: on(recordsWhere),
    /** Records from a value of an indexed field on, in its order (the next meetings). */
    recordsFrom: on(recordsFrom),
    /** Global search: the first matches of each kind, with each kind's total. */
    searchRecords: on(searchRecords),
    changesOf: on(changesOf),
    recentChanges: on(recentChanges),
    // Records: writes, each one batch through applyChanges
    createRecord: on(createRecord),
    editRecord: on(editRecord),
    updateFields: on(updateFields),
    deleteRecords: on(deleteRecords),
    /** An id for a record a screen shows before it is written. */
    newRecordId,
    restoreRecords: on(restoreRecords),
    /** An Excel import: one batch, all or none, logged with origin import. */
    importRecords: (
      kind: KindName,
      inputs: readonly unknown[],
      options: Pick<CreateOptions, 'onProgress' | 'signal'> = {},
    ) => createRecords(db, kind, inputs, { ...options, origin: 'import' }),
    // 发文登记
    listSeries: on(documents.listSeries),
    seriesRows: on(documents.seriesRows),
    numberProblem: on(documents.numberProblem),
    saveDocument: on(documents.saveDocument),
    peekNextNumber: on(documents.peekNextNumber),
    reserveNumbers: on(documents.reserveNumbers),
    takeNumber: on(documents.takeNumber),
    rewriteWithNewNumber: on(documents.rewriteWithNewNumber),
    setDocumentStatus: on(documents.setDocumentStatus),
    documentsFrom: on(documents.documentsFrom),
    nextMinutesIssue: on(documents.nextMinutesIssue),
    /** A record, its children and the titles they refer to: what a document generator reads. */
    recordWithChildren: on(recordWithChildren),
    listReportRows: on(listReportRows),
    deletedRecords: on(deletedRecords),
    // Children (agenda items, follow-ups): listed, added and moved within their parent
    listChildren: on(listChildren),
    addChild: on(addChild),
    importChildren: on(importChildren),
    moveChild: on(moveChild),
    // Workflows and deadlines
    moveState: on(moveState),
    recordsDueBetween: on(recordsDueBetween),
    // Attached files: kept by content, described in the record's field
    storeFile: on(storeFile),
    readFile: on(readFile),
    // Drafts of forms not yet saved
    saveDraft: on(saveDraft),
    loadDraft: on(loadDraft),
    discardDraft: on(discardDraft),
    // Backups: written and restored whole; a file is checked before anything changes
    writeBackup: on(writeBackup),
    readBackup,
    restoreBackup: on(restoreBackup),
    noteBackupSaved: on(noteBackupSaved),
    lastBackupAt: on(lastBackupAt),
    // 数据交换: packages of changes, merged field by field (a package is never restored)
    writePackage: on(writePackage),
    readPackage,
    previewPackage: on(previewPackage),
    importPackage: on(importPackage),
    listPeers: on(listPeers),
    notePackageSent: on(notePackageSent),
    // 示例数据
    hasSampleData: on(hasSampleData),
    loadSampleData: on(loadSampleData),
    previewSampleClearing: on(previewSampleClearing),
    clearSampleData: on(clearSampleData),
    isStoragePersistent,
    storageEstimate,
  }
}

export type DataApi = ReturnType<typeof createDataApi>

export const DataApiContext = createContext<DataApi | null>(null)

/** The data API of the database the app opened. */
export function useDataApi(): DataApi {
  const api = useContext(DataApiContext)
  if (!api) throw new Error('useDataApi outside DatabaseProvider')
  return api
}

// What features may know of the data layer's types and pure helpers, re-exported here so that
// this module is the only one they import (with hooks.ts and errors.ts).
export type { ChangeEntry } from '../../shared/domain/changeEntry'
export type { DraftEntry, StoredRow } from './database'
export {
  registerEntryOf,
  UNNUMBERED,
  type DocumentInput,
  type DocumentRow,
  type ReserveRequest,
  type Series,
} from './documentRegister'
export { type ListPage, type ListQuery, type SortDirection } from './queries'
export { shareSlots, type KindSearchResults, type SearchHit } from './search'
export type { SampleCounts } from './sampleData'
export type { ChosenFile } from './files'
export type { BackupContents } from './backup/readBackup'
export type { PackageContents } from './exchange/readPackage'
export type { BothChangedChoices, ImportResult, PackagePreview } from './exchange/importPackage'
export type { ExchangePeer } from './exchange/peers'
export type { DeletedRecord } from './recycleBin'
export type { KeptSample } from './sampleClearing'
export { ApplyCancelled } from './applyChanges'
export type { Row } from './writePath'
