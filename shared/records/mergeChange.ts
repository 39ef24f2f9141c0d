import { sameValue } from '../domain/recordDiff'
import type { KindDefinition } from '../kinds/types'
import { fieldClock, withClocks, type FieldClocks } from './fieldClocks'
import { dataFieldsOf } from './planEdit'
import { DELETED_FIELD, type LoggedField, type RecordChange } from './recordChange'

/**
 * What applying one change to one stored record does, decided without touching storage: which
 * fields win (field-level last writer wins by HLC; a merge group wins or loses as one), the
 * record that results (derived fields recomputed, validated by the kind's schema) and what the
 * change log records. The same function serves local edits, imports, restores and packages.
 */

/** A record as the merge sees it: its data fields, its tombstone and its field clocks. */
export interface MergeTarget {
  readonly data: Readonly<Record<string, unknown>>
  readonly deletedAt?: number
  readonly clocks: FieldClocks
}

/** A field changed elsewhere after the form loaded it. */
export interface StaleField {
  readonly field: string
  /** What the form loaded. */
  readonly expected: unknown
  /** What the record holds now. */
  readonly current: unknown
  /** What the user typed. */
  readonly mine: unknown
}

export interface FieldProblem {
  readonly path: string
  readonly message: string
}

export type MergeResult =
  | {
      readonly status: 'applied'
      readonly data: Record<string, unknown>
      readonly deletedAt: number | undefined
      readonly clocks: FieldClocks
      /** Every field of the change, winning or not, for the log. */
      readonly logged: LoggedField[]
      /** Fields whose stored value changed. */
      readonly changed: string[]
    }
  /** Nothing to write: every field lost to a later change, or already held that value. */
  | { readonly status: 'unchanged'; readonly logged: LoggedField[] }
  | { readonly status: 'stale'; readonly fields: StaleField[] }
  | { readonly status: 'missing' }
  | { readonly status: 'invalid'; readonly problems: FieldProblem[] }

/** The fields a kind computes from others (see KindDefinition.derive). */
export function derivedFieldsOf(kind: KindDefinition): Set<string> {
  return new Set(Object.keys(kind.derive?.(kind.empty()) ?? {}))
}

function groupOf(kind: KindDefinition, field: string): readonly string[] {
  return kind.mergeGroups?.find((group) => group.includes(field)) ?? [field]
}

/** Whether a change stamped `hlc` wins `field`: later than the field's clock and its group's. */
function wins(kind: KindDefinition, clocks: FieldClocks, field: string, hlc: string): boolean {
  return groupOf(kind, field).every((member) => hlc > fieldClock(clocks, member))
}

function issuesOf(error: { issues: readonly { path: PropertyKey[]; message: string }[] }) {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

/**
 * The fields a change sets on its target. A create that meets a record already here (the same
 * reference organisation seeded on two PCs) sets every field, blank ones and the tombstone too,
 * as a create stamps them all on a new record: every PC then ends with the same clocks.
 */
export function fieldsSetBy(
  kind: KindDefinition,
  target: MergeTarget | undefined,
  change: RecordChange,
): Readonly<Record<string, unknown>> {
  return change.op === 'create' && target !== undefined
    ? { ...kind.empty(), [DELETED_FIELD]: null, ...change.fields }
    : change.fields
}

export function mergeChange(
  kind: KindDefinition,
  target: MergeTarget | undefined,
  change: RecordChange,
  hlc: string,
): MergeResult {
  if (target === undefined && change.op !== 'create') return { status: 'missing' }

  const stale: StaleField[] = []
  if (target && change.expected) {
    for (const [field, expected] of Object.entries(change.expected)) {
      const current = field === DELETED_FIELD ? target.deletedAt : target.data[field]
      if (!sameValue(current, expected))
        stale.push({ field, expected, current, mine: change.fields[field] })
    }
    if (stale.length > 0) return { status: 'stale', fields: stale }
  }

  const clocks = target?.clocks ?? {}
  const derived = derivedFieldsOf(kind)
  const known = new Set(
    [...dataFieldsOf(kind), DELETED_FIELD].filter((field) => !derived.has(field)),
  )
  const fields = fieldsSetBy(kind, target, change)
  const winning: string[] = []
  const logged: LoggedField[] = []
  for (const [field, value] of Object.entries(fields)) {
    if (!known.has(field)) continue
    if (target === undefined || wins(kind, clocks, field, hlc)) winning.push(field)
    else logged.push({ field, new: value, skipped: true })
  }

  const before = target?.data ?? {}
  const merged: Record<string, unknown> = { ...kind.empty(), ...before }
  let deletedAt = target?.deletedAt
  for (const field of winning) {
    if (field === DELETED_FIELD) {
      const value = fields[field]
      deletedAt = typeof value === 'number' ? value : undefined
    } else merged[field] = fields[field]
  }
  const parsed = kind.schema.safeParse(kind.derive ? { ...merged, ...kind.derive(merged) } : merged)
  if (!parsed.success) return { status: 'invalid', problems: issuesOf(parsed.error) }
  const data = parsed.data

  // What changed, after normalising: the winning fields and what derive moved with them.
  const changed: string[] = []
  for (const field of dataFieldsOf(kind)) {
    if (target === undefined || !sameValue(before[field], data[field])) changed.push(field)
  }
  if (target !== undefined && deletedAt !== target.deletedAt) changed.push(DELETED_FIELD)
  // A new record logs what differs from a blank one: applied anywhere, it starts from blank too.
  const blank = target === undefined ? kind.empty() : undefined
  for (const field of winning) {
    const value = field === DELETED_FIELD ? (deletedAt ?? null) : data[field]
    if (blank && sameValue(blank[field], value)) continue
    const old = field === DELETED_FIELD ? target?.deletedAt : before[field]
    logged.push({ field, new: value, ...(target === undefined ? {} : { old }) })
  }
  // A change made here that changes no value writes nothing. One from elsewhere that wins still
  // moves the fields' clocks, even to the same value: every PC must end with the same clocks.
  const remote = change.stamp !== undefined
  if (target !== undefined && changed.length === 0 && (!remote || winning.length === 0))
    return { status: 'unchanged', logged }
  return {
    status: 'applied',
    data,
    deletedAt,
    // Derived fields have no clock: they are recomputed, never merged.
    clocks:
      target === undefined
        ? { '*': hlc }
        : withClocks(
            clocks,
            [...new Set([...winning, ...changed])].filter((field) => !derived.has(field)),
            hlc,
          ),
    logged,
    changed,
  }
}
