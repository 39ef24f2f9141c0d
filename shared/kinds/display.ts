import { itemsText } from './items'
import { decodeParty } from './parties'
import { stateLabel, stateLogEntrySchema } from '../workflow/workflow'
import type { FieldMeta, KindDefinition, KindName } from './types'

/** The text of a stored scalar value; anything else (absent, lists, objects) is ''. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return ''
}

/** A record's title as lists and pages show it; a record whose title field is blank says so. */
export function recordTitle(
  kind: { readonly titleField: string },
  row: Readonly<Record<string, unknown>>,
): string {
  return textOf(row[kind.titleField]) || '（无标题）'
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

/** How a referenced record is keyed in a map of titles: `org:<id>`. */
export const referenceKey = (kind: KindName, id: string) => `${kind}:${id}`

/** The title of a referenced record, or undefined when it is not (or no longer) there. */
export type ReferenceTitle = (kind: KindName, id: string) => string | undefined

/** A stored date and time, 2026-12-02T09:30, as 2026-12-02 09:30. */
export const showDateTime = (value: string) => value.replace('T', ' ')

/** 2026-12-02 09:00 至 11:30 (the end's date only when it is another day). */
export function showTimeRange(value: unknown): string {
  if (typeof value !== 'object' || value === null) return ''
  const { start, end } = value as { start?: unknown; end?: unknown }
  const from = typeof start === 'string' ? start : ''
  const to = typeof end === 'string' ? end : ''
  if (from === '') return ''
  if (to === '') return showDateTime(from)
  if (to === from) return showDateTime(from)
  const sameDay = from.slice(0, 10) === to.slice(0, 10)
  return `${showDateTime(from)} 至 ${sameDay ? to.slice(11) : showDateTime(to)}`
}

/** The names of parties: a record's title (（已删除） when gone) or the typed name. */
export function showParties(value: unknown, referenceTitle: ReferenceTitle): string[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item) => {
    const party = typeof item === 'string' ? decodeParty(item) : null
    if (!party) return []
    if (party.kind === 'name') return [party.name]
    return [referenceTitle(party.kind, party.id) ?? '（已删除）']
  })
}

/** The text a stored value is shown as in lists, detail pages and exports. */
export function displayValue(
  kind: KindDefinition,
  field: string,
  value: unknown,
  referenceTitle: ReferenceTitle = () => undefined,
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
        ? (referenceTitle(input.kind, value) ?? '（已删除）')
        : ''
    case 'parties':
      return showParties(value, referenceTitle).join('、')
    case 'integer':
      return typeof value === 'number' ? String(value) : ''
    case 'text':
    case 'longText':
    case 'date':
      return typeof value === 'string' ? value : ''
    case 'dateTime':
      return typeof value === 'string' ? showDateTime(value) : ''
    case 'timeRange':
    case 'dateRange':
      return showTimeRange(value)
    case 'attachments':
      return Array.isArray(value)
        ? value.map((file) => textOf((file as { name?: unknown }).name)).join('、')
        : ''
    case 'workflow':
      return typeof value === 'string' ? stateLabel(input.workflow, value) : ''
    case 'stateLog':
      return Array.isArray(value) ? value.map(showStateLogEntry).join('\n') : ''
    case 'orderKey':
      return ''
    case 'structured':
      return input.summary(value)
    case 'items':
      return itemsText(input.columns, value)
  }
}

/** The text a search finds a field by: its own text, or the lines of a list of items. */
export function searchTextOf(kind: KindDefinition, field: string, value: unknown): string {
  return typeof value === 'string' ? value : displayValue(kind, field, value)
}

/** 2026-12-02 09:30 王芳 退回：材料不全. */
function showStateLogEntry(entry: unknown): string {
  const parsed = stateLogEntrySchema.safeParse(entry)
  if (!parsed.success) return ''
  const { at, user, move, note } = parsed.data
  return `${formatDateTime(at)} ${user} ${move}${note ? `：${note}` : ''}`
}

/**
 * The records a stored value refers to, by kind: a reference field's id, or the records among
 * parties. Lists and detail pages fetch their titles with this, whatever the target kinds.
 */
export function referencedRecords(
  meta: FieldMeta,
  value: unknown,
): { readonly kind: KindName; readonly id: string }[] {
  const input = meta.input
  if (input.type === 'reference') {
    return typeof value === 'string' && value !== '' ? [{ kind: input.kind, id: value }] : []
  }
  if (input.type !== 'parties' || !Array.isArray(value)) return []
  return value.flatMap((item) => {
    const party = typeof item === 'string' ? decodeParty(item) : null
    return party && party.kind !== 'name' ? [{ kind: party.kind, id: party.id }] : []
  })
}

/** The records that rows of a kind refer to in the given fields (all its fields when omitted). */
export function referencesIn(
  kind: KindDefinition,
  rows: readonly Readonly<Record<string, unknown>>[],
  fields: readonly string[] = Object.keys(kind.fields),
): { readonly kind: KindName; readonly id: string }[] {
  return rows.flatMap((row) =>
    fields.flatMap((field) => {
      const meta = fieldMeta(kind, field)
      return meta ? referencedRecords(meta, row[field]) : []
    }),
  )
}
