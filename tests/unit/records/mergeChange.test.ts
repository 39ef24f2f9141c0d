import { describe, expect, it } from 'vitest'
import { KINDS } from '../../../shared/kinds'
import { compactLogged, oldValueOf } from '../../../shared/records/loggedFields'
import { mergeChange, type MergeTarget } from '../../../shared/records/mergeChange'
import { planCreate, planEdit } from '../../../shared/records/planEdit'
import { applyTextPatch, textPatch } from '../../../shared/records/textPatch'

const contact = KINDS.contact
const loaded = { ...contact.empty(), name: '张三', phone: '022-1234', title: '科长' }
const H1 = '2026-12-02T08:00:00.000Z-0000-A'
const H2 = '2026-12-02T08:00:01.000Z-0000-B'
const H3 = '2026-12-02T08:00:02.000Z-0000-C'
const stored: MergeTarget = { data: loaded, clocks: { '*': H1 } }

describe('planEdit', () => {
  it('sends only the fields the user changed, with what the form loaded for them', () => {
    expect(planEdit(contact, 'c1', loaded, { ...loaded, phone: '022-9999' })).toEqual({
      kind: 'contact',
      id: 'c1',
      op: 'update',
      fields: { phone: '022-9999' },
      expected: { phone: '022-1234' },
    })
    expect(planEdit(contact, 'c1', loaded, { ...loaded })).toBeUndefined()
  })

  it('carries a whole merge group when one of its fields changes', () => {
    const document = { ...KINDS.document.empty(), title: '通知', definition: '{}' }
    const change = planEdit(KINDS.document, 'd1', document, { ...document, title: '新通知' })
    expect(Object.keys(change?.fields ?? {}).sort()).toEqual(
      ['date', 'definition', 'documentNumber', 'format', 'title'].sort(),
    )
  })
})

describe('mergeChange', () => {
  it('keeps edits of different fields from two windows', () => {
    const first = planEdit(contact, 'c1', loaded, { ...loaded, title: '处长' })
    const second = planEdit(contact, 'c1', loaded, { ...loaded, phone: '022-9999' })
    if (!first || !second) throw new Error('no change')
    const afterFirst = mergeChange(contact, stored, first, H2)
    if (afterFirst.status !== 'applied') throw new Error(afterFirst.status)
    const afterSecond = mergeChange(
      contact,
      { data: afterFirst.data, clocks: afterFirst.clocks },
      second,
      H3,
    )
    expect(afterSecond).toMatchObject({
      status: 'applied',
      data: { title: '处长', phone: '022-9999' },
      clocks: { '*': H1, title: H2, phone: H3 },
    })
  })

  it('never overwrites silently a field changed elsewhere since the form loaded it', () => {
    const elsewhere: MergeTarget = {
      data: { ...loaded, phone: '022-0000' },
      clocks: { '*': H1, phone: H2 },
    }
    const mine = planEdit(contact, 'c1', loaded, { ...loaded, phone: '022-9999' })
    if (!mine) throw new Error('no change')
    expect(mergeChange(contact, elsewhere, mine, H3)).toEqual({
      status: 'stale',
      fields: [{ field: 'phone', expected: '022-1234', current: '022-0000', mine: '022-9999' }],
    })
  })

  it('lets an older change from elsewhere lose field by field, and logs it as skipped', () => {
    const newer: MergeTarget = { data: loaded, clocks: { '*': H1, phone: H3 } }
    const change = {
      kind: 'contact',
      id: 'c1',
      op: 'update' as const,
      fields: { phone: '022-5555', title: '副处长' },
      stamp: { hlc: H2, deviceId: 'B', user: '', at: 0 },
    }
    const result = mergeChange(contact, newer, change, H2)
    expect(result).toMatchObject({
      status: 'applied',
      data: { phone: '022-1234', title: '副处长' },
    })
    if (result.status !== 'applied') return
    expect(result.logged).toEqual([
      { field: 'phone', new: '022-5555', skipped: true },
      { field: 'title', new: '副处长', old: '科长' },
    ])
  })

  it('lists a merged record that breaks its schema instead of applying it', () => {
    const change = { kind: 'contact', id: 'c1', op: 'update' as const, fields: { name: '' } }
    expect(mergeChange(contact, stored, change, H2)).toEqual({
      status: 'invalid',
      problems: [{ path: 'name', message: '请填写姓名' }],
    })
  })

  it('recomputes derived fields and logs a delete as a change of deletedAt', () => {
    const document = KINDS.document
    const created = mergeChange(
      document,
      undefined,
      planCreate(document, 'd1', { ...document.empty(), documentNumber: '津知发〔2026〕5号' }),
      H1,
    )
    expect(created).toMatchObject({
      status: 'applied',
      data: { documentNumber: '津知发〔2026〕5号', prefix: '津知发', year: 2026, sequence: 5 },
    })
    if (created.status !== 'applied') return
    const deleted = mergeChange(
      document,
      { data: created.data, clocks: created.clocks },
      { kind: 'document', id: 'd1', op: 'delete', fields: { deletedAt: 1234 } },
      H2,
    )
    expect(deleted).toMatchObject({ status: 'applied', deletedAt: 1234, changed: ['deletedAt'] })
  })

  it('says when an update finds no record', () => {
    expect(
      mergeChange(contact, undefined, { kind: 'contact', id: 'x', op: 'update', fields: {} }, H1),
    ).toEqual({ status: 'missing' })
  })
})

describe('long texts in the log', () => {
  it('keep the new text and a patch back to the old one', () => {
    const old = `${'甲'.repeat(3000)}第一稿`
    const next = `${'甲'.repeat(3000)}第二稿，已修改`
    const [field] = compactLogged([{ field: 'definition', new: next, old }])
    expect(field).not.toHaveProperty('old')
    expect(JSON.stringify(field).length).toBeLessThan(next.length + 200)
    expect(field && oldValueOf(field)).toBe(old)
  })

  it('patch any pair of texts both ways, emoji included', () => {
    const pairs = [
      ['', 'abc'],
      ['abc', ''],
      ['天津😀知识产权', '天津知识产权局😀'],
      ['{"a":1,"b":[1,2]}', '{"a":2,"b":[1,2,3]}'],
    ] as const
    for (const [from, to] of pairs) {
      const patch = textPatch(from, to)
      expect(patch && applyTextPatch(from, patch)).toBe(to)
    }
  })
})
