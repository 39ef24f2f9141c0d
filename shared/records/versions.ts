import type { LoggedField } from './recordChange'
import { applyTextPatch } from './textPatch'

/** A change-log entry as far as versions go: the fields it changed, old and new. */
export interface VersionStep {
  readonly changes: readonly LoggedField[]
}

/**
 * The value a logged field had before the change: `old` as logged, or for a long text logged as a
 * patch, the patch applied to the value after the change. Undefined when the field had none.
 */
export function valueBefore(change: LoggedField, after: unknown): unknown {
  if (change.oldPatch && typeof after === 'string') return applyTextPatch(after, change.oldPatch)
  return change.old
}

/**
 * A record's fields as they were right after step `index` of its log (oldest first), found by
 * undoing the later steps on the current values, newest first. Only `fields` are followed (a
 * kind's own fields: a version never brings back a deletion). Skipped fields (a change that lost
 * to a later one) changed nothing and are passed over.
 */
export function versionAfter(
  current: Readonly<Record<string, unknown>>,
  steps: readonly VersionStep[],
  index: number,
  fields: readonly string[],
): Record<string, unknown> {
  const followed = new Set(fields)
  const values: Record<string, unknown> = Object.fromEntries(
    fields.map((field) => [field, current[field]]),
  )
  for (let step = steps.length - 1; step > index; step--) {
    for (const change of steps[step]?.changes ?? []) {
      if (change.skipped || !followed.has(change.field)) continue
      values[change.field] = valueBefore(change, values[change.field])
    }
  }
  return values
}
