import { describe, expect, it } from 'vitest'
import { FOLLOW_UP_WORKFLOW } from '../../../shared/kinds/followUp'
import { isClosed, movesFrom, planMove, stateLabel } from '../../../shared/workflow/workflow'

const by = { user: '王芳', at: 1_765_000_000_000, note: '' }

describe('workflow', () => {
  it('offers only the moves allowed from a state', () => {
    expect(movesFrom(FOLLOW_UP_WORKFLOW, 'todo').map((m) => m.label)).toEqual(['开始办理', '办结'])
    expect(movesFrom(FOLLOW_UP_WORKFLOW, 'doing').map((m) => m.label)).toEqual(['办结', '退回'])
    expect(movesFrom(FOLLOW_UP_WORKFLOW, 'done').map((m) => m.label)).toEqual(['重新办理'])
  })

  it('makes an allowed move, logging who, when and from where', () => {
    expect(planMove(FOLLOW_UP_WORKFLOW, 'todo', '开始办理', by)).toEqual({
      ok: true,
      state: 'doing',
      entry: { from: 'todo', to: 'doing', move: '开始办理', user: '王芳', at: by.at, note: '' },
    })
  })

  it('refuses, in Chinese, a move not allowed from the state, or one that is unknown', () => {
    expect(planMove(FOLLOW_UP_WORKFLOW, 'todo', '退回', { ...by, note: '材料不全' })).toEqual({
      ok: false,
      message: '状态为“未开始”时不能退回',
    })
    expect(planMove(FOLLOW_UP_WORKFLOW, 'todo', '作废', by)).toEqual({
      ok: false,
      message: '没有“作废”这一步',
    })
  })

  it('asks why for a move that sends work back, and keeps the reason trimmed', () => {
    expect(planMove(FOLLOW_UP_WORKFLOW, 'doing', '退回', { ...by, note: '  ' })).toEqual({
      ok: false,
      message: '退回需要填写原因',
    })
    const moved = planMove(FOLLOW_UP_WORKFLOW, 'doing', '退回', { ...by, note: ' 材料不全 ' })
    expect(moved.ok && moved.entry.note).toBe('材料不全')
  })

  it('names states and knows which are closed', () => {
    expect(stateLabel(FOLLOW_UP_WORKFLOW, 'done')).toBe('已完成')
    expect(isClosed(FOLLOW_UP_WORKFLOW, 'done')).toBe(true)
    expect(isClosed(FOLLOW_UP_WORKFLOW, 'doing')).toBe(false)
  })
})
