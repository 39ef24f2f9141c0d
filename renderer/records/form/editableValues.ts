import { KINDS, type KindName } from '../../../shared/kinds'

/** The data fields of a stored record (what a form edits), blanks where the row has none. */
export function editableValues(
  kind: KindName,
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const empty = KINDS[kind].empty() as Record<string, unknown>
  return Object.fromEntries(Object.keys(empty).map((field) => [field, row[field] ?? empty[field]]))
}
