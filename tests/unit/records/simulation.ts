import {
  formatHlc,
  hlcNode,
  initialHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
  type HlcState,
} from '../../../shared/domain/hlc'
import type { KindDefinition } from '../../../shared/kinds/types'
import { mergeChange, type MergeTarget } from '../../../shared/records/mergeChange'
import { planCreate, planEdit } from '../../../shared/records/planEdit'
import type { RecordChange } from '../../../shared/records/recordChange'

/**
 * Devices for the convergence property test: each keeps records, a change log and a clock, and
 * applies changes exactly as the data layer does (mergeChange), in memory.
 */
export interface LoggedChange {
  readonly hlc: string
  readonly change: RecordChange
}

export class Device {
  clock: HlcState
  readonly rows = new Map<string, MergeTarget>()
  readonly log = new Map<string, LoggedChange>()

  constructor(
    readonly kind: KindDefinition,
    readonly name: string,
    /** This PC's clock error: two hours apart is normal in offices. */
    readonly skewMs: number,
  ) {
    this.clock = initialHlc(name)
  }

  private stamp(now: number): string {
    this.clock = tickHlc(this.clock, now + this.skewMs)
    return formatHlc(this.clock)
  }

  private apply(change: RecordChange, hlc: string): void {
    const result = mergeChange(this.kind, this.rows.get(change.id), change, hlc)
    if (result.status === 'applied') {
      this.rows.set(change.id, {
        data: result.data,
        clocks: result.clocks,
        ...(result.deletedAt === undefined ? {} : { deletedAt: result.deletedAt }),
      })
    } else if (result.status !== 'unchanged') {
      throw new Error(`${this.name}: ${result.status} applying ${JSON.stringify(change)}`)
    } else if (change.stamp === undefined) {
      // A change made here that changes nothing is not a change: nothing is logged.
      return
    }
    // What travels is the change itself; `expected` only guards the form that made it.
    const { expected: _expected, stamp: _stamp, ...logged } = change
    this.log.set(hlc, { hlc, change: logged })
  }

  create(id: string, data: Readonly<Record<string, unknown>>, now: number): void {
    this.apply(planCreate(this.kind, id, data), this.stamp(now))
  }

  edit(id: string, fields: Readonly<Record<string, unknown>>, now: number): void {
    const row = this.rows.get(id)
    if (!row) return
    const change = planEdit(this.kind, id, row.data, { ...row.data, ...fields })
    if (change) this.apply(change, this.stamp(now))
  }

  setDeleted(id: string, deleted: boolean, now: number): void {
    if (!this.rows.has(id)) return
    const change: RecordChange = {
      kind: this.kind.name,
      id,
      op: deleted ? 'delete' : 'restore',
      fields: { deletedAt: deleted ? now : null },
    }
    this.apply(change, this.stamp(now))
  }

  /** What this device knows from each device: the highest timestamp (its version vector). */
  versionVector(): Map<string, string> {
    const vector = new Map<string, string>()
    for (const hlc of this.log.keys()) {
      const node = hlcNode(hlc)
      if (hlc > (vector.get(node) ?? '')) vector.set(node, hlc)
    }
    return vector
  }

  /** A package for a device whose version vector is `vector`: every change it lacks. */
  packageFor(vector: Map<string, string>): LoggedChange[] {
    return [...this.log.values()].filter(({ hlc }) => hlc > (vector.get(hlcNode(hlc)) ?? ''))
  }

  /** Applies a package in timestamp order, as the data layer does; a change seen before is a no-op. */
  receive(entries: readonly LoggedChange[], now: number): void {
    for (const entry of [...entries].sort((a, b) => (a.hlc < b.hlc ? -1 : 1))) {
      if (this.log.has(entry.hlc)) continue
      this.clock = receiveHlc(this.clock, parseHlc(entry.hlc), now + this.skewMs)
      const stamp = { hlc: entry.hlc, deviceId: hlcNode(entry.hlc), user: '', at: now }
      this.apply({ ...entry.change, stamp }, entry.hlc)
    }
  }
}
