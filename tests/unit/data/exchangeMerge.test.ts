import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyChanges } from '../../../renderer/data/applyChanges'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { KINDS } from '../../../shared/kinds'
import type { RecordChange } from '../../../shared/records/recordChange'
import { exchange, stateOf } from './exchangeHelpers'
import { openTestDatabase } from './testDatabase'

/**
 * Merges between simulated PCs: random edits on two or three PCs whose clocks are two hours
 * apart, packages exchanged in random orders (the same one twice, some never), then everything
 * exchanged: every PC ends with the same records, field by field, and the same clocks.
 */

const DISTRICTS = ['和平区', '南开区', '河西区'] as const
const HOUR = 3_600_000
const OFFSETS = [0, 2 * HOUR, -2 * HOUR]
const START = Date.UTC(2027, 0, 5, 2)

type Action =
  | { type: 'create'; device: number; name: string }
  | {
      type: 'edit'
      device: number
      pick: number
      field: 'note' | 'district' | 'name'
      value: number
    }
  | { type: 'delete' | 'restore'; device: number; pick: number }
  | { type: 'exchange'; from: number; to: number }

const action = (devices: number): fc.Arbitrary<Action> => {
  const device = fc.nat(devices - 1)
  return fc.oneof(
    fc.record({
      type: fc.constant('create' as const),
      device,
      name: fc.constantFrom('甲', '乙', '丙'),
    }),
    fc.record({
      type: fc.constant('edit' as const),
      device,
      pick: fc.nat(),
      field: fc.constantFrom('note' as const, 'district' as const, 'name' as const),
      value: fc.nat(2),
    }),
    fc.record({
      type: fc.constantFrom('delete' as const, 'restore' as const),
      device,
      pick: fc.nat(),
    }),
    fc.record({ type: fc.constant('exchange' as const), from: device, to: device }),
  )
}

function valueOf(field: 'note' | 'district' | 'name', value: number, device: number): string {
  if (field === 'district') return DISTRICTS[value] ?? '和平区'
  return `${field === 'name' ? '天津' : '备注'}${String(device)}-${String(value)}`
}

async function run(db: XiezhiDatabase, a: Action & { device: number }, step: number) {
  const ids = (await db.records('enterprise').orderBy('id').primaryKeys()).map(String)
  const id = 'pick' in a ? ids[a.pick % Math.max(ids.length, 1)] : undefined
  let change: RecordChange | undefined
  if (a.type === 'create') {
    change = {
      kind: 'enterprise',
      id: `E${String(a.device)}${String(step).padStart(4, '0')}`,
      op: 'create',
      fields: { ...KINDS.enterprise.empty(), name: `天津${a.name}`, district: '和平区' },
    }
  } else if (id !== undefined && a.type === 'edit') {
    change = {
      kind: 'enterprise',
      id,
      op: 'update',
      fields: { [a.field]: valueOf(a.field, a.value, a.device) },
    }
  } else if (id !== undefined && (a.type === 'delete' || a.type === 'restore')) {
    const deletedAt = a.type === 'delete' ? Date.now() : null
    change = { kind: 'enterprise', id, op: a.type, fields: { deletedAt } }
  }
  if (change) await applyChanges(db, [change], { origin: 'local' })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('merging packages between PCs', () => {
  it('leaves every PC with the same data, whatever the edits and the order of exchanges', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 3 })
          .chain((devices) =>
            fc.tuple(
              fc.constant(devices),
              fc.array(action(devices), { minLength: 4, maxLength: 18 }),
            ),
          ),
        async ([devices, actions]) => {
          const pcs: XiezhiDatabase[] = []
          for (let i = 0; i < devices; i++) pcs.push(await openTestDatabase())
          vi.useFakeTimers({ toFake: ['Date'] })
          try {
            const at = (device: number, step: number) =>
              vi.setSystemTime(START + step * 60_000 + (OFFSETS[device] ?? 0))
            for (const [step, a] of actions.entries()) {
              if (a.type === 'exchange') {
                const from = pcs[a.from]
                const to = pcs[a.to]
                if (a.from === a.to || !from || !to) continue
                at(a.to, step)
                await exchange(from, to, { type: 'all' })
              } else {
                const pc = pcs[a.device]
                at(a.device, step)
                if (pc) await run(pc, a, step)
              }
            }
            // Everything to everyone: each PC's package reaches every other, twice round.
            let step = actions.length
            for (let round = 0; round < 2; round++) {
              for (const [i, from] of pcs.entries()) {
                for (const [j, to] of pcs.entries()) {
                  if (i === j) continue
                  at(j, step++)
                  await exchange(from, to, { type: 'all' })
                }
              }
            }
            const first = await stateOf(pcs[0] as XiezhiDatabase)
            for (const pc of pcs.slice(1)) expect(await stateOf(pc)).toEqual(first)
          } finally {
            vi.useRealTimers()
            for (const pc of pcs) await pc.delete()
          }
        },
      ),
      { numRuns: 12 },
    )
  }, 240_000)
})
