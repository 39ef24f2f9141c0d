import { answersSchema, questionnaireSchema } from '../surveys/questionnaire'
import { DEMAND_COLUMNS } from '../surveys/demands'
import type { Workflow } from '../workflow/workflow'
import { DEFAULT_ATTACHMENT_RULES } from './attachments'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

/** Where a survey stands: 筹备 (planned), 实施中 (visits under way), 已完成. */
export const SURVEY_STATUSES = [
  { value: '筹备', label: '筹备' },
  { value: '实施中', label: '实施中', aliases: ['进行中'] },
  { value: '已完成', label: '已完成', aliases: ['完成'] },
] as const

/**
 * 联合调研: a survey of private enterprises the two sides make together (clause (三)), with its
 * 调研方案 and the enterprises it plans to visit; its 走访记录 are children.
 */
export const surveyKind = defineKind({
  name: 'survey',
  table: 'surveys',
  label: '调研',
  title: '联合调研',
  fields: {
    title: field.text('调研题目', { max: 200, required: true, width: 12 }),
    leadUnits: field.parties('牵头单位', ['org'], { names: false, max: 10 }),
    partnerUnits: field.parties('参与单位', ['org'], { names: false, max: 30 }),
    period: field.dateRange('起止日期'),
    status: field.choice('状态', SURVEY_STATUSES, { width: 4, initial: '筹备' }),
    purpose: field.longText('调研目的', { max: 5000 }),
    scope: field.longText('调研范围', { max: 5000 }),
    method: field.longText('调研方式', { max: 5000 }),
    keyQuestions: field.longText('重点问题', { max: 5000 }),
    plannedEnterprises: field.parties('计划走访企业', ['enterprise'], { names: false, max: 500 }),
    questionnaire: field.structured('问卷', questionnaireSchema, [], (value) =>
      Array.isArray(value) && value.length > 0 ? `${String(value.length)} 题` : '',
    ),
    files: field.attachments('附件', DEFAULT_ATTACHMENT_RULES),
    note: field.longText('备注', { max: 5000 }),
  },
  form: [
    { title: '基本信息', fields: ['title', 'leadUnits', 'partnerUnits', 'period', 'status'] },
    { title: '调研方案', fields: ['purpose', 'scope', 'method', 'keyQuestions'] },
    { title: '计划走访企业', fields: ['plannedEnterprises'] },
    { title: '其他', fields: ['files', 'note'] },
  ],
  titleField: 'title',
  subtitle: (survey) =>
    [survey.status, survey.period.start && `${survey.period.start} 起`].filter(Boolean).join(' · '),
  indexes: ['status', '*leadUnits', '*plannedEnterprises'],
  listColumns: [
    { field: 'title', width: 340, sortable: true },
    { field: 'period', width: 230 },
    { field: 'leadUnits', width: 260 },
    { field: 'status', width: 100, sortable: true },
  ],
  filters: [{ field: 'status' }, { field: 'leadUnits' }],
  searchFields: ['title'],
  unique: [],
})

export type VisitState = 'draft' | 'done'

/**
 * A visit is 草稿 while it is being written (in the field, perhaps over days) and 已完成 once the
 * user says so; the survey counts both, and the planned enterprises not yet visited.
 */
export const VISIT_WORKFLOW: Workflow<VisitState> = {
  states: [
    { value: 'draft', label: '草稿' },
    { value: 'done', label: '已完成', closed: true },
  ],
  initial: 'draft',
  moves: [
    { label: '标记为已完成', from: ['draft'], to: 'done' },
    { label: '改回草稿', from: ['done'], to: 'draft' },
  ],
}

/**
 * 走访记录: one enterprise visited for a survey, with what it has, lacks and asks for. The
 * enterprise is chosen when the visit is added; `enterpriseName` keeps its name as visited (the
 * visit's title, shown wherever the visit is listed).
 */
export const visitKind = defineKind({
  name: 'visit',
  table: 'visits',
  label: '走访',
  title: '走访记录',
  parent: { kind: 'survey' },
  fields: {
    parentId: field.parent('所属调研', 'survey'),
    order: field.orderKey(),
    enterprise: field.reference('企业', 'enterprise', { width: 12, excel: false }),
    enterpriseName: field.text('企业名称', { max: 200, required: true, width: 12 }),
    visitedOn: field.date('走访日期', { required: true }),
    visitors: field.parties('走访人员', ['contact'], { max: 20 }),
    interviewees: field.text('企业受访人员', { max: 200, width: 12 }),
    state: field.workflowState('状态', VISIT_WORKFLOW),
    stateLog: field.stateLog('状态记录', VISIT_WORKFLOW),
    basics: field.longText('企业基本情况', { max: 10000 }),
    ipStatus: field.longText('知识产权现状', { max: 10000 }),
    problems: field.longText('存在问题', { max: 10000 }),
    demands: field.items('企业诉求', {
      columns: DEMAND_COLUMNS,
      itemLabel: '诉求',
      maxItems: 100,
      helperText: '一条诉求一行：按 Enter 添加下一条',
    }),
    suggestions: field.longText('意见建议', { max: 10000 }),
    files: field.attachments('照片和附件', DEFAULT_ATTACHMENT_RULES),
    answers: field.structured('问卷答案', answersSchema, {}, (value) => {
      const count = typeof value === 'object' && value !== null ? Object.keys(value).length : 0
      return count > 0 ? `已答 ${String(count)} 题` : ''
    }),
  },
  form: [
    { title: '走访', fields: ['visitedOn', 'visitors', 'interviewees'] },
    {
      title: '走访情况',
      fields: ['basics', 'ipStatus', 'problems', 'demands', 'suggestions'],
    },
    { title: '照片和附件', fields: ['files'] },
  ],
  titleField: 'enterpriseName',
  subtitle: (visit) => (visit.visitedOn ? `走访日期 ${visit.visitedOn}` : ''),
  indexes: ['parentId', '[parentId+order]', 'enterprise', 'visitedOn', 'state'],
  listColumns: [
    { field: 'enterpriseName', width: 280, sortable: true },
    { field: 'parentId', width: 260 },
    { field: 'visitedOn', width: 130, sortable: true },
    { field: 'visitors', width: 200 },
    { field: 'state', width: 100, sortable: true },
  ],
  filters: [{ field: 'state' }, { field: 'visitedOn', period: '走访时间' }],
  searchFields: ['enterpriseName', 'problems', 'demands'],
  unique: [],
})
