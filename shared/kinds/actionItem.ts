import { taskWorkflow } from '../workflow/tasks'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

/** 未开始 → 进行中 → 已完成; 延期 keeps the state and, as 退回 and 重新办理, says why. */
export const ACTION_ITEM_WORKFLOW = taskWorkflow([
  { label: '延期', from: ['todo', 'doing'], needsNote: true },
])

/** Records an action item may come from or concern (a meeting and its decision, an enterprise). */
export const ACTION_ITEM_LINK_KINDS = ['meeting', 'decision', 'enterprise', 'org'] as const

/**
 * 督办事项: work a meeting decided (or anyone assigned), followed to the end: who leads, who
 * helps, by when (in working days), how it moves, and dated progress notes (进展记录).
 */
export const actionItemKind = defineKind({
  name: 'actionItem',
  table: 'actionItems',
  label: '督办事项',
  title: '督办事项',
  deadline: { field: 'dueOn', workflowField: 'state' },
  fields: {
    content: field.text('事项内容', { max: 500, required: true, width: 12 }),
    leadUnits: field.parties('牵头单位', ['org'], { max: 10 }),
    partnerUnits: field.parties('配合单位', ['org'], { max: 20 }),
    owners: field.parties('责任人', ['contact'], { max: 10 }),
    dueOn: field.date('完成期限'),
    state: field.workflowState('状态', ACTION_ITEM_WORKFLOW),
    stateLog: field.stateLog('办理记录', ACTION_ITEM_WORKFLOW),
    links: field.parties('关联记录', ACTION_ITEM_LINK_KINDS, { names: false, max: 10 }),
    note: field.longText('备注', { max: 5000 }),
  },
  form: [
    {
      title: '督办事项',
      fields: ['content', 'leadUnits', 'partnerUnits', 'owners', 'dueOn', 'links', 'note'],
    },
  ],
  titleField: 'content',
  subtitle: (item) => (item.dueOn ? `期限 ${item.dueOn}` : ''),
  indexes: ['dueOn', 'state', '*leadUnits', '*owners', '*links'],
  listColumns: [
    { field: 'content', width: 320, sortable: true },
    { field: 'leadUnits', width: 220 },
    { field: 'dueOn', width: 190, sortable: true },
    { field: 'state', width: 100, sortable: true },
  ],
  filters: [{ field: 'state' }, { field: 'leadUnits' }, { field: 'dueOn', period: '完成期限' }],
  searchFields: ['content'],
  unique: [],
})

/** 进展记录: a dated note on an action item's progress. */
export const progressNoteKind = defineKind({
  name: 'progressNote',
  table: 'progressNotes',
  label: '进展记录',
  title: '进展记录',
  parent: { kind: 'actionItem' },
  fields: {
    parentId: field.parent('所属督办事项', 'actionItem'),
    order: field.orderKey(),
    date: field.date('日期', { required: true }),
    content: field.text('进展情况', { max: 2000, required: true, width: 12 }),
  },
  form: [{ title: '进展记录', fields: ['date', 'content'] }],
  titleField: 'content',
  subtitle: (note) => note.date,
  indexes: ['parentId', '[parentId+order]', 'date'],
  listColumns: [
    { field: 'content', width: 420, sortable: true },
    { field: 'date', width: 120, sortable: true },
    { field: 'parentId', width: 280 },
  ],
  filters: [],
  searchFields: ['content'],
  unique: [],
})
