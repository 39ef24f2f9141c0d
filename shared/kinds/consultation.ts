import { DEFAULT_ATTACHMENT_RULES } from './attachments'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

/** 采纳情况 of an opinion; none while it is still being studied (待研究). */
export const ADOPTION_OPTIONS = [
  { value: '采纳', label: '采纳' },
  { value: '部分采纳', label: '部分采纳' },
  { value: '不采纳', label: '不采纳', aliases: ['未采纳'] },
] as const

/**
 * 征求意见: a draft policy sent to 工商联 (and through it to enterprises) for opinions, as clause
 * (二)1 asks; its opinions are children, each with its 采纳情况 and 理由.
 */
export const consultationKind = defineKind({
  name: 'consultation',
  table: 'consultations',
  label: '征求意见',
  title: '征求意见',
  fields: {
    name: field.text('名称', { max: 200, required: true, width: 12 }),
    drafters: field.parties('起草单位', ['org'], { max: 10 }),
    deadline: field.date('征求意见期限'),
    asked: field.parties('征求对象', ['org', 'enterprise', 'contact'], { max: 200 }),
    files: field.attachments('文件', DEFAULT_ATTACHMENT_RULES),
    note: field.longText('说明', { max: 5000 }),
  },
  form: [
    { title: '征求意见稿', fields: ['name', 'drafters', 'deadline', 'files'] },
    { title: '征求对象', fields: ['asked', 'note'] },
  ],
  titleField: 'name',
  subtitle: (consultation) =>
    consultation.deadline ? `征求意见期限 ${consultation.deadline}` : '',
  indexes: ['deadline', '*drafters', '*asked'],
  listColumns: [
    { field: 'name', width: 380, sortable: true },
    { field: 'drafters', width: 240 },
    { field: 'deadline', width: 150, sortable: true },
  ],
  filters: [{ field: 'drafters' }, { field: 'deadline', period: '征求意见期限' }],
  searchFields: ['name'],
  unique: [],
})

/** 意见: one opinion received on a draft, who gave it, and whether and why it was adopted. */
export const opinionKind = defineKind({
  name: 'opinion',
  table: 'opinions',
  label: '意见',
  title: '反馈意见',
  parent: { kind: 'consultation' },
  fields: {
    parentId: field.parent('所属征求意见', 'consultation'),
    order: field.orderKey(),
    sources: field.parties('来源', ['org', 'enterprise', 'contact'], { max: 5 }),
    content: field.text('意见内容', { max: 2000, required: true, width: 12 }),
    adoption: field.choice('采纳情况', ADOPTION_OPTIONS, { width: 6 }),
    reason: field.text('理由', { max: 1000, width: 12 }),
  },
  refine: (opinion, ctx) => {
    if ((opinion.adoption === '不采纳' || opinion.adoption === '部分采纳') && !opinion.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `${opinion.adoption}的意见请写明理由`,
      })
    }
  },
  form: [{ title: '意见', fields: ['sources', 'content', 'adoption', 'reason'] }],
  titleField: 'content',
  subtitle: (opinion) => opinion.adoption || '待研究',
  indexes: ['parentId', '[parentId+order]', 'adoption'],
  listColumns: [
    { field: 'content', width: 420, sortable: true },
    { field: 'sources', width: 220 },
    { field: 'adoption', width: 110, sortable: true },
    { field: 'reason', width: 260 },
    { field: 'parentId', width: 260 },
  ],
  filters: [{ field: 'adoption' }],
  searchFields: ['content', 'reason'],
  unique: [],
})
