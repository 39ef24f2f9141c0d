import { encodeParty } from '../kinds/parties'
import { orderKeyBetween } from '../records/orderKey'
import { addCalendarDays } from '../workdays/deadlines'

export interface SurveySampleIds {
  readonly ipOffice: string
  readonly federation: string
  readonly contacts: readonly string[]
  /** Enterprises to visit, with their names as visited. */
  readonly enterprises: readonly { readonly id: string; readonly name: string }[]
}

const VISITS = 20

const IP_STATUS = [
  '拥有发明专利3件、实用新型专利12件，注册商标5件。',
  '尚无发明专利，实用新型专利4件，主要产品商标已注册。',
  '拥有发明专利8件，正在申请PCT国际专利1件。',
  '注册商标2件，软件著作权6件，暂无专利。',
] as const

const PROBLEMS = [
  '缺少专职知识产权管理人员，专利布局意识不足。',
  '遭遇商标被抢注，维权成本高、周期长。',
  '海外参展时担心专利侵权风险，缺乏预警信息。',
  '专利转化率低，缺少质押融资渠道。',
] as const

const DEMANDS = [
  { text: '希望提供专利导航和布局指导。', ipType: '专利', category: '培训指导' },
  { text: '希望开通商标维权快速通道。', ipType: '商标', category: '维权保护' },
  { text: '希望获得海外知识产权纠纷应对指导。', ipType: '专利', category: '维权保护' },
  { text: '希望对接知识产权质押融资银行。', ipType: '专利', category: '质押融资' },
] as const

const SERVICES = ['专利导航', '维权援助', '质押融资', '人才培训'] as const

/** The sample 问卷: one question asked only of those who met infringement. */
const QUESTIONNAIRE = [
  {
    id: 'q1',
    type: 'single',
    title: '近三年是否遭遇过知识产权侵权',
    required: true,
    options: ['是', '否'],
  },
  {
    id: 'q2',
    type: 'multiple',
    title: '侵权涉及的类型',
    required: true,
    options: ['专利', '商标', '著作权', '商业秘密'],
    showIf: { question: 'q1', answer: '是' },
  },
  { id: 'q3', type: 'number', title: '研发人员数（人）', required: false, options: [], min: 0 },
  { id: 'q4', type: 'single', title: '最希望获得的服务', required: true, options: [...SERVICES] },
] as const

/** A visit's answers, varied by its place in the survey. */
function answersOf(index: number) {
  const infringed = index % 3 === 0
  return {
    q1: infringed ? '是' : '否',
    ...(infringed ? { q2: index % 2 === 0 ? ['专利', '商标'] : ['商标'] } : {}),
    q3: 10 + ((index * 7) % 50),
    q4: SERVICES[index % SERVICES.length] ?? '专利导航',
  }
}

/**
 * One finished 联合调研 of the two sides, 20 enterprises visited over three weeks, each visit
 * 已完成 with its notes: enough to see counts, lists and, later, a report.
 */
export function sampleSurvey(ids: SurveySampleIds, today: string) {
  const org = (id: string) => encodeParty({ kind: 'org', id })
  const visited = ids.enterprises.slice(0, VISITS)
  const start = addCalendarDays(today, -60)
  let order: string | null = null
  return {
    survey: {
      title: '民营企业知识产权保护需求联合调研',
      leadUnits: [org(ids.ipOffice)],
      partnerUnits: [org(ids.federation)],
      period: { start, end: addCalendarDays(start, 21) },
      status: '已完成',
      purpose: '了解民营企业知识产权创造、运用、保护现状和需求，为制定支持措施提供依据。',
      scope: '全市科技型、制造业民营企业，兼顾各区。',
      method: '实地走访、座谈交流与问卷相结合。',
      keyQuestions: '专利布局；商标保护；维权援助；质押融资；海外风险防控。',
      plannedEnterprises: visited.map((e) => encodeParty({ kind: 'enterprise', id: e.id })),
      questionnaire: QUESTIONNAIRE.map((question) => ({
        ...question,
        options: [...question.options],
      })),
      files: [],
      note: '',
    },
    visits: visited.map((enterprise, index) => {
      order = orderKeyBetween(order, null)
      const contact = ids.contacts[index % Math.max(ids.contacts.length, 1)]
      return {
        order,
        enterprise: enterprise.id,
        enterpriseName: enterprise.name,
        visitedOn: addCalendarDays(start, Math.floor(index / 2) + 1),
        visitors: contact ? [encodeParty({ kind: 'contact', id: contact })] : [],
        interviewees: '企业负责人、知识产权专员',
        state: 'done',
        basics: `${enterprise.name}为民营企业，主营业务稳定，研发投入逐年增加。`,
        ipStatus: IP_STATUS[index % IP_STATUS.length] ?? '',
        problems: PROBLEMS[index % PROBLEMS.length] ?? '',
        demands: [{ id: `demand-${String(index + 1)}`, ...DEMANDS[(index + 1) % DEMANDS.length] }],
        suggestions: '建议定期开展知识产权政策宣讲，建立企业诉求快速响应机制。',
        files: [],
        answers: answersOf(index),
      }
    }),
  }
}
