import { describe, expect, it } from 'vitest'
import { validateDefinition } from '../../../shared/documents/definition'
import { autoMapColumns } from '../../../shared/excel/columnMapping'
import { checkImportRows } from '../../../shared/excel/importRows'
import { generatorById } from '../../../shared/generators'
import { fitWidths } from '../../../shared/generators/signInTable'
import { KINDS } from '../../../shared/kinds'
import { trainingStats } from '../../../shared/trainings/trainingStats'
import { enterTarget, signInMatches } from '../../../renderer/features/trainings/signInMatches'
import type { Registrant } from '../../../renderer/features/trainings/signInMatches'

const person = (id: string, name: string, unit: string, attended = false): Registrant => ({
  id,
  name,
  unit,
  title: '',
  attended,
})
const people = [
  person('a', '王海涛', '天津海河科技有限公司'),
  person('b', '王丽娜', '天津津南制造有限公司'),
  person('c', '李 建国', '天津海河科技有限公司', true),
]

describe('签到 at the door', () => {
  it('matches two characters of a name or unit, those not yet signed in first', () => {
    expect(signInMatches(people, '王')).toEqual([])
    expect(signInMatches(people, '海涛').map((p) => p.id)).toEqual(['a'])
    expect(signInMatches(people, '建国').map((p) => p.id)).toEqual(['c'])
    expect(signInMatches(people, '海河').map((p) => p.id)).toEqual(['a', 'c'])
  })

  it('signs in on Enter only the one match waiting, and says why not otherwise', () => {
    expect(enterTarget(signInMatches(people, '海河'))).toEqual({ sign: people[0] })
    expect(enterTarget(signInMatches(people, '天津'))).toEqual({
      message: '有 2 人匹配，请再输入几个字或点选',
    })
    expect(enterTarget(signInMatches(people, '建国'))).toEqual({ message: '李 建国 已签到' })
    expect(enterTarget(signInMatches(people, '赵敏'))).toEqual({
      message: '没有匹配的报名，可用“现场报名”添加',
    })
  })
})

describe('培训', () => {
  it('starts as a 培训班 and refuses an end before its start', () => {
    expect(KINDS.training.empty().type).toBe('培训班')
    const result = KINDS.training.schema.safeParse({
      ...KINDS.training.empty(),
      name: '培训',
      startAt: '2026-12-15T09:00',
      endAt: '2026-12-15T08:00',
    })
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['结束时间不能早于开始时间'])
  })

  it('keeps its 日程 as items, a problem named by its row', () => {
    const result = KINDS.training.schema.safeParse({
      ...KINDS.training.empty(),
      name: '培训',
      schedule: [
        { id: 's1', topic: '政策解读', speaker: '市知识产权局', time: '09:00' },
        { id: 's2', topic: '', speaker: '法官' },
      ],
    })
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['第 2 项：请填写主题'])
  })
})

describe('生成签到表 of a training', () => {
  it('has a row for each registrant, five to spare, 小四 so that six columns fit', () => {
    const generator = generatorById('training-sign-in')
    if (!generator) throw new Error('registered')
    const definition = generator.run(
      {
        record: { ...KINDS.training.empty(), id: 't', name: '知识产权培训班', location: '报告厅' },
        children: {
          registration: ['王海涛', '王丽娜'].map((name, index) => ({
            ...KINDS.registration.empty(),
            id: `r${String(index)}`,
            name,
            unit: '天津海河科技有限公司',
            phone: '13800221234',
          })),
        },
        titleOf: () => undefined,
      },
      { issuer: '天津市工商业联合会', today: '2026-12-07' },
    )
    expect(validateDefinition(definition).ok).toBe(true)
    const table = definition.body.find((block) => block.type === 'table')
    if (table?.type !== 'table') throw new Error('a table')
    expect(table.columns).toEqual(['序号', '单位', '姓名', '职务', '联系电话', '签名'])
    expect(table.rows).toHaveLength(7)
    expect(table.rows[1]).toEqual(['2', '天津海河科技有限公司', '王丽娜', '', '13800221234', ''])
    expect(table.small).toBe(true)
    expect(definition.title).toBe('知识产权培训班签到表')
  })

  it('narrows the columns that may wrap when the text does not all fit, then the widest', () => {
    expect(fitWidths([3, 4, 5], 20, [true, false, false])).toEqual([3, 4, 5])
    // 单位 (14) and 职务 (8) give up the 8 missing in proportion; 姓名 and 电话 keep their width.
    const widths = fitWidths([14, 4, 8, 7.5], 25.5, [true, false, true, false])
    expect(widths.map((w) => Math.round(w * 100) / 100)).toEqual([8.91, 4, 5.09, 7.5])
    // 职务 would fall below four characters: it keeps four, 单位 gives up the rest.
    expect(fitWidths([14, 4, 6, 7.5], 22, [true, false, true, false])).toEqual([6.5, 4, 4, 7.5])
    // Past four characters, the widest share what is left.
    expect(fitWidths([14, 4, 12], 16, [true, false, false])).toEqual([6, 4, 6])
  })
})

