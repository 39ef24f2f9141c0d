import { encodeParty } from '../kinds/parties'
import { orderKeyBetween } from '../records/orderKey'
import { addCalendarDays } from '../workdays/deadlines'

/** Records the sample meetings draw on: the two city bodies, some contacts and enterprises. */
export interface MeetingSampleIds {
  readonly ipOffice: string
  readonly federation: string
  readonly contacts: readonly string[]
  readonly enterprises: readonly string[]
}

interface ActionPlan {
  readonly content: string
  readonly days: number
  readonly state: 'todo' | 'doing' | 'done'
  readonly progress: readonly string[]
}

interface MeetingPlan {
  readonly name: string
  readonly type: string
  readonly days: number
  readonly location: string
  readonly agenda: readonly { readonly title: string; readonly notes: string }[]
  readonly decisions: readonly {
    readonly content: string
    readonly actions: readonly ActionPlan[]
  }[]
}

/** A year of the two sides' meetings, days from today: three held (with minutes), one to come. */
const PLANS: readonly MeetingPlan[] = [
  {
    name: '知识产权服务民营企业工作第一次会商会',
    type: '会商会',
    days: -250,
    location: '市知识产权局第一会议室',
    agenda: [
      {
        title: '通报2025年知识产权服务民营企业工作情况',
        notes:
          '市知识产权局通报了全年走访企业、受理诉求和办结情况。\n市工商联通报了商会会员企业知识产权需求调查结果。',
      },
      { title: '研究2026年联合工作要点', notes: '双方围绕联合调研、培训宣讲和纠纷调解逐项讨论。' },
    ],
    decisions: [
      {
        content: '建立双方联络员制度，每月互通工作情况。',
        actions: [
          {
            content: '确定双方联络员并印发名单',
            days: -230,
            state: 'done',
            progress: ['名单已印发'],
          },
        ],
      },
      {
        content: '上半年联合开展民营企业知识产权需求调研。',
        actions: [
          { content: '制定联合调研方案', days: -200, state: 'done', progress: ['方案经双方会签'] },
        ],
      },
    ],
  },
  {
    name: '民营企业知识产权保护专题座谈会',
    type: '专题座谈会',
    days: -120,
    location: '市工商联三楼会议室',
    agenda: [
      { title: '听取企业知识产权保护诉求', notes: '参会企业反映了海外维权难、侵权取证难等问题。' },
    ],
    decisions: [
      {
        content: '梳理企业反映的维权诉求，逐件转办并跟踪反馈。',
        actions: [
          {
            content: '汇总座谈会企业诉求并转有关部门办理',
            days: -6,
            state: 'doing',
            progress: ['已汇总诉求12件', '已转办9件'],
          },
        ],
      },
    ],
  },
  {
    name: '知识产权服务民营企业工作第二次会商会',
    type: '会商会',
    days: -40,
    location: '市知识产权局第一会议室',
    agenda: [
      {
        title: '总结上半年联合调研成果',
        notes: '调研覆盖16个区的60家民营企业，形成调研报告初稿。',
      },
      { title: '部署下半年培训宣讲工作', notes: '' },
    ],
    decisions: [
      {
        content: '印发联合调研报告，并向市政府报送。',
        actions: [{ content: '修改完善调研报告并报送', days: 2, state: 'doing', progress: [] }],
      },
      {
        content: '第四季度举办两期知识产权合规培训班。',
        actions: [{ content: '制定培训计划和报名通知', days: -3, state: 'todo', progress: [] }],
      },
    ],
  },
  {
    name: '民营企业家知识产权座谈会',
    type: '企业家座谈会',
    days: 5,
    location: '市工商联一楼报告厅',
    agenda: [{ title: '听取企业家对知识产权服务的意见建议', notes: '' }],
    decisions: [],
  },
]

/** Representatives an enterprise sends, in turn. */
const DELEGATES = [
  ['张伟', '总经理'],
  ['李娜', '法务经理'],
  ['陈磊', '知识产权专员'],
  ['赵静', '副总经理'],
] as const

/** The sample meetings and, per meeting, its agenda, decisions, 企业代表 and action items. */
export function sampleMeetings(ids: MeetingSampleIds, today: string) {
  const contact = (index: number) => {
    const id = ids.contacts[index % Math.max(1, ids.contacts.length)]
    return id ? [encodeParty({ kind: 'contact', id })] : []
  }
  return PLANS.map((plan, index) => {
    const day = addCalendarDays(today, plan.days)
    let agendaOrder: string | null = null
    let decisionOrder: string | null = null
    let delegateOrder: string | null = null
    const enterprises = ids.enterprises.slice(index * 2, index * 2 + 2)
    return {
      meeting: {
        name: plan.name,
        type: plan.type,
        location: plan.location,
        startAt: `${day}T09:30`,
        endAt: `${day}T11:30`,
        hosts: [ids.ipOffice, ids.federation].map((id) => encodeParty({ kind: 'org', id })),
        organizers: [
          encodeParty({ kind: 'org', id: index % 2 === 0 ? ids.ipOffice : ids.federation }),
        ],
        chair: contact(index),
        present: [
          ...contact(index + 1),
          ...contact(index + 2),
          encodeParty({ kind: 'name', name: '刘强' }),
        ],
        observers: contact(index + 3),
        absent: contact(index + 4),
        enterprises: enterprises.map((id) => encodeParty({ kind: 'enterprise', id })),
        files: [],
        note: '',
      },
      delegates: enterprises.map((enterprise, which) => {
        delegateOrder = orderKeyBetween(delegateOrder, null)
        const [name, title] = DELEGATES[(index + which) % DELEGATES.length] ?? DELEGATES[0]
        return { order: delegateOrder, enterprise, name, title, phone: '' }
      }),
      agenda: plan.agenda.map((item) => {
        agendaOrder = orderKeyBetween(agendaOrder, null)
        return { order: agendaOrder, title: item.title, presenter: [], notes: item.notes }
      }),
      decisions: plan.decisions.map((decision) => {
        decisionOrder = orderKeyBetween(decisionOrder, null)
        return {
          decision: { order: decisionOrder, content: decision.content },
          actions: decision.actions.map((action) => ({
            item: {
              content: action.content,
              leadUnits: [encodeParty({ kind: 'org', id: ids.ipOffice })],
              partnerUnits: [encodeParty({ kind: 'org', id: ids.federation })],
              owners: contact(index + 1),
              dueOn: addCalendarDays(today, action.days),
              state: action.state,
              stateLog: [],
              note: '',
            },
            progress: action.progress.map((content, step) => ({
              date: addCalendarDays(today, action.days - 10 + step * 3),
              content,
            })),
          })),
        }
      }),
    }
  })
}
