import { describe, expect, it } from 'vitest'
import { heavyDeletions, previewMerge, recordKey } from '../../../shared/exchange/previewMerge'
import { KINDS } from '../../../shared/kinds'
import type { MergeTarget } from '../../../shared/records/mergeChange'
import type { RecordChange } from '../../../shared/records/recordChange'

const NOW = Date.UTC(2026, 11, 7, 9)
const HERE = 'HEREPC0001'
const THERE = 'THEREPC001'
const hlc = (minutes: number, node: string) =>
  `${new Date(NOW + minutes * 60_000).toISOString()}-0000-${node}`

const company = (fields: Record<string, unknown>) => ({
  ...KINDS.enterprise.empty(),
  name: '天津甲科技有限公司',
  district: '和平区',
  ...fields,
})
const stored = (clocks: Record<string, string>, fields: Record<string, unknown> = {}) =>
  new Map<string, MergeTarget>([['enterprise/E1', { data: company(fields), clocks }]])
const update = (minutes: number, fields: Record<string, unknown>): RecordChange => ({
  kind: 'enterprise',
  id: 'E1',
  op: 'update',
  fields,
  stamp: { hlc: hlc(minutes, THERE), deviceId: THERE, user: '', at: 0 },
})

describe('previewMerge', () => {
  it('calls a field changed on both only when this PC’s value is one the sender had not seen', () => {
    const created = hlc(-60, HERE)
    const editedHere = hlc(-10, HERE)
    const here = stored({ '*': created, note: editedHere }, { note: '本机的备注' })
    // The sender saw the creation but not the edit: both changed the note.
    const seenCreation = { [HERE]: created }
    const both = previewMerge(
      [update(-5, { note: '对方的备注' })],
      new Set(),
      here,
      seenCreation,
      NOW,
    )
    expect(both.bothChanged).toEqual([
      expect.objectContaining({
        key: recordKey('enterprise', 'E1') + '/note',
        local: '本机的备注',
        incoming: '对方的备注',
        winner: 'incoming',
      }),
    ])
    expect(both.counts).toEqual({ new: 0, updated: 1, deleted: 0, unchanged: 0 })
    // Once the sender has seen the edit, its later change is a plain update.
    const seenEdit = { [HERE]: editedHere }
    expect(
      previewMerge([update(-5, { note: '对方的备注' })], new Set(), here, seenEdit, NOW)
        .bothChanged,
    ).toEqual([])
  })

  it('skips changes already logged here, counting their records as unchanged', () => {
    const change = update(-5, { note: '对方的备注' })
    const here = stored({ '*': hlc(-60, HERE) })
    const preview = previewMerge([change], new Set([change.stamp?.hlc ?? '']), here, {}, NOW)
    expect(preview.counts).toEqual({ new: 0, updated: 0, deleted: 0, unchanged: 1 })
  })

  it('counts deletions per kind, and says how far the package runs ahead of this clock', () => {
    const here = stored({ '*': hlc(-60, HERE) })
    const preview = previewMerge(
      [update(90, { deletedAt: NOW })],
      new Set(),
      here,
      { [HERE]: hlc(-60, HERE) },
      NOW,
    )
    expect(preview.counts.deleted).toBe(1)
    expect(preview.deletions).toEqual({ enterprise: 1 })
    expect(preview.aheadMs).toBe(90 * 60_000)
    // More than a third: 1 of 2 is, 1 of 3 is not.
    expect(heavyDeletions(preview.deletions, () => 2)).toEqual(['enterprise'])
    expect(heavyDeletions(preview.deletions, () => 3)).toEqual([])
  })

  it('reports a change whose record never arrived, instead of applying it', () => {
    const preview = previewMerge(
      [update(-5, { note: '孤立的修改' })],
      new Set(),
      new Map(),
      {},
      NOW,
    )
    expect(preview.problems).toHaveLength(1)
    expect(preview.problems[0]?.id).toBe('E1')
    expect(preview.problems[0]?.reason).toContain('不存在')
  })
})
