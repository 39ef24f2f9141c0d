import type { DocumentDefinitionInput } from './definition'
import { p, h1, h2 } from './blockHelpers'

/**
 * Starting points for a new 公文: 通知, 函, 纪要, 通报, 报告. Each gives a complete, valid document
 * definition in the shape the staff actually write, so the first preview already looks like the
 * finished document and the user only replaces the words.
 */

export const TEMPLATE_IDS = ['notice', 'letter', 'minutes', 'bulletin', 'report'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

export interface TemplateContext {
  /** 发文机关: the settings' 默认发文机关, else 本单位, else 天津市知识产权局. */
  readonly issuer: string
  /** 成文日期, YYYY-MM-DD (today). */
  readonly today: string
  /** The settings' 公文字体 (standard 公文 fonts or the system's); standard if not given. */
  readonly fonts?: 'standard' | 'system'
  /** The settings' 工作日历, for dates a document asks for (a reply due three working days ahead). */
  readonly workCalendar?: { readonly isWorkday: (date: string) => boolean }
}

export interface DocumentTemplate {
  readonly id: TemplateId
  readonly label: string
  readonly description: string
  readonly build: (context: TemplateContext) => DocumentDefinitionInput
  /** The 机关代字 suggested for a number of this kind from this issuer ('' if unknown). */
  readonly prefix: (issuer: string) => string
}

/** 机关代字 stems of the issuers this app is made for. */
const ISSUER_STEMS: readonly (readonly [RegExp, string])[] = [
  [/天津市知识产权局/, '津知'],
  [/天津市工商业联合会|天津市工商联/, '津工商联'],
]

function stemOf(issuer: string): string {
  return ISSUER_STEMS.find(([pattern]) => pattern.test(issuer))?.[1] ?? ''
}

const withSuffix = (suffix: string) => (issuer: string) => {
  const stem = stemOf(issuer)
  return stem === '' ? '' : `${stem}${suffix}`
}

const yearOf = (today: string) => today.slice(0, 4)

/** The document options a template or generator starts from: the settings' fonts, one-sided. */
export const documentOptionsOf = (context: TemplateContext) => ({
  fonts: context.fonts ?? 'standard',
  duplex: false,
})

/** 发文机关's 办公室 prints and sends the document (印发机关). */
const officeOf = (issuer: string) => `${issuer}办公室`

function notice(context: TemplateContext): DocumentDefinitionInput {
  const { issuer, today } = context
  const year = yearOf(today)
  return {
    format: 'file',
    issuers: [issuer],
    title: `关于开展${year}年知识产权服务民营企业专项行动的通知`,
    mainRecipients: '各区知识产权局、工商联，各有关单位',
    body: [
      p(
        '为贯彻落实《关于强化知识产权服务民营企业的实施意见》，进一步提升民营企业知识产权创造、运用、保护和管理能力，现就开展专项行动有关事项通知如下。',
      ),
      h1('工作目标'),
      p('围绕民营企业知识产权需求，健全联络机制，畅通诉求渠道，全年走访服务企业不少于100家。'),
      h1('主要任务'),
      h2('开展走访调研。', '各区会同区工商联走访辖区重点民营企业，了解知识产权工作情况和诉求。'),
      h2('加强维权援助。', '对企业反映的知识产权问题逐件登记、督促办理、跟踪问效、反馈办理情况。'),
      h1('工作要求'),
      p('各单位要高度重视，明确专人负责，于每季度末将工作进展报送市知识产权局。'),
    ],
    attachments: [{ title: '专项行动联络员名单' }],
    date: today,
    note: '联系人：张某某，电话：022-12345678',
    printer: officeOf(issuer),
    printDate: today,
    options: documentOptionsOf(context),
  }
}

function letter(context: TemplateContext): DocumentDefinitionInput {
  const { issuer, today } = context
  return {
    format: 'letter',
    issuers: [issuer],
    title: '关于商请提供民营企业知识产权诉求办理情况的函',
    mainRecipients: '天津市工商业联合会法律服务部',
    body: [
      p(
        '为做好知识产权服务民营企业工作，推动企业诉求及时办结，现商请贵部提供今年以来转交的民营企业知识产权诉求及办理情况。',
      ),
      p('请于收函后10个工作日内将有关情况书面反馈我局。'),
      p('特此函商，盼复。'),
    ],
    date: today,
    options: documentOptionsOf(context),
  }
}

function minutes(context: TemplateContext): DocumentDefinitionInput {
  const { issuer, today } = context
  const year = yearOf(today)
  return {
    format: 'minutes',
    issuers: [issuer],
    markText: '会商会纪要',
    title: `${year}年知识产权服务民营企业工作会商会纪要`,
    body: [
      p(
        `${year}年某月某日，天津市知识产权局与天津市工商业联合会召开知识产权服务民营企业工作会商会，通报工作进展，研究部署下一阶段工作。纪要如下：`,
      ),
      h1('会议议定事项'),
      h2('建立联络员制度。', '双方各明确一名联络员，每月互通工作情况。'),
      h2('联合开展调研。', '下半年共同走访民营企业，形成调研报告。'),
    ],
    date: today,
    attendance: {
      present: ['天津市知识产权局有关负责同志', '天津市工商业联合会有关负责同志'],
      observers: ['专利管理处', '保护处', '法律服务部', '经济部'],
    },
    printer: officeOf(issuer),
    printDate: today,
    options: documentOptionsOf(context),
  }
}

function bulletin(context: TemplateContext): DocumentDefinitionInput {
  const { issuer, today } = context
  const year = yearOf(today)
  return {
    format: 'file',
    issuers: [issuer],
    title: `关于${year}年上半年知识产权服务民营企业工作情况的通报`,
    mainRecipients: '各区知识产权局、工商联',
    body: [
      p('现将上半年全市知识产权服务民营企业工作情况通报如下。'),
      h1('总体情况'),
      p('上半年，各区共走访民营企业若干家，受理知识产权诉求若干件，已办结若干件。'),
      h1('存在的问题'),
      p('个别区诉求办理周期较长，反馈不够及时。'),
      h1('下一步工作'),
      p('各区要对照问题抓好整改，确保诉求件件有着落、事事有回音。'),
    ],
    date: today,
    printer: officeOf(issuer),
    printDate: today,
    options: documentOptionsOf(context),
  }
}

function report(context: TemplateContext): DocumentDefinitionInput {
  const { issuer, today } = context
  const year = yearOf(today)
  return {
    format: 'file',
    issuers: [issuer],
    title: `关于${year}年知识产权服务民营企业工作情况的报告`,
    mainRecipients: '市人民政府',
    body: [
      p(`现将${year}年我局知识产权服务民营企业工作情况报告如下。`),
      h1('主要工作'),
      p('会同市工商联健全工作机制，开展联合调研，办理企业知识产权诉求。'),
      h1('取得的成效'),
      p('企业知识产权保护意识明显增强，诉求办理满意率持续提升。'),
      h1('下一步打算'),
      p('持续深化部门协作，推动知识产权服务更好惠及民营企业。'),
      p('特此报告。'),
    ],
    date: today,
    printer: officeOf(issuer),
    printDate: today,
    options: documentOptionsOf(context),
  }
}

export const TEMPLATES: readonly DocumentTemplate[] = [
  {
    id: 'notice',
    label: '通知',
    description: '部署工作、提出要求，主送下级和有关单位',
    build: notice,
    prefix: withSuffix('发'),
  },
  {
    id: 'letter',
    label: '函',
    description: '商洽工作、询问和答复问题（信函格式）',
    build: letter,
    prefix: withSuffix('函'),
  },
  {
    id: 'minutes',
    label: '纪要',
    description: '记载会议主要情况和议定事项（纪要格式）',
    build: minutes,
    prefix: () => '',
  },
  {
    id: 'bulletin',
    label: '通报',
    description: '通报工作情况、传达重要精神',
    build: bulletin,
    prefix: withSuffix('发'),
  },
  {
    id: 'report',
    label: '报告',
    description: '向上级机关汇报工作、反映情况',
    build: report,
    prefix: withSuffix('报'),
  },
]

export function templateById(id: string): DocumentTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id)
}

/** Today as YYYY-MM-DD in local time (a 成文日期 is a calendar date, not a UTC instant). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
