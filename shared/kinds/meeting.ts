import { DEFAULT_ATTACHMENT_RULES } from './attachments'
import { endNotBeforeStart } from './dateSchemas'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

/** 会议类型, as clauses (一) and (二) of the 2023 policy name them. */
export const MEETING_TYPES = [
  { value: '会商会', label: '会商会' },
  { value: '联席会议', label: '联席会议' },
  { value: '工作例会', label: '工作例会' },
  { value: '专题座谈会', label: '专题座谈会', aliases: ['座谈会'] },
  { value: '企业家座谈会', label: '企业家座谈会' },
  { value: '旁听庭审', label: '旁听庭审', aliases: ['旁听知识产权案件庭审'] },
  { value: '开放日', label: '开放日' },
  { value: '其他', label: '其他' },
] as const

/**
 * 会议: a meeting of the two sides (会商会, 联席会议, 座谈会…), with who came, its 议程 and
 * 议定事项 as children, and the documents it produces (通知, 纪要, 签到表).
 */
export const meetingKind = defineKind({
  name: 'meeting',
  table: 'meetings',
  label: '会议',
  title: '会议',
  fields: {
    name: field.text('会议名称', { max: 200, required: true, width: 12 }),
    type: field.choice('会议类型', MEETING_TYPES, { width: 6 }),
    location: field.text('地点', { max: 200, width: 6 }),
    startAt: field.dateTime('开始时间'),
    endAt: field.dateTime('结束时间'),
    hosts: field.parties('主办单位', ['org'], { names: false, max: 20 }),
    organizers: field.parties('承办单位', ['org'], { names: false, max: 20 }),
    chair: field.parties('主持人', ['contact'], { max: 5 }),
    present: field.parties('出席', ['contact']),
    observers: field.parties('列席', ['contact']),
    absent: field.parties('请假', ['contact']),
    enterprises: field.parties('参会企业', ['enterprise'], { max: 100 }),
    files: field.attachments('附件', DEFAULT_ATTACHMENT_RULES),
    note: field.longText('备注', { max: 5000 }),
  },
  refine: endNotBeforeStart,
  form: [
    { title: '基本信息', fields: ['name', 'type', 'location', 'startAt', 'endAt'] },
    {
      title: '参会单位和人员',
      fields: ['hosts', 'organizers', 'chair', 'present', 'observers', 'absent', 'enterprises'],
    },
    { title: '其他', fields: ['files', 'note'] },
  ],
  titleField: 'name',
  subtitle: (meeting) =>
    [meeting.type, meeting.startAt.replace('T', ' '), meeting.location].filter(Boolean).join(' · '),
  indexes: ['type', 'startAt', '*hosts'],
  listColumns: [
    { field: 'name', width: 300, sortable: true },
    { field: 'type', width: 120, sortable: true },
    { field: 'startAt', width: 160, sortable: true },
    { field: 'location', width: 200 },
    { field: 'hosts', width: 260 },
  ],
  filters: [{ field: 'type' }, { field: 'startAt', period: '时间段' }, { field: 'hosts' }],
  searchFields: ['name', 'location'],
  unique: [],
})

/** 议程: one item of a meeting's agenda, with the notes taken on it (会议记录). */
export const agendaItemKind = defineKind({
  name: 'agendaItem',
  table: 'agendaItems',
  label: '议程',
  title: '议程',
  parent: { kind: 'meeting' },
  fields: {
    parentId: field.parent('所属会议', 'meeting'),
    order: field.orderKey(),
    title: field.text('议题', { max: 200, required: true, width: 12 }),
    presenter: field.parties('汇报人', ['contact', 'org'], { max: 10 }),
    notes: field.longText('会议记录', { max: 20000 }),
  },
  form: [{ title: '议程', fields: ['title', 'presenter', 'notes'] }],
  titleField: 'title',
  subtitle: () => '',
  indexes: ['parentId', '[parentId+order]'],
  listColumns: [
    { field: 'title', width: 320, sortable: true },
    { field: 'parentId', width: 280 },
    { field: 'presenter', width: 200 },
  ],
  filters: [],
  searchFields: ['title', 'notes'],
  unique: [],
})

/** 议定事项: what a meeting decided; each can become one or more 督办事项. */
export const decisionKind = defineKind({
  name: 'decision',
  table: 'decisions',
  label: '议定事项',
  title: '议定事项',
  parent: { kind: 'meeting' },
  fields: {
    parentId: field.parent('所属会议', 'meeting'),
    order: field.orderKey(),
    content: field.text('议定内容', { max: 1000, required: true, width: 12 }),
  },
  form: [{ title: '议定事项', fields: ['content'] }],
  titleField: 'content',
  subtitle: () => '',
  indexes: ['parentId', '[parentId+order]'],
  listColumns: [
    { field: 'content', width: 420, sortable: true },
    { field: 'parentId', width: 280 },
  ],
  filters: [],
  searchFields: ['content'],
  unique: [],
})

/** 企业代表: who came for one of the 参会企业, with their 职务 (they are not in the directory). */
export const enterpriseDelegateKind = defineKind({
  name: 'enterpriseDelegate',
  table: 'enterpriseDelegates',
  label: '企业代表',
  title: '参会企业代表',
  parent: { kind: 'meeting' },
  fields: {
    parentId: field.parent('所属会议', 'meeting'),
    order: field.orderKey(),
    enterprise: field.reference('企业', 'enterprise', { width: 12 }),
    name: field.text('姓名', { max: 50, required: true, width: 6 }),
    title: field.text('职务', { max: 50, width: 6 }),
    phone: field.phone('联系电话', { width: 6 }),
  },
  refine: (delegate, ctx) => {
    if (delegate.enterprise === '') {
      ctx.addIssue({ code: 'custom', path: ['enterprise'], message: '请选择代表的企业' })
    }
  },
  form: [{ title: '企业代表', fields: ['enterprise', 'name', 'title', 'phone'] }],
  titleField: 'name',
  subtitle: (delegate) => delegate.title,
  indexes: ['parentId', '[parentId+order]', 'enterprise'],
  listColumns: [
    { field: 'name', width: 140, sortable: true },
    { field: 'enterprise', width: 300 },
    { field: 'title', width: 160 },
    { field: 'phone', width: 160 },
  ],
  filters: [],
  searchFields: ['name'],
  unique: [],
})
