import { recordsToSheet, type ExportSheet } from '../../../shared/excel/exportRows'
import { KIND_NAMES, KINDS } from '../../../shared/kinds'
import { referenceKey, referencesIn } from '../../../shared/kinds/display'
import type { DataApi } from '../../data/api'

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
    const rows = await api.listAllRecords(kind, {
      sort: { field: definition.titleField, direction: 'asc' },
    })
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
    sheets.push({ sheet, name: definition.title, count: rows.length })
  }
  return sheets
}
