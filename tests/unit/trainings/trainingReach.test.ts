import { describe, expect, it } from 'vitest'
import { DISTRICTS } from '../../../shared/reference/districts'
import { TRAINING_TYPES } from '../../../shared/kinds/training'
import { NOT_IN_DIRECTORY, trainingReach } from '../../../shared/trainings/trainingReach'

const came = (name: string, fields: Record<string, string> = {}) => ({
  name,
  attended: '已签到',
  ...fields,
})

const trainings = [
  { id: 't1', type: '培训班', startAt: '2026-03-10T09:00' },
  { id: 't2', type: '政策宣讲', startAt: '2026-11-05T14:00' },
  { id: 't3', type: '培训班', startAt: '2026-11-20T09:00' },
]
const registrations: Record<string, Record<string, string>[]> = {
  t1: [
    came('王海涛', { enterprise: 'e1', phone: '13800221234' }),
    came('李建国', { enterprise: 'e2' }),
    { name: '王丽娜', enterprise: 'e3', attended: '' },
  ],
  t2: [
    came('王 海涛', { enterprise: 'e1', phone: '13800221234' }),
    came('赵敏', { unit: '天津西青电子有限公司' }),
    came('孙强', { unit: '天津西青 电子有限公司' }),
  ],
  t3: [],
}
const districts: Record<string, string> = { e1: '西青区', e2: '和平区', e3: '滨海新区' }

describe('培训统计: whom trainings reached', () => {
  const reach = trainingReach(
    trainings,
    (id) => registrations[id] ?? [],
    (id) => districts[id],
    DISTRICTS,
    TRAINING_TYPES.map((o) => o.value),
  )

  it('counts trainings, attendances, people once and enterprises once, only those who came', () => {
    expect(reach.total).toEqual({
      label: '合计',
      trainings: 3,
      registered: 6,
      attendances: 5,
      persons: 4,
      enterprises: 3,
    })
  })

  it('by 培训类型 in the declared order, a training without attendees still counted', () => {
    expect(reach.byType).toEqual([
      { label: '培训班', trainings: 2, attendances: 2, enterprises: 2 },
      { label: '政策宣讲', trainings: 1, attendances: 3, enterprises: 2 },
    ])
  })

  it('by the 所属区 of the enterprise in the official order, units outside 企业库 apart', () => {
    expect(reach.byDistrict.map((line) => [line.label, line.attendances])).toEqual([
      ['和平区', 1],
      ['西青区', 2],
      [NOT_IN_DIRECTORY, 2],
    ])
  })

  it('by month in time order', () => {
    expect(reach.byMonth.map((line) => [line.label, line.trainings, line.attendances])).toEqual([
      ['2026年3月', 1, 2],
      ['2026年11月', 2, 3],
    ])
  })
})
