import { IP_TYPES } from '../reference/enterprise'
import { DEFAULT_ATTACHMENT_RULES } from './attachments'
import { optionsOf } from './choiceInputs'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

/**
 * 政策: a policy document the two sides tell enterprises about (clause (四)1 of the 2023 policy):
 * who issued it, its 文号 and date, a 摘要 and the file itself.
 */
export const policyKind = defineKind({
  name: 'policy',
  table: 'policies',
  label: '政策',
  title: '政策文件',
  fields: {
    name: field.text('名称', { max: 200, required: true, width: 12 }),
    issuer: field.text('发布机关', { max: 200, width: 6 }),
    documentNumber: field.text('文号', { max: 100, width: 6 }),
    issuedOn: field.date('日期'),
    summary: field.longText('摘要', { max: 5000 }),
    files: field.attachments('文件', DEFAULT_ATTACHMENT_RULES),
  },
  form: [
    { title: '政策文件', fields: ['name', 'issuer', 'documentNumber', 'issuedOn', 'summary'] },
    { title: '文件', fields: ['files'] },
  ],
  titleField: 'name',
  subtitle: (policy) =>
    [policy.issuer, policy.documentNumber, policy.issuedOn].filter(Boolean).join(' · '),
  indexes: ['issuedOn', 'issuer'],
  listColumns: [
    { field: 'name', width: 360, sortable: true },
    { field: 'issuer', width: 220, sortable: true },
    { field: 'documentNumber', width: 180 },
    { field: 'issuedOn', width: 120, sortable: true },
  ],
  filters: [{ field: 'issuedOn', period: '时间段' }],
  searchFields: ['name', 'issuer', 'documentNumber', 'summary'],
  unique: [],
})

/** 案件类型 of a 参考案例: how the dispute was handled. */
export const CASE_TYPES = optionsOf([
  '民事侵权',
  '权属纠纷',
  '合同纠纷',
  '行政裁决',
  '行政查处',
  '刑事案件',
  '人民调解',
  '仲裁',
  '其他',
])

/** The years a case may have been decided in. */
const FIRST_CASE_YEAR = 1985
const LAST_CASE_YEAR = 2100

/**
 * 参考案例: a decided IP case enterprises can learn from (clause (四)1): its 知识产权类型, 案件类型,
 * the authority that handled it and the year, what happened and why it matters (典型意义).
 */
export const referenceCaseKind = defineKind({
  name: 'referenceCase',
  table: 'referenceCases',
  label: '参考案例',
  title: '参考案例',
  fields: {
    title: field.text('标题', { max: 200, required: true, width: 12 }),
    ipType: field.choice('知识产权类型', optionsOf(IP_TYPES)),
    caseType: field.choice('案件类型', CASE_TYPES),
    authority: field.text('处理机关', { max: 200, width: 6 }),
    year: field.count('年份', { width: 4 }),
    summary: field.longText('案情摘要', { max: 10000 }),
    significance: field.longText('典型意义', { max: 5000 }),
    files: field.attachments('附件', DEFAULT_ATTACHMENT_RULES),
  },
  refine: (found, ctx) => {
    if (found.year < FIRST_CASE_YEAR || found.year > LAST_CASE_YEAR) {
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        message: `年份应为 ${String(FIRST_CASE_YEAR)} 至 ${String(LAST_CASE_YEAR)} 之间的四位数字，如 2024`,
      })
    }
  },
  form: [
    { title: '案例', fields: ['title', 'ipType', 'caseType', 'authority', 'year'] },
    { title: '案情和意义', fields: ['summary', 'significance'] },
    { title: '附件', fields: ['files'] },
  ],
  titleField: 'title',
  subtitle: (found) =>
    [found.ipType, found.caseType, found.authority, found.year ? `${String(found.year)}年` : '']
      .filter(Boolean)
      .join(' · '),
  indexes: ['ipType', 'caseType', 'year'],
  listColumns: [
    { field: 'title', width: 360, sortable: true },
    { field: 'ipType', width: 140, sortable: true },
    { field: 'caseType', width: 120, sortable: true },
    { field: 'authority', width: 200 },
    { field: 'year', width: 90, sortable: true },
  ],
  filters: [{ field: 'ipType' }, { field: 'caseType' }],
  searchFields: ['title', 'authority', 'summary', 'significance'],
  unique: [],
})

