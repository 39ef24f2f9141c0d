import { taskWorkflow } from '../workflow/tasks'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

/** 未开始 → 进行中 → 已完成; 退回 and 重新办理 say why. */
export const FOLLOW_UP_WORKFLOW = taskWorkflow()

/**
 * 跟进事项: what is still to be done for an enterprise (a demand to answer, material to send),
 * with a deadline in working days. The first child kind: its records belong to an enterprise.
 */
export const followUpKind = defineKind({
  name: 'followUp',
  table: 'followUps',
  label: '跟进事项',
  title: '跟进事项',
  parent: { kind: 'enterprise' },
  deadline: { field: 'dueOn', workflowField: 'state' },
  fields: {
    parentId: field.parent('所属企业', 'enterprise'),
    order: field.orderKey(),
    content: field.text('事项内容', { max: 200, required: true, width: 12 }),
    handledBy: field.parties('经办人', ['contact', 'org'], { max: 20 }),
    dueOn: field.date('完成期限', { width: 6 }),
    state: field.workflowState('状态', FOLLOW_UP_WORKFLOW),
    stateLog: field.stateLog('办理记录', FOLLOW_UP_WORKFLOW),
    note: field.longText('备注', { max: 5000 }),
  },
  form: [{ title: '跟进事项', fields: ['content', 'handledBy', 'dueOn', 'note'] }],
  titleField: 'content',
  subtitle: (item) => (item.dueOn ? `期限 ${item.dueOn}` : ''),
  indexes: ['parentId', '[parentId+order]', 'dueOn', 'state', '*handledBy'],
  listColumns: [
    { field: 'content', width: 320, sortable: true },
    { field: 'parentId', width: 240 },
    { field: 'dueOn', width: 190, sortable: true },
    { field: 'state', width: 100, sortable: true },
  ],
  filters: [{ field: 'state' }],
  searchFields: ['content'],
  unique: [],
})

export type FollowUp = ReturnType<typeof followUpKind.schema.parse>
