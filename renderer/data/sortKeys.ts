import Dexie from 'dexie'
import type { sortKeyOf } from '../../shared/domain/sortKey'

/**
 * The 拼音 sort key needs pinyin-pro's dictionary (about 290 kB), which opening the app never
 * needs: it is loaded on the first write, not at start-up. Inside a transaction the wait keeps
 * the transaction alive (Dexie.waitFor); after the first load it costs nothing.
 */
let loading: Promise<typeof sortKeyOf> | undefined

export function sortKeyFunction(): Promise<typeof sortKeyOf> {
  loading ??= import('../../shared/domain/sortKey').then((module) => module.sortKeyOf)
  return Dexie.waitFor(loading)
}