/** A 链接 is a web address (the report online); blank when there is a file instead. */
const WEB_ADDRESS = /^https?:\/\/\S+$/i

/** 宣传报道: a media report of the two sides' work (媒体, 日期, 标题, and its 链接 or file). */
export const publicityKind = defineKind({
  name: 'publicity',
  table: 'publicity',
  label: '宣传报道',
  title: '宣传报道',
  fields: {
    title: field.text('标题', { max: 200, required: true, width: 12 }),
    media: field.text('媒体', { max: 100, width: 6 }),
    publishedOn: field.date('日期', { required: true }),
    link: field.text('链接', { max: 1000, width: 12 }),
    files: field.attachments('文件', DEFAULT_ATTACHMENT_RULES),
    note: field.longText('备注', { max: 2000 }),
  },
  refine: (report, ctx) => {
    if (report.link !== '' && !WEB_ADDRESS.test(report.link.trim())) {
      ctx.addIssue({
        code: 'custom',
        path: ['link'],
        message: '链接应为以 http:// 或 https:// 开头的网址',
      })
    }
  },
  form: [
    { title: '宣传报道', fields: ['title', 'media', 'publishedOn', 'link'] },
    { title: '文件和备注', fields: ['files', 'note'] },
  ],
  titleField: 'title',
  subtitle: (report) => [report.media, report.publishedOn].filter(Boolean).join(' · '),
  indexes: ['publishedOn', 'media'],
  listColumns: [
    { field: 'title', width: 380, sortable: true },
    { field: 'media', width: 180, sortable: true },
    { field: 'publishedOn', width: 120, sortable: true },
    { field: 'link', width: 260 },
  ],
  filters: [{ field: 'publishedOn', period: '时间段' }],
  searchFields: ['title', 'media', 'note'],
  unique: [],
})

/** The series a 简报 issue belongs to; 期号 are counted per series and year. */
export const BRIEFING_SERIES = optionsOf(['信息通报', '工作简报'])

/** What an issue may tell of: policies, cases, surveys and the liaison log. */
export const BRIEFING_ITEM_KINDS = ['policy', 'referenceCase', 'survey', 'liaisonEntry'] as const

/**
 * 简报: one issue of a 信息通报 or 工作简报 — its items picked from 政策文件, 参考案例, 联合调研 and
 * 工作互通 in the order they are to appear, a 按语 before them, and whom it is 报送 and 分送 to.
 * It is rendered through the 公文 engine with its series' 期号.
 */
export const briefingKind = defineKind({
  name: 'briefing',
  table: 'briefings',
  label: '简报',
  title: '信息通报',
  fields: {
    title: field.text('标题', { max: 200, required: true, width: 12 }),
    series: field.choice('简报类别', BRIEFING_SERIES, { initial: '信息通报' }),
    issuedOn: field.date('日期', { required: true }),
    intro: field.longText('按语', { max: 3000 }),
    items: field.parties('通报内容', BRIEFING_ITEM_KINDS, { names: false, max: 30 }),
    reportTo: field.texts('报送', { maxItems: 20, maxLength: 100, width: 12 }),
    sendTo: field.texts('分送', { maxItems: 30, maxLength: 100, width: 12 }),
  },
  refine: (briefing, ctx) => {
    if (briefing.series === '') {
      ctx.addIssue({ code: 'custom', path: ['series'], message: '请选择简报类别' })
    }
    if (briefing.items.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: '请至少选一项通报内容（政策文件、参考案例、联合调研或工作信息）',
      })
    }
  },
  form: [
    { title: '简报', fields: ['title', 'series', 'issuedOn', 'intro'] },
    { title: '通报内容', fields: ['items'] },
    { title: '报送和分送', fields: ['reportTo', 'sendTo'] },
  ],
  titleField: 'title',
  subtitle: (briefing) => [briefing.series, briefing.issuedOn].filter(Boolean).join(' · '),
  indexes: ['series', 'issuedOn', '*items'],
  listColumns: [
    { field: 'title', width: 360, sortable: true },
    { field: 'series', width: 120, sortable: true },
    { field: 'issuedOn', width: 120, sortable: true },
  ],
  filters: [{ field: 'series' }, { field: 'issuedOn', period: '时间段' }],
  searchFields: ['title', 'intro'],
  unique: [],
})
