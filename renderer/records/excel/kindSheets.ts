import { recordsToSheet, type ExportSheet } from '../../../shared/excel/exportRows'
import { KIND_NAMES, KINDS, type KindName } from '../../../shared/kinds'
import { referenceKey, referencesIn } from '../../../shared/kinds/display'
import type { DataApi, ListQuery } from '../../data/api'

/**
 * The live records of a kind a list query matches (all of them, not a page) as a sheet with the
 * kind's export columns, references by name: a list's 导出, and one sheet of 导出全部数据.
 */
export async function kindSheet(
  api: DataApi,
  kind: KindName,
  query: Omit<ListQuery, 'offset' | 'limit'>,
): Promise<{ sheet: ExportSheet; count: number }> {
  const definition = KINDS[kind]
  const rows = await api.listAllRecords(kind, query)
  const titles = await api.referenceTitles(
    referencesIn(
      definition,
      rows,
      definition.excel.map(({ field }) => field),
    ),
  )
  const sheet = recordsToSheet(definition, rows, (target, id) =>
    titles.get(referenceKey(target, id)),
  )
  return { sheet, count: rows.length }
}

/**
 * Every kind's live records as a sheet with the same columns as its list's 导出 (a kind a sheet,
 * named by its title), so an office can read all its data without this app.
 */
export async function allKindsAsSheets(
  api: DataApi,
): Promise<{ sheet: ExportSheet; name: string; count: number }[]> {
  const sheets = []
  for (const kind of KIND_NAMES) {
    const definition = KINDS[kind]
    const { sheet, count } = await kindSheet(api, kind, {
      sort: { field: definition.titleField, direction: 'asc' },
    })
    sheets.push({ sheet, name: definition.title, count })
  }
  return sheets
}
