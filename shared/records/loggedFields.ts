import { PATCH_THRESHOLD, type LoggedField } from './recordChange'
import { applyTextPatch, textPatch } from './textPatch'

/** Long texts in a logged change keep their old value as a patch from the new one. */
export function compactLogged(fields: readonly LoggedField[]): LoggedField[] {
  return fields.map((field) => {
    if (
      typeof field.old !== 'string' ||
      typeof field.new !== 'string' ||
      field.old.length + field.new.length < PATCH_THRESHOLD
    )
      return field
    const patch = textPatch(field.new, field.old)
    if (!patch) return field
    const { old: _old, ...rest } = field
    return { ...rest, oldPatch: patch }
  })
}

/** The value a logged field replaced (undefined for a new record). */
export function oldValueOf(field: LoggedField): unknown {
  if (field.oldPatch && typeof field.new === 'string')
    return applyTextPatch(field.new, field.oldPatch)
  return field.old
}
