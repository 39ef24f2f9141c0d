import { encodeParty } from '../kinds/parties'
import { orderKeyBetween } from '../records/orderKey'
import { addCalendarDays } from '../workdays/deadlines'

export interface ConsultationSampleIds {
  readonly ipOffice: string
  readonly federation: string
  readonly enterprises: readonly string[]
}

const OPINIONS = [
  { content: '建议增加海外知识产权维权援助的具体条款。', adoption: '采纳', reason: '' },
  {
    content: '建议将知识产权质押融资贴息比例提高到80%。',
    adoption: '部分采纳',
    reason: '综合考虑财政承受能力，贴息比例提高到60%。',
  },
  {
    content: '建议取消民营企业专利申请费用。',
    adoption: '不采纳',
    reason: '专利收费标准由国家规定，超出地方权限。',
  },
  { content: '建议在各区商会设立知识产权服务站。', adoption: '', reason: '' },
] as const

/** One 征求意见 on a draft policy, with the opinions of the 工商联 and of two enterprises. */
export function sampleConsultation(ids: ConsultationSampleIds, today: string) {
  const org = (id: string) => encodeParty({ kind: 'org', id })
  const enterprise = (index: number) => {
    const id = ids.enterprises[index]
    return id ? [encodeParty({ kind: 'enterprise', id })] : []
  }
  const sources = [[org(ids.federation)], enterprise(0), enterprise(1), [org(ids.federation)]]
  let order: string | null = null
  return {
    consultation: {
      name: '天津市加强民营企业知识产权保护若干措施（征求意见稿）',
      drafters: [org(ids.ipOffice)],
      deadline: addCalendarDays(today, -20),
      asked: [org(ids.federation), ...enterprise(0), ...enterprise(1)],
      files: [],
      note: '',
    },
    opinions: OPINIONS.map((opinion, index) => {
      order = orderKeyBetween(order, null)
      return { ...opinion, order, sources: sources[index] ?? [] }
    }),
  }
}
