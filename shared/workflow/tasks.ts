import type { Workflow, WorkflowMove } from './workflow'

export type TaskState = 'todo' | 'doing' | 'done'

const TASK_MOVES: readonly WorkflowMove<TaskState>[] = [
  { label: '开始办理', from: ['todo'], to: 'doing' },
  { label: '办结', from: ['todo', 'doing'], to: 'done' },
  { label: '退回', from: ['doing'], to: 'todo', needsNote: true },
  { label: '重新办理', from: ['done'], to: 'doing', needsNote: true },
]

/**
 * Work followed to the end (跟进事项, 督办事项): 未开始 → 进行中 → 已完成; 退回 and 重新办理 say
 * why. `extraMoves` adds a kind's own (a 督办事项's 延期).
 */
export function taskWorkflow(
  extraMoves: readonly WorkflowMove<TaskState>[] = [],
): Workflow<TaskState> {
  return {
    states: [
      { value: 'todo', label: '未开始' },
      { value: 'doing', label: '进行中' },
      { value: 'done', label: '已完成', closed: true },
    ],
    initial: 'todo',
    moves: [...TASK_MOVES.slice(0, 2), ...extraMoves, ...TASK_MOVES.slice(2)],
  }
}
