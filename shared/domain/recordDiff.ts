/** One field's change in a change-log entry. */
export interface FieldChange {
  readonly field: string
  readonly old: unknown
  readonly new: unknown
}

/** Order-insensitive for object keys, order-sensitive for arrays: the equality of stored values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (a === undefined || b === undefined || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => sameValue(item, b[i]))
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const aRecord = a as Record<string, unknown>
    const bRecord = b as Record<string, unknown>
    const keys = new Set([...Object.keys(aRecord), ...Object.keys(bRecord)])
    for (const key of keys) if (!sameValue(aRecord[key], bRecord[key])) return false
    return true
  }
  return false
}

/** The fields (among `fields`) whose values differ between two versions of a record. */
export function diffFields(
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of fields) {
    const oldValue = before?.[field]
    const newValue = after[field]
    if (!sameValue(oldValue, newValue)) changes.push({ field, old: oldValue, new: newValue })
  }
  return changes
}
