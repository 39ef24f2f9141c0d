import { XiezhiDatabase } from '../../../renderer/data/database'
import { prepareDatabase } from '../../../renderer/data/referenceData'

let counter = 0

/** A fresh, prepared database with its own name (fake-indexeddb in Node). */
export async function openTestDatabase(): Promise<XiezhiDatabase> {
  const db = new XiezhiDatabase(`xiezhi-test-${process.pid}-${++counter}`)
  await prepareDatabase(db)
  return db
}

export const VALID_CODE = '914403001922038216'
export const OTHER_VALID_CODE = '91110000100006485K'
