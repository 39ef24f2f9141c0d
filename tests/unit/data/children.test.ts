import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addChild, listChildren, moveChild } from '../../../renderer/data/children'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { recordsDueBetween } from '../../../renderer/data/deadlines'
import { StaleEditError } from '../../../renderer/data/errors'
import { moveState } from '../../../renderer/data/workflowMoves'
import { changesOf } from '../../../renderer/data/history'
import { createRecord, deleteRecords, restoreRecords } from '../../../renderer/data/writePath'
import { KINDS } from '../../../shared/kinds'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => db.delete())

const enterprise = (name: string) =>
  createRecord(db, 'enterprise', { ...KINDS.enterprise.empty(), name })
const item = (content: string, dueOn = '') => ({ ...KINDS.followUp.empty(), content, dueOn })
const contents = async (parentId: string) =>
  (await listChildren(db, 'followUp', parentId)).map((row) => row.content)

describe('children', () => {
  it('are listed in the order added, and only under their own parent', async () => {
    const [a, b] = [await enterprise('甲公司'), await enterprise('乙公司')]
    for (const content of ['一', '二', '三']) await addChild(db, 'followUp', a.id, item(content))
    await addChild(db, 'followUp', b.id, item('别家的'))
    expect(await contents(a.id)).toEqual(['一', '二', '三'])
    expect(await contents(b.id)).toEqual(['别家的'])
  })

  it('are inserted just after a sibling when asked', async () => {
    const a = await enterprise('甲公司')
    const first = await addChild(db, 'followUp', a.id, item('一'))
    await addChild(db, 'followUp', a.id, item('三'))
    await addChild(db, 'followUp', a.id, item('二'), { after: first.id })
    expect(await contents(a.id)).toEqual(['一', '二', '三'])
  })

  it('move up and down one place, writing only the moved row', async () => {
    const a = await enterprise('甲公司')
    const rows = []
    for (const content of ['一', '二', '三'])
      rows.push(await addChild(db, 'followUp', a.id, item(content)))
    const logged = await db.changes.count()
    await moveChild(db, 'followUp', rows[2]?.id ?? '', 'up')
    expect(await contents(a.id)).toEqual(['一', '三', '二'])
    expect(await db.changes.count()).toBe(logged + 1)
    await moveChild(db, 'followUp', rows[2]?.id ?? '', 'up')
    expect(await contents(a.id)).toEqual(['三', '一', '二'])
    // At the top already: nothing changes.
    await moveChild(db, 'followUp', rows[2]?.id ?? '', 'up')
    expect(await db.changes.count()).toBe(logged + 2)
    await moveChild(db, 'followUp', rows[0]?.id ?? '', 'down')
    expect(await contents(a.id)).toEqual(['三', '二', '一'])
  })

  it('keep both items two PCs appended with the same order key', async () => {
    const a = await enterprise('甲公司')
    const first = await addChild(db, 'followUp', a.id, item('本机'))
    // Another PC appended after the same last item: the same key, another id.
    await createRecord(db, 'followUp', { ...item('另一台'), parentId: a.id, order: first.order })
    expect((await contents(a.id)).sort()).toEqual(['另一台', '本机'].sort())
    await addChild(db, 'followUp', a.id, item('之后'))
    expect((await contents(a.id)).at(-1)).toBe('之后')
  })

  it('are deleted and restored with their parent, except those removed before', async () => {
    const a = await enterprise('甲公司')
    const kept = await addChild(db, 'followUp', a.id, item('留着'))
    const removed = await addChild(db, 'followUp', a.id, item('先删'))
    await deleteRecords(db, 'followUp', [removed.id])
    await new Promise((resolve) => setTimeout(resolve, 5))
    await deleteRecords(db, 'enterprise', [a.id])
    expect(await contents(a.id)).toEqual([])
    expect((await db.records('followUp').get(kept.id))?.deletedAt).toBeDefined()
    const batch = (await db.changes.orderBy('seq').last())?.batchId
    expect(
      (
        await db.changes
          .where('batchId')
          .equals(batch ?? '')
          .toArray()
      )
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['enterprise', 'followUp'])

    await restoreRecords(db, 'enterprise', [a.id])
    expect(await contents(a.id)).toEqual(['留着'])
  })
})