describe('导入报名表', () => {
  const registration = KINDS.registration
  const header = ['姓名', '单位', '职务', '联系电话']
  const check = (rows: string[][], children: ReadonlyMap<string, string> = new Map()) =>
    checkImportRows(
      registration,
      { rows: [header, ...rows], issues: [] },
      0,
      autoMapColumns(registration, header),
      () => undefined,
      { id: 't1', children },
    )

  it('imports each row into the training, refusing a person already registered or twice in the file', () => {
    const rows = check(
      [
        ['王海涛', '天津海河科技有限公司', '法务主管', '13800221234'],
        ['王丽娜', '天津津南制造有限公司', '', ''],
        ['王 海涛', '天津海河科技', '', '13800221234'],
        ['李建国', '天津海河科技有限公司', '', '138'],
        ['', '天津西青电子有限公司', '', ''],
      ],
      new Map([['李建国|138', '李建国']]),
    )
    expect(rows.map((row) => row.status)).toEqual(['ok', 'ok', 'refused', 'refused', 'refused'])
    expect(rows[0]?.data?.parentId).toBe('t1')
    expect(rows[2]?.reasons).toEqual(['与第2行重复'])
    expect(rows[3]?.reasons).toEqual(['与已有的报名“李建国”重复'])
    expect(rows[4]?.reasons).toEqual(['请填写姓名'])
  })
})

describe('生成培训总结', () => {
  const registration = (fields: Record<string, unknown>, index: number) => ({
    ...KINDS.registration.empty(),
    id: `r${String(index)}`,
    parentId: 't',
    ...fields,
  })
  const registrations = [
    { name: '王海涛', unit: '天津海河科技有限公司', attended: '已签到', satisfaction: '5' },
    { name: '李建国', unit: '天津海河科技 有限公司', attended: '已签到', satisfaction: '4' },
    { name: '王丽娜', unit: '天津津南制造有限公司', attended: '', satisfaction: '' },
    {
      name: '赵敏',
      unit: '天津西青电子有限公司',
      source: '现场',
      attended: '已签到',
      satisfaction: '3',
      feedback: '希望多讲案例。',
    },
  ].map(registration)

  it('counts who registered, came, from how many units, and how satisfied they were', () => {
    const stats = trainingStats(registrations)
    expect(stats).toMatchObject({
      registered: 4,
      attended: 3,
      walkIns: 1,
      units: 2,
      rated: 3,
      average: 4,
      satisfiedShare: 66.7,
      comments: ['希望多讲案例。'],
    })
  })

  it('counts the 匿名反馈 with the attendees’ ratings and comments', () => {
    const anonymous = [
      { ...KINDS.trainingFeedback.empty(), id: 'f1', satisfaction: '5', comment: '很实用' },
      {
        ...KINDS.trainingFeedback.empty(),
        id: 'f2',
        satisfaction: '2',
        comment: ' 希望多讲案例。',
      },
    ]
    const stats = trainingStats(registrations, anonymous)
    expect(stats).toMatchObject({ attended: 3, rated: 5, average: 3.8, satisfiedShare: 60 })
    expect(stats.ratings.find((r) => r.score === 5)?.count).toBe(2)
    expect(stats.comments).toEqual(['希望多讲案例。', '很实用'])
  })

  it('refuses a 匿名反馈 without a 满意度', () => {
    const result = KINDS.trainingFeedback.schema.safeParse({
      ...KINDS.trainingFeedback.empty(),
      parentId: 't',
      comment: '很好',
    })
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['请选择满意度'])
  })

  it('says the counts, the 日程 and the feedback in a valid 报告', () => {
    const generator = generatorById('training-summary')
    if (!generator) throw new Error('registered')
    const definition = generator.run(
      {
        record: {
          ...KINDS.training.empty(),
          id: 't',
          name: '商标保护政策宣讲会',
          type: '政策宣讲',
          startAt: '2026-12-15T14:00',
          schedule: [{ id: 's1', topic: '商标保护政策解读', speaker: '市知识产权局' }],
        },
        children: { registration: registrations },
        titleOf: () => undefined,
      },
      { issuer: '天津市知识产权局', today: '2026-12-16' },
    )
    expect(validateDefinition(definition).ok).toBe(true)
    const text = JSON.stringify(definition.body)
    expect(text).toContain('报名4人，实到3人（其中现场报名1人），到课率75%，来自2家企业和单位')
    expect(text).toContain('1. 商标保护政策解读（市知识产权局）。')
    expect(text).toContain(
      '收回满意度评价3份，平均4分（满分5分），非常满意1人、满意1人、一般1人，满意率66.7%',
    )
    expect(text).toContain('学员反映：希望多讲案例。')
    expect(definition.title).toBe('商标保护政策宣讲会总结')
  })
})

