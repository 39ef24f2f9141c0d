import { isKindName, KINDS, type KindDefinition, type KindName } from '../../shared/kinds'
import { newPath } from './views'

/** Where a new record is to be referred to: `?for=registration&forId=…&forField=enterprise`. */
export interface ReferringField {
  readonly kind: KindName
  readonly id: string
  readonly field: string
}

/** The address of a new record of `kind` that, once saved, becomes `referring`'s reference. */
export function newReferredPath(
  kind: KindName,
  referring: ReferringField,
  values: Readonly<Record<string, string>> = {},
): string {
  const params = new URLSearchParams({
    ...values,
    for: referring.kind,
    forId: referring.id,
    forField: referring.field,
  })
  return `${newPath(kind)}?${params.toString()}`
}

/** The referring field the address names, if it is a reference to `kind` of a kind there is. */
export function referringFrom(kind: KindName, params: URLSearchParams): ReferringField | undefined {
  const from = params.get('for') ?? ''
  const id = params.get('forId') ?? ''
  const field = params.get('forField') ?? ''
  // Own keys only: an address saying for=toString or forField=constructor names no kind or field.
  if (!isKindName(from) || id === '') return undefined
  const fields = (KINDS[from] as KindDefinition).fields
  const meta = Object.hasOwn(fields, field) ? fields[field] : undefined
  return meta?.input.type === 'reference' && meta.input.kind === kind
    ? { kind: from, id, field }
    : undefined
}
