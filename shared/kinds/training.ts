import { DEFAULT_ATTACHMENT_RULES } from './attachments'
import { optionsOf } from './choiceInputs'
import { endNotBeforeStart } from './dateSchemas'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

/** 培训类型: the sessions clauses (四) and (七) of the 2023 policy ask both sides to hold. */
export const TRAINING_TYPES = optionsOf([
  '培训班',
  '政策宣讲',
  '案例研讨',
  '调解员培训',
  '开放日',
  '其他',
])

/**
 * 培训: a training, briefing or open day for enterprises — when and where, who holds it, its 日程
 * (a topic and speaker per session), for whom and how many places; 报名 are its children.
 */
export const trainingKind = defineKind({
  name: 'training',
  table: 'trainings',
  label: '培训',
  title: '培训',
  fields: {
    name: field.text('培训名称', { max: 200, required: true, width: 12 }),
    type: field.choice('培训类型', TRAINING_TYPES, { width: 6, initial: '培训班' }),
    location: field.text('地点', { max: 200, width: 6 }),
    startAt: field.dateTime('开始时间'),
    endAt: field.dateTime('结束时间'),
    hosts: field.parties('主办单位', ['org'], { names: false, max: 20 }),
    organizers: field.parties('承办单位', ['org'], { names: false, max: 20 }),
    schedule: field.items('日程', {
      columns: [
        { name: 'topic', label: '主题', required: true, max: 200 },
        { name: 'speaker', label: '主讲人', max: 100 },
        { name: 'time', label: '时间', max: 50 },
      ],
      itemLabel: '日程',
      maxItems: 50,
      helperText: '每场一行：按 Enter 添加下一场',
    }),
    audience: field.text('培训对象', { max: 500, width: 12 }),
    capacity: field.count('名额', { helperText: '0 为不限' }),
    files: field.attachments('材料', DEFAULT_ATTACHMENT_RULES),
    note: field.longText('备注', { max: 5000 }),
  },
  refine: endNotBeforeStart,
  form: [
    { title: '基本信息', fields: ['name', 'type', 'location', 'startAt', 'endAt', 'capacity'] },
    { title: '主办和承办', fields: ['hosts', 'organizers'] },
    { title: '日程安排', fields: ['schedule', 'audience'] },
    { title: '其他', fields: ['files', 'note'] },
  ],
  titleField: 'name',
  subtitle: (training) =>
    [training.type, training.startAt.replace('T', ' '), training.location]
      .filter(Boolean)
      .join(' · '),
  indexes: ['type', 'startAt', '*hosts'],
  listColumns: [
    { field: 'name', width: 300, sortable: true },
    { field: 'type', width: 120, sortable: true },
    { field: 'startAt', width: 160, sortable: true },
    { field: 'location', width: 200 },
    { field: 'capacity', width: 90 },
  ],
  filters: [{ field: 'type' }, { field: 'startAt', period: '时间段' }, { field: 'hosts' }],
  searchFields: ['name', 'location', 'schedule'],
  unique: [],
})

/** 签到: what a registration holds once its person came (blank until then). */
export const SIGNED_IN = '已签到'
export const ATTENDANCE = optionsOf([SIGNED_IN])
export const REGISTRATION_SOURCES = optionsOf(['报名', '现场'])
/** 满意度 1–5 in words, as the form offers them (5 非常满意) and the 培训总结 counts them. */
export const SATISFACTION_WORDS: Readonly<Record<number, string>> = {
  5: '非常满意',
  4: '满意',
  3: '一般',
  2: '不满意',
  1: '非常不满意',
}
export const SATISFACTION = [5, 4, 3, 2, 1].map((score) => ({
  value: String(score),
  label: `${String(score)} ${SATISFACTION_WORDS[score] ?? ''}`,
}))

/** The same person: the same name with the same phone, or (without a phone) from the same unit. */
export function sameRegistrant(row: Readonly<Record<string, unknown>>): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, '') : '')
  const name = text(row.name)
  return name ? `${name}|${text(row.phone) || text(row.unit)}` : ''
}

/**
 * 报名: one person registered for a training (or come on the spot, 现场), with the unit as they
 * wrote it and, when known, the enterprise in 企业库; whether they came (签到) and their 反馈.
 */
export const registrationKind = defineKind({
  name: 'registration',
  table: 'registrations',
  label: '报名',
  title: '报名',
  parent: { kind: 'training' },
  fields: {
    parentId: field.parent('所属培训', 'training'),
    order: field.orderKey(),
    enterprise: field.reference('企业', 'enterprise', { width: 6, excel: false }),
    unit: field.text('单位', { max: 200, width: 6 }),
    name: field.text('姓名', { max: 50, required: true, width: 4 }),
    title: field.text('职务', { max: 100, width: 4 }),
    phone: field.phone('联系电话', { width: 4 }),
    source: field.choice('报名方式', REGISTRATION_SOURCES, { initial: '报名' }),
    attended: field.choice('签到', ATTENDANCE),
    satisfaction: field.choice('满意度', SATISFACTION),
    feedback: field.longText('意见反馈', { max: 2000 }),
    note: field.text('备注', { max: 500, width: 12 }),
  },
  form: [
    { title: '报名', fields: ['name', 'title', 'phone', 'unit', 'enterprise', 'source', 'note'] },
    { title: '签到和反馈', fields: ['attended', 'satisfaction', 'feedback'] },
  ],
  titleField: 'name',
  subtitle: (registration) => [registration.unit, registration.title].filter(Boolean).join(' · '),
  indexes: ['parentId', '[parentId+order]', 'enterprise', 'attended', 'source'],
  listColumns: [
    { field: 'name', width: 140, sortable: true },
    { field: 'parentId', width: 260 },
    { field: 'unit', width: 240 },
    { field: 'title', width: 140 },
    { field: 'phone', width: 150 },
    { field: 'attended', width: 100, sortable: true },
  ],
  filters: [{ field: 'attended' }, { field: 'source' }],
  searchFields: ['name', 'unit', 'phone'],
  unique: [],
  sameChild: sameRegistrant,
})

/**
 * 匿名反馈: a 反馈表 handed in without a name — its 满意度 and 意见. Feedback of a known attendee
 * is kept on their 报名 instead; the 培训总结 counts both.
 */
export const trainingFeedbackKind = defineKind({
  name: 'trainingFeedback',
  table: 'trainingFeedback',
  label: '匿名反馈',
  title: '匿名反馈',
  parent: { kind: 'training' },
  fields: {
    parentId: field.parent('所属培训', 'training'),
    order: field.orderKey(),
    satisfaction: field.choice('满意度', SATISFACTION),
    comment: field.text('意见', { max: 2000, width: 12 }),
  },
  // A 反馈表 without a 满意度 is not feedback the 培训总结 could count.
  refine: (feedback, ctx) => {
    if (feedback.satisfaction === '')
      ctx.addIssue({ code: 'custom', path: ['satisfaction'], message: '请选择满意度' })
  },
  form: [{ title: '匿名反馈', fields: ['satisfaction', 'comment'] }],
  titleField: 'comment',
  subtitle: (feedback) =>
    feedback.satisfaction
      ? `满意度 ${SATISFACTION.find((o) => o.value === feedback.satisfaction)?.label ?? ''}`
      : '',
  indexes: ['parentId', '[parentId+order]', 'satisfaction'],
  listColumns: [
    { field: 'comment', width: 420 },
    { field: 'satisfaction', width: 140, sortable: true },
    { field: 'parentId', width: 260 },
  ],
  filters: [{ field: 'satisfaction' }],
  searchFields: ['comment'],
  unique: [],
})