describe('生成培训通知', () => {
  const notice = (fields: Record<string, unknown>, today = '2026-12-07') => {
    const generator = generatorById('training-notice')
    if (!generator) throw new Error('registered')
    return generator.run(
      {
        record: { ...KINDS.training.empty(), id: 't', name: '知识产权保护培训班', ...fields },
        children: {},
        titleOf: (_kind, id) => ({ o1: '天津市知识产权局', o2: '天津市工商业联合会' })[id],
      },
      { issuer: '天津市知识产权局', today },
    )
  }

  it('is a 文件 with the 日程 table and a 报名回执表 whose columns 导入报名表 reads back', () => {
    const definition = notice({
      startAt: '2026-12-15T09:00',
      endAt: '2026-12-15T11:30',
      location: '市知识产权局报告厅',
      hosts: ['org:o1'],
      organizers: ['org:o2'],
      audience: '民营企业知识产权负责人',
      capacity: 60,
      schedule: [
        { id: 's1', topic: '商标保护政策解读', speaker: '张伟', time: '9:00—10:00' },
        { id: 's2', topic: '专利质押融资实务', speaker: '', time: '10:10—11:30' },
      ],
    })
    expect(validateDefinition(definition).ok).toBe(true)
    expect(definition.title).toBe('关于举办知识产权保护培训班的通知')
    const text = JSON.stringify(definition.body)
    expect(text).toContain(
      '定于2026年12月15日上午9:00至11:30在市知识产权局报告厅举办知识产权保护培训班',
    )
    expect(text).toContain('主办单位：天津市知识产权局；承办单位：天津市工商业联合会。')
    expect(text).toContain('民营企业知识产权负责人。名额60人，额满为止。')
    expect(text).toContain('请于2026年12月10日前填写报名回执表（见附件），报送天津市工商业联合会。')
    const schedule = definition.body.find((block) => block.type === 'table')
    expect(schedule).toMatchObject({
      columns: ['时间', '主题', '主讲人'],
      rows: [
        ['9:00—10:00', '商标保护政策解读', '张伟'],
        ['10:10—11:30', '专利质押融资实务', ''],
      ],
    })
    const reply = definition.attachments?.[0]
    expect(reply?.title).toBe('知识产权保护培训班报名回执表')
    const table = reply?.body?.[0]
    if (table?.type !== 'table') throw new Error('a table')
    const mapped = autoMapColumns(KINDS.registration, table.columns)
    expect(mapped.every((field) => field !== null)).toBe(true)
    expect(table.rows.length).toBeGreaterThan(5)
  })

  it('drops the columns no session has, and asks for replies soon when the date is near', () => {
    const definition = notice(
      { startAt: '2026-12-09T14:00', schedule: [{ id: 's1', topic: '案例研讨' }] },
      '2026-12-08',
    )
    expect(definition.body.find((block) => block.type === 'table')).toMatchObject({
      columns: ['主题'],
      rows: [['案例研讨']],
    })
    expect(JSON.stringify(definition.body)).toContain('请尽快填写报名回执表')
  })
})
