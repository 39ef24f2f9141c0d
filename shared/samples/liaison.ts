import { encodeParty } from '../kinds/parties'
import { addCalendarDays } from '../workdays/deadlines'

export interface LiaisonSampleIds {
  readonly ipOffice: string
  readonly federation: string
  /** Sample meetings a piece of news may tell of. */
  readonly meetings: readonly string[]
}

interface EntryPlan {
  readonly title: string
  readonly type: string
  readonly days: number
  /** 0: the 知识产权局, 1: the 工商联, 2: both. */
  readonly by: 0 | 1 | 2
  readonly summary: string
  /** Index of the sample meeting it tells of. */
  readonly meeting?: number
}

/** A year of work news, every kind of clause (一)3, from both sides. */
const PLANS: readonly EntryPlan[] = [
  {
    title: '印发《知识产权服务民营企业十条措施》',
    type: '出台服务举措',
    days: -300,
    by: 0,
    summary: '措施涵盖专利快速预审、知识产权质押融资贴息、海外维权援助等内容。',
  },
  {
    title: '召开知识产权服务民营企业工作第一次会商会',
    type: '走访调研座谈',
    days: -250,
    by: 2,
    summary: '会议研究了年度重点工作，明确了联合调研和培训安排。',
    meeting: 0,
  },
  {
    title: '联合走访滨海新区12家科技型民营企业',
    type: '走访调研座谈',
    days: -190,
    by: 2,
    summary: '了解企业专利布局和商标保护情况，收集诉求23条。',
  },
  {
    title: '举办民营企业知识产权合规培训班',
    type: '举办培训宣讲',
    days: -160,
    by: 1,
    summary: '培训企业负责人和法务人员180余人次。',
  },
  {
    title: '收集商会会员企业知识产权意见建议',
    type: '收集意见建议',
    days: -130,
    by: 1,
    summary: '通过10家区级商会收集意见建议31条，已转知识产权局研究办理。',
  },
  {
    title: '召开民营企业知识产权保护专题座谈会',
    type: '走访调研座谈',
    days: -120,
    by: 2,
    summary: '15家企业代表围绕维权成本高、周期长等问题发言。',
    meeting: 1,
  },
  {
    title: '协调解决企业商标被抢注问题',
    type: '解决具体问题',
    days: -95,
    by: 0,
    summary: '指导企业提出无效宣告请求并提供证据收集建议。',
  },
  {
    title: '开通民营企业专利预审绿色通道',
    type: '出台服务举措',
    days: -60,
    by: 0,
    summary: '对符合条件的民营企业专利申请优先预审。',
  },
  {
    title: '举办知识产权质押融资政策宣讲会',
    type: '举办培训宣讲',
    days: -35,
    by: 2,
    summary: '银行、评估机构和40家企业参加。',
  },
  {
    title: '帮助企业对接海外维权援助资源',
    type: '解决具体问题',
    days: -12,
    by: 1,
    summary: '为2家出口企业对接海外知识产权纠纷应对指导专家。',
  },
]

/** The sample work news, dated back from `today`. */
export function sampleLiaisonEntries(ids: LiaisonSampleIds, today: string) {
  const units = [ids.ipOffice, ids.federation].map((id) => encodeParty({ kind: 'org', id }))
  return PLANS.map((plan) => {
    const meeting = plan.meeting === undefined ? undefined : ids.meetings[plan.meeting]
    return {
      title: plan.title,
      type: plan.type,
      date: addCalendarDays(today, plan.days),
      units: plan.by === 2 ? units : [units[plan.by] ?? ''],
      summary: plan.summary,
      links: meeting ? [encodeParty({ kind: 'meeting', id: meeting })] : [],
      files: [],
    }
  })
}
