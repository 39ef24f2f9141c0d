import { DEFAULT_ATTACHMENT_RULES } from './attachments'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

/** The five kinds of work news clause (一)3 of the 2023 policy has the two sides exchange. */
export const LIAISON_TYPES = [
  { value: '出台服务举措', label: '出台服务举措', aliases: ['服务举措'] },
  { value: '走访调研座谈', label: '走访调研座谈', aliases: ['走访', '调研', '座谈'] },
  { value: '举办培训宣讲', label: '举办培训宣讲', aliases: ['培训', '宣讲'] },
  { value: '收集意见建议', label: '收集意见建议', aliases: ['意见建议'] },
  { value: '解决具体问题', label: '解决具体问题', aliases: ['解决问题'] },
] as const

/** Records a piece of work news may concern: the meeting, survey item or consultation it tells of. */
export const LIAISON_LINK_KINDS = ['meeting', 'actionItem', 'consultation', 'enterprise'] as const

/**
 * 工作互通: one piece of work news a unit shares with the other side (a new 服务举措, a visit, a
 * training held, opinions gathered, a problem solved), reported in the 工作情况通报.
 */
export const liaisonEntryKind = defineKind({
  name: 'liaisonEntry',
  table: 'liaisonEntries',
  label: '工作信息',
  title: '工作互通',
  fields: {
    title: field.text('标题', { max: 200, required: true, width: 12 }),
    type: field.choice('信息类型', LIAISON_TYPES, { width: 6 }),
    date: field.date('日期', { required: true }),
    units: field.parties('单位', ['org'], { max: 20 }),
    summary: field.longText('内容摘要', { max: 5000 }),
    links: field.parties('关联记录', LIAISON_LINK_KINDS, { names: false, max: 20 }),
    files: field.attachments('附件', DEFAULT_ATTACHMENT_RULES),
  },
  refine: (entry, ctx) => {
    if (entry.type === '') {
      ctx.addIssue({ code: 'custom', path: ['type'], message: '请选择信息类型' })
    }
  },
  form: [
    { title: '工作信息', fields: ['title', 'type', 'date', 'units', 'summary'] },
    { title: '关联和附件', fields: ['links', 'files'] },
  ],
  titleField: 'title',
  subtitle: (entry) => [entry.type, entry.date].filter(Boolean).join(' · '),
  indexes: ['type', 'date', '*units', '*links'],
  listColumns: [
    { field: 'title', width: 340, sortable: true },
    { field: 'type', width: 130, sortable: true },
    { field: 'date', width: 120, sortable: true },
    { field: 'units', width: 260 },
  ],
  filters: [{ field: 'type' }, { field: 'date', period: '时间段' }, { field: 'units' }],
  searchFields: ['title', 'summary'],
  unique: [],
})
