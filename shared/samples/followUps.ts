import { orderKeyBetween } from '../records/orderKey'
import { addCalendarDays } from '../workdays/deadlines'

/** What an officer typically still owes an enterprise, with a deadline days from today. */
const ITEMS: readonly { content: string; days: number; state: 'todo' | 'doing' | 'done' }[] = [
  { content: '寄送专利快速预审政策解读材料', days: -4, state: 'doing' },
  { content: '协助梳理商标续展时间表', days: 2, state: 'todo' },
  { content: '反馈知识产权质押融资对接结果', days: 12, state: 'todo' },
  { content: '邀请参加企业知识产权合规培训', days: -10, state: 'done' },
  { content: '核实海外维权援助需求并转报', days: 1, state: 'doing' },
]

/** 示例 跟进事项 for the first sample enterprises: some overdue, some due soon, one done. */
export function sampleFollowUps(enterpriseIds: readonly string[], today: string) {
  return enterpriseIds.slice(0, 6).flatMap((parentId, index) => {
    const mine = [ITEMS[index % ITEMS.length], ITEMS[(index + 2) % ITEMS.length]]
    let order: string | null = null
    return mine.flatMap((item) => {
      if (!item) return []
      order = orderKeyBetween(order, null)
      return [
        {
          parentId,
          order,
          content: item.content,
          handledBy: [],
          dueOn: addCalendarDays(today, item.days),
          state: item.state,
          stateLog: [],
          note: '',
        },
      ]
    })
  })
}