describe('workflow moves', () => {
  it('move along allowed steps, logging who, when and why; refuse the others', async () => {
    const a = await enterprise('甲公司')
    const row = await addChild(db, 'followUp', a.id, item('寄送材料'))
    expect(row.state).toBe('todo')
    await expect(
      moveState(db, 'followUp', row.id, {
        field: 'state',
        label: '重新办理',
        from: 'todo',
        note: '',
      }),
    ).rejects.toThrow('状态为“未开始”时不能重新办理')
    await moveState(db, 'followUp', row.id, {
      field: 'state',
      label: '开始办理',
      from: 'todo',
      note: '',
    })
    await expect(
      moveState(db, 'followUp', row.id, {
        field: 'state',
        label: '退回',
        from: 'doing',
        note: ' ',
      }),
    ).rejects.toThrow('退回需要填写原因')
    await moveState(db, 'followUp', row.id, {
      field: 'state',
      label: '退回',
      from: 'doing',
      note: '材料不全',
    })
    const stored = await db.records('followUp').get(row.id)
    expect(stored?.state).toBe('todo')
    expect(stored?.stateLog).toMatchObject([
      { from: 'todo', to: 'doing', move: '开始办理', note: '' },
      { from: 'doing', to: 'todo', move: '退回', note: '材料不全' },
    ])
  })

  it('writes only the log for a move that keeps the state (延期), so the history says so', async () => {
    const row = await createRecord(db, 'actionItem', {
      ...KINDS.actionItem.empty(),
      content: '修改完善调研报告',
    })
    await moveState(db, 'actionItem', row.id, {
      field: 'state',
      label: '延期',
      from: 'todo',
      note: '等待统计数据',
    })
    const stored = await db.records('actionItem').get(row.id)
    expect(stored?.state).toBe('todo')
    expect(stored?.stateLog).toMatchObject([{ move: '延期', note: '等待统计数据' }])
    const latest = (await changesOf(db, 'actionItem', row.id)).at(-1)
    expect(latest?.changes.map((change) => change.field)).toEqual(['stateLog'])
  })

  it('refuses a move from a state the record has already left elsewhere', async () => {
    const a = await enterprise('甲公司')
    const row = await addChild(db, 'followUp', a.id, item('寄送材料'))
    await moveState(db, 'followUp', row.id, {
      field: 'state',
      label: '办结',
      from: 'todo',
      note: '',
    })
    await expect(
      moveState(db, 'followUp', row.id, {
        field: 'state',
        label: '开始办理',
        from: 'todo',
        note: '',
      }),
    ).rejects.toThrow()
    await expect(
      moveState(db, 'followUp', row.id, { field: 'state', label: '办结', from: 'todo', note: '' }),
    ).rejects.toBeInstanceOf(StaleEditError)
  })
})

describe('deadlines', () => {
  it('finds open records due in a range through the index, leaving out closed and undated ones', async () => {
    const a = await enterprise('甲公司')
    const late = await addChild(db, 'followUp', a.id, item('逾期', '2026-11-20'))
    const soon = await addChild(db, 'followUp', a.id, item('快到期', '2026-12-03'))
    await addChild(db, 'followUp', a.id, item('没期限'))
    await addChild(db, 'followUp', a.id, item('以后', '2027-03-01'))
    const done = await addChild(db, 'followUp', a.id, item('已办结', '2026-11-25'))
    await moveState(db, 'followUp', done.id, {
      field: 'state',
      label: '办结',
      from: 'todo',
      note: '',
    })

    const overdue = await recordsDueBetween(db, 'followUp', '', '2026-12-01')
    expect(overdue.map((r) => r.id)).toEqual([late.id])
    const dueSoon = await recordsDueBetween(db, 'followUp', '2026-12-02', '2026-12-07')
    expect(dueSoon.map((r) => r.id)).toEqual([soon.id])
  })
})
