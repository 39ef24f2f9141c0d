import { addCalendarDays } from '../workdays/deadlines'
import { encodeParty } from '../kinds/parties'
import { SIGNED_IN } from '../kinds/training'
import { orderKeyBetween } from '../records/orderKey'

export interface TrainingSampleIds {
  readonly ipOffice: string
  readonly federation: string
  readonly enterprises: readonly { readonly id: string; readonly name: string }[]
}

const REGISTRANTS = 24
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙']
const GIVEN = ['海涛', '丽娜', '建国', '晓明', '静', '伟', '芳', '磊', '敏', '洋', '娟', '强']
const TITLES = ['知识产权专员', '法务主管', '研发经理', '总经理助理'] as const

/** 反馈表 handed in without a name: 满意度 and 意见. */
const ANONYMOUS_FEEDBACK = [
  ['5', '质押融资讲得很实用'],
  ['4', ''],
  ['3', '时间偏紧，建议分两天'],
] as const

/**
 * One 培训班 held a month ago by the two sides: its 日程, 24 registrants from the sample
 * enterprises, most signed in, with their 满意度, and three 匿名反馈.
 */
export function sampleTraining(ids: TrainingSampleIds, today: string) {
  const day = addCalendarDays(today, -30)
  const org = (id: string) => encodeParty({ kind: 'org', id })
  let order: string | null = null
  let feedbackOrder: string | null = null
  return {
    training: {
      name: '民营企业知识产权保护与运用培训班',
      type: '培训班',
      location: '天津市工商业联合会一楼报告厅',
      startAt: `${day}T09:00`,
      endAt: `${day}T16:30`,
      hosts: [org(ids.ipOffice), org(ids.federation)],
      organizers: [],
      schedule: [
        { id: 's1', topic: '民营企业知识产权保护政策解读', speaker: '市知识产权局', time: '09:00' },
        { id: 's2', topic: '商标侵权典型案例研讨', speaker: '知识产权法庭法官', time: '10:30' },
        { id: 's3', topic: '知识产权质押融资实务', speaker: '合作银行', time: '14:00' },
      ],
      audience: '民营企业负责人、知识产权管理人员',
      capacity: 30,
      files: [],
      note: '',
    },
    registrations: ids.enterprises.slice(0, REGISTRANTS).map((enterprise, index) => {
      order = orderKeyBetween(order, null)
      const came = index % 6 !== 5
      return {
        order,
        enterprise: enterprise.id,
        unit: enterprise.name,
        name: `${SURNAMES[index % SURNAMES.length] ?? '王'}${GIVEN[(index * 5) % GIVEN.length] ?? '伟'}`,
        title: TITLES[index % TITLES.length] ?? '',
        phone: `1380022${String(index).padStart(4, '0')}`,
        source: '报名',
        attended: came ? SIGNED_IN : '',
        satisfaction: came ? String(5 - (index % 3 === 0 ? 1 : 0)) : '',
        feedback: came && index % 4 === 0 ? '希望多讲案例，增加互动答疑。' : '',
      }
    }),
    anonymousFeedback: ANONYMOUS_FEEDBACK.map(([satisfaction, comment]) => {
      feedbackOrder = orderKeyBetween(feedbackOrder, null)
      return { order: feedbackOrder, satisfaction, comment }
    }),
  }
}
