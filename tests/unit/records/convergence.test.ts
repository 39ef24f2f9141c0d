import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KINDS } from '../../../shared/kinds'
import type { KindDefinition } from '../../../shared/kinds/types'
import { withMergeGroups } from '../../../shared/records/planEdit'
import { Device, type LoggedChange } from './simulation'

/**
 * Random edits on three simulated PCs, exchanged as packages in random order (some twice), with
 * clocks two hours apart: every PC ends with the same records, and every field holds the value
 * of the latest change to it (or to its merge group) made anywhere — no edit is lost unless the
 * same field was changed later elsewhere. Deletes meet edits too.
 */

const T = Date.parse('2026-12-02T08:00:00.000Z')
const HOUR = 3_600_000

interface Scenario {
  readonly kind: KindDefinition
  readonly create: (n: number) => Record<string, unknown>
  /** Values an edit may give each field (valid and already normalised). */
  readonly values: Readonly<Record<string, readonly unknown[]>>
}

const contacts: Scenario = {
  kind: KINDS.contact,
  create: (n) => ({ ...KINDS.contact.empty(), name: `联系人${String(n)}` }),
  values: {
    name: ['张三', '李四', '王五'],
    department: ['', '保护处', '法律服务部'],
    title: ['科长', '处长', ''],
    phone: ['022-1234', '022-5678', ''],
    note: ['甲', '乙', '丙', ''],
  },
}

const documents: Scenario = {
  kind: KINDS.document,
  create: (n) => ({
    ...KINDS.document.empty(),
    title: `公文${String(n)}`,
    documentNumber: `津知发〔2026〕${String(n + 1)}号`,
    prefix: '津知发',
    year: 2026,
    sequence: n + 1,
  }),
  values: {
    title: ['关于甲的通知', '关于乙的通知'],
    definition: ['{"v":1}', '{"v":2}', '{"v":3}'],
    documentNumber: ['津知发〔2026〕7号', '津知发〔2026〕8号', ''],
    date: ['2026-12-01', '2026-12-02', ''],
    status: ['draft', 'used'],
    remark: ['', '备注甲', '备注乙'],
  },
}

type Command =
  | { type: 'create'; device: number }
  | { type: 'edit'; device: number; record: number; edits: [string, number][] }
  | { type: 'delete'; device: number; record: number; deleted: boolean }
  | { type: 'exchange'; from: number; to: number; twice: boolean; shuffle: number }
  | { type: 'wait'; ms: number }

function commands(scenario: Scenario) {
  const fields = Object.keys(scenario.values)
  const device = fc.integer({ min: 0, max: 2 })
  return fc.array(
    fc.oneof(
      { weight: 1, arbitrary: fc.record({ type: fc.constant('create' as const), device }) },
      {
        weight: 5,
        arbitrary: fc.record({
          type: fc.constant('edit' as const),
          device,
          record: fc.nat(20),
          edits: fc.array(fc.tuple(fc.constantFrom(...fields), fc.nat(3)), {
            minLength: 1,
            maxLength: 3,
          }),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          type: fc.constant('delete' as const),
          device,
          record: fc.nat(20),
          deleted: fc.boolean(),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          type: fc.constant('exchange' as const),
          from: device,
          to: device,
          twice: fc.boolean(),
          shuffle: fc.nat(),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ type: fc.constant('wait' as const), ms: fc.nat(90_000) }),
      },
    ),
    { maxLength: 60 },
  )
}

/** A shuffle from a seed, so a package can arrive in any order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items]
  let state = seed || 1
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648
    const j = state % (i + 1)
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}

function run(scenario: Scenario, script: readonly Command[]) {
  const devices = [
    new Device(scenario.kind, 'A', 0),
    new Device(scenario.kind, 'B', 2 * HOUR),
    new Device(scenario.kind, 'C', -2 * HOUR),
  ]
  const ids: string[] = []
  let now = T
  for (const command of script) {
    now += 1000
    switch (command.type) {
      case 'create': {
        const id = `r${String(ids.length)}`
        ids.push(id)
        devices[command.device]?.create(id, scenario.create(ids.length), now)
        break
      }
      case 'edit': {
        const id = ids[command.record % Math.max(ids.length, 1)]
        if (id === undefined) break
        const fields = Object.fromEntries(
          command.edits.map(([field, index]) => {
            const options = scenario.values[field] ?? []
            return [field, options[index % options.length]]
          }),
        )
        devices[command.device]?.edit(id, fields, now)
        break
      }
      case 'delete': {
        const id = ids[command.record % Math.max(ids.length, 1)]
        if (id !== undefined) devices[command.device]?.setDeleted(id, command.deleted, now)
        break
      }
      case 'exchange': {
        const from = devices[command.from]
        const to = devices[command.to]
        if (!from || !to || from === to) break
        const sent = shuffled(from.packageFor(to.versionVector()), command.shuffle)
        to.receive(sent, now)
        if (command.twice) to.receive(shuffled(sent, command.shuffle + 1), now)
        break
      }
      case 'wait':
        now += command.ms
        break
    }
  }
  // In the end everyone hears from everyone.
  for (let round = 0; round < 2; round++)
    for (const from of devices)
      for (const to of devices)
        if (from !== to) to.receive(from.packageFor(to.versionVector()), now)
  return devices
}

/** The value each field must end with: that of the latest change to it or its merge group. */
function latestValues(kind: KindDefinition, log: readonly LoggedChange[]) {
  const expected = new Map<string, Map<string, { hlc: string; value: unknown }>>()
  for (const { hlc, change } of log) {
    const fields = expected.get(change.id) ?? new Map<string, { hlc: string; value: unknown }>()
    expected.set(change.id, fields)
    const touched = Object.keys(change.fields)
    for (const field of withMergeGroups(kind, touched)) {
      if (!(field in change.fields)) continue
      const current = fields.get(field)
      if (!current || hlc > current.hlc) fields.set(field, { hlc, value: change.fields[field] })
    }
  }
  return expected
}

function check(scenario: Scenario, script: readonly Command[]) {
  const devices = run(scenario, script)
  const [first, ...others] = devices
  if (!first) return
  // Key order is not part of a record: compare with keys sorted.
  const canonical = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, item]) => [key, canonical(item)]),
        )
      : value
  const snapshot = (device: Device) =>
    JSON.stringify(
      [...device.rows.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([id, row]) => [id, canonical(row)]),
    )
  for (const other of others) expect(snapshot(other)).toBe(snapshot(first))
  // Derived fields follow what they are derived from (the schema checks they agree).
  const derived = new Set(Object.keys(scenario.kind.derive?.(scenario.kind.empty()) ?? {}))
  for (const [id, fields] of latestValues(scenario.kind, [...first.log.values()])) {
    const row = first.rows.get(id)
    for (const [field, { value }] of fields) {
      if (derived.has(field)) continue
      const actual = field === 'deletedAt' ? (row?.deletedAt ?? null) : row?.data[field]
      expect(actual, `${id}.${field}`).toEqual(value)
    }
  }
}

describe('changes exchanged between three PCs', () => {
  it('converge field by field: contacts', () => {
    fc.assert(
      fc.property(commands(contacts), (script) => check(contacts, script)),
      { numRuns: 500 },
    )
  })

  it('converge with merge groups and derived fields: 公文 in the register', () => {
    fc.assert(
      fc.property(commands(documents), (script) => check(documents, script)),
      { numRuns: 500 },
    )
  })
})
