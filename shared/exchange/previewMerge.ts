import { hlcNode, parseHlc } from '../domain/hlc'
import { sameValue } from '../domain/recordDiff'
import { KINDS, type KindName } from '../kinds'
import { fieldClock } from '../records/fieldClocks'
import { fieldsSetBy, mergeChange, type MergeTarget } from '../records/mergeChange'
import { dataFieldsOf } from '../records/planEdit'
import { DELETED_FIELD, type RecordChange } from '../records/recordChange'

/**
 * What importing a package would do, decided before anything is written, with the same merge the
 * import applies (shared/records/mergeChange): which records are new, updated, deleted or left as
 * they are, and which fields were changed on both PCs since they last exchanged. A field is
 * “changed on both” when the package changes it and this PC's value of it was set by a change
 * the sender had not seen (its version vector says so): neither side knew of the other's edit.
 */

/** A changed field's key: `${kind}/${id}/${field}`, the unit a user may override. */
export const conflictKey = (kind: string, id: string, field: string) => `${kind}/${id}/${field}`
export const recordKey = (kind: string, id: string) => `${kind}/${id}`

export type RecordOutcome = 'new' | 'updated' | 'deleted' | 'unchanged'

export interface BothChanged {
  readonly key: string
  readonly kind: KindName
  readonly id: string
  readonly title: string
  readonly field: string
  readonly local: unknown
  readonly incoming: unknown
  /** What the rule (the later timestamp wins) keeps. */
  readonly winner: 'local' | 'incoming'
}

export interface MergeProblem {
  readonly kind: KindName
  readonly id: string
  readonly reason: string
}

export interface MergePreview {
  readonly counts: Readonly<Record<RecordOutcome, number>>
  readonly bothChanged: readonly BothChanged[]
  /** Live records of each kind the package would delete. */
  readonly deletions: Readonly<Partial<Record<KindName, number>>>
  /** Changes that cannot be applied (their record never arrived, or the result is invalid). */
  readonly problems: readonly MergeProblem[]
  /** How far the package's latest timestamp runs ahead of this PC's clock (ms; 0 when behind). */
  readonly aheadMs: number
}

interface RecordState {
  readonly kind: KindName
  readonly id: string
  readonly before: MergeTarget | undefined
  after: MergeTarget | undefined
  /** The latest change of the package to each field: its value and timestamp. */
  readonly incoming: Map<string, { value: unknown; hlc: string }>
}

function titleOf(kind: KindName, target: MergeTarget | undefined): string {
  const title = target?.data[KINDS[kind].titleField]
  return typeof title === 'string' ? title : ''
}

function outcomeOf(state: RecordState): RecordOutcome {
  const { before, after } = state
  if (after === undefined) return 'unchanged'
  if (before === undefined) return after.deletedAt === undefined ? 'new' : 'unchanged'
  if (before.deletedAt === undefined && after.deletedAt !== undefined) return 'deleted'
  if (before.deletedAt !== after.deletedAt) return 'updated'
  const changed = dataFieldsOf(KINDS[state.kind]).some(
    (field) => !sameValue(before.data[field], after.data[field]),
  )
  return changed ? 'updated' : 'unchanged'
}

function bothChangedOf(state: RecordState, seen: Readonly<Record<string, string>>): BothChanged[] {
  const { before, kind, id } = state
  if (before === undefined) return []
  const found: BothChanged[] = []
  for (const [field, incoming] of state.incoming) {
    const clock = fieldClock(before.clocks, field)
    // This PC's value was made by a change the sender has: the package's change came after it.
    if (clock === '' || clock <= (seen[hlcNode(clock)] ?? '')) continue
    const local = field === DELETED_FIELD ? (before.deletedAt ?? null) : before.data[field]
    if (sameValue(local, incoming.value)) continue
    found.push({
      key: conflictKey(kind, id, field),
      kind,
      id,
      title: titleOf(kind, state.after ?? before),
      field,
      local,
      incoming: incoming.value,
      winner: incoming.hlc > clock ? 'incoming' : 'local',
    })
  }
  return found
}

/**
 * @param changes the package's changes, in timestamp order
 * @param logged the timestamps of those already in this PC's log (skipped, as the import skips them)
 * @param stored this PC's records the changes touch, by recordKey (absent: not here)
 * @param seen the sender's version vector
 */
export function previewMerge(
  changes: readonly RecordChange[],
  logged: ReadonlySet<string>,
  stored: ReadonlyMap<string, MergeTarget>,
  seen: Readonly<Record<string, string>>,
  now: number,
): MergePreview {
  const states = new Map<string, RecordState>()
  const problems: MergeProblem[] = []
  let latest = 0
  for (const change of changes) {
    const kind = change.kind as KindName
    const hlc = change.stamp?.hlc ?? ''
    latest = Math.max(latest, parseHlc(hlc).millis)
    const key = recordKey(kind, change.id)
    let state = states.get(key)
    if (!state) {
      const before = stored.get(key)
      state = { kind, id: change.id, before, after: before, incoming: new Map() }
      states.set(key, state)
    }
    if (logged.has(hlc)) continue
    for (const [field, value] of Object.entries(fieldsSetBy(KINDS[kind], state.after, change))) {
      const last = state.incoming.get(field)
      if (!last || hlc > last.hlc) state.incoming.set(field, { value, hlc })
    }
    const merged = mergeChange(KINDS[kind], state.after, change, hlc)
    if (merged.status === 'applied') {
      state.after = {
        data: merged.data,
        clocks: merged.clocks,
        ...(merged.deletedAt === undefined ? {} : { deletedAt: merged.deletedAt }),
      }
    } else if (merged.status === 'missing') {
      problems.push({ kind, id: change.id, reason: '记录不存在（它的创建不在数据包中）' })
    } else if (merged.status === 'invalid') {
      problems.push({
        kind,
        id: change.id,
        reason: `合并后不符合要求：${merged.problems.map((p) => p.message).join('；')}`,
      })
    }
  }
  const counts: Record<RecordOutcome, number> = { new: 0, updated: 0, deleted: 0, unchanged: 0 }
  const deletions: Partial<Record<KindName, number>> = {}
  const bothChanged: BothChanged[] = []
  for (const state of states.values()) {
    const outcome = outcomeOf(state)
    counts[outcome]++
    if (outcome === 'deleted') deletions[state.kind] = (deletions[state.kind] ?? 0) + 1
    bothChanged.push(...bothChangedOf(state, seen))
  }
  return { counts, bothChanged, deletions, problems, aheadMs: Math.max(0, latest - now) }
}

/** Kinds where the package would delete more than a third of the live records. */
export function heavyDeletions(
  deletions: MergePreview['deletions'],
  live: (kind: KindName) => number,
): KindName[] {
  return (Object.entries(deletions) as [KindName, number][])
    .filter(([kind, count]) => count * 3 > live(kind))
    .map(([kind]) => kind)
}
