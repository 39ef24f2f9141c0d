import { sameValue } from '../domain/recordDiff'
import type { KindDefinition } from '../kinds/types'
import type { RecordChange } from './recordChange'

/** The data fields of a kind (what a form edits and a change may set). */
export function dataFieldsOf(kind: KindDefinition): string[] {
  return Object.keys(kind.schema.shape)
}

/** The fields that must travel with `fields`: whole merge groups of any field in them. */
export function withMergeGroups(kind: KindDefinition, fields: readonly string[]): string[] {
  const result = new Set(fields)
  for (const group of kind.mergeGroups ?? []) {
    if (group.some((field) => result.has(field))) for (const field of group) result.add(field)
  }
  return [...result]
}

/**
 * An edit as a change: only the fields the user changed relative to what the form loaded (with
 * their merge groups), and what the form loaded for them, so a field changed elsewhere since is
 * noticed rather than overwritten. Undefined when nothing changed.
 */
export function planEdit(
  kind: KindDefinition,
  id: string,
  loaded: Readonly<Record<string, unknown>>,
  edited: Readonly<Record<string, unknown>>,
): RecordChange | undefined {
  const changed = dataFieldsOf(kind).filter((field) => !sameValue(loaded[field], edited[field]))
  if (changed.length === 0) return undefined
  const fields = withMergeGroups(kind, changed)
  return {
    kind: kind.name,
    id,
    op: 'update',
    fields: Object.fromEntries(fields.map((field) => [field, edited[field]])),
    expected: Object.fromEntries(fields.map((field) => [field, loaded[field]])),
  }
}

/** A new record as a change setting every data field. */
export function planCreate(
  kind: KindDefinition,
  id: string,
  data: Readonly<Record<string, unknown>>,
): RecordChange {
  return {
    kind: kind.name,
    id,
    op: 'create',
    fields: Object.fromEntries(dataFieldsOf(kind).map((field) => [field, data[field]])),
  }
}
