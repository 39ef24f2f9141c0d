import { KINDS, type KindName } from '../../shared/kinds'
import { LIST_REPORT_MAX_ROWS } from '../../shared/generators/listReport'
import { referencesIn } from '../../shared/kinds/display'
import type { StoredRow, XiezhiDatabase } from './database'
import { listRecords, type ListQuery } from './queries'
import { referencedWithTitles, type RecordWithChildren } from './recordWithChildren'

export interface ListReportRows extends Pick<RecordWithChildren, 'titles'> {
  readonly rows: readonly StoredRow[]
  /** How many records the list matches; more than the rows when it is too long for a document. */
  readonly total: number
}

/**
 * The records a list's document is made from (the list's search, filters and periods, in the
 * document's order), with the titles they refer to; at most LIST_REPORT_MAX_ROWS of them.
 */
export async function listReportRows(
  db: XiezhiDatabase,
  kind: KindName,
  query: Omit<ListQuery, 'offset' | 'limit'>,
): Promise<ListReportRows> {
  const page = await listRecords(db, kind, { ...query, offset: 0, limit: LIST_REPORT_MAX_ROWS })
  const { titles } = await referencedWithTitles(db, referencesIn(KINDS[kind], page.rows))
  return { rows: page.rows, total: page.total, titles }
}
