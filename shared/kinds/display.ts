import type { FieldMeta, KindDefinition } from './types'

/** The text of a stored scalar value; anything else (absent, lists, objects) is ''. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return ''
}

/** Local date and time as 2026-11-25 08:30. */
export function formatDateTime(millis: number): string {
  const d = new Date(millis)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function fieldMeta(kind: KindDefinition, field: string): FieldMeta | undefined {
  return (kind.fields as Record<string, FieldMeta | undefined>)[field]
}

/** The text a stored value is shown as in lists, detail pages and exports. */
export function displayValue(
  kind: KindDefinition,
  field: string,
  value: unknown,
  referenceTitle: (id: string) => string | undefined = () => undefined,
): string {
  if (field === 'updatedAt' || field === 'createdAt') {
    return typeof value === 'number' ? formatDateTime(value) : ''
  }
  const meta = fieldMeta(kind, field)
  if (!meta) return textOf(value)
  const input = meta.input
  switch (input.type) {
    case 'select':
      return (
        input.options.find((o) => o.value === value)?.label ??
        (typeof value === 'string' ? value : '')
      )
    case 'multiselect':
    case 'stringList':
      return Array.isArray(value) ? value.map(String).join('、') : ''
    case 'reference':
      return typeof value === 'string' && value !== ''
        ? (referenceTitle(value) ?? '（已删除）')
        : ''
    case 'integer':
      return typeof value === 'number' ? String(value) : ''
    case 'text':
      return typeof value === 'string' ? value : ''
  }
}
