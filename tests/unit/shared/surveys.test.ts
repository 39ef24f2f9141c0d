import { describe, expect, it } from 'vitest'
import { KINDS } from '../../../shared/kinds'
import { displayValue } from '../../../shared/kinds/display'
import { encodeParty } from '../../../shared/kinds/parties'
import { sampleSurvey } from '../../../shared/samples/survey'
import { checkAnswers } from '../../../shared/surveys/questionnaire'
import { visitProgress } from '../../../shared/surveys/visitProgress'

const planned = (...ids: string[]) => ids.map((id) => encodeParty({ kind: 'enterprise', id }))
const noTitles = () => undefined

describe('visitProgress', () => {
  it('counts drafts and finished visits, and the planned enterprises nobody visited yet', () => {
    const progress = visitProgress(planned('A', 'B', 'C', 'D'), [
      { enterprise: 'A', state: 'done' },
      { enterprise: 'B', state: 'draft' },
      // A visit to an enterprise outside the plan counts too.
      { enterprise: 'X', state: 'draft' },
    ])
    expect(progress).toEqual({ drafts: 2, done: 1, notVisited: ['C', 'D'] })
  })

  it('takes a draft visit as visited, and lists a planned enterprise once', () => {
    const progress = visitProgress(planned('A', 'A', 'B'), [{ enterprise: 'B', state: 'draft' }])
    expect(progress.notVisited).toEqual(['A'])
  })
})

describe('survey and visit kinds', () => {
  const survey = (period: { start: string; end: string }) =>
    KINDS.survey.schema.safeParse({ ...KINDS.survey.empty(), title: '调研', period })

  it('reads 起止日期 as typed and refuses an end before the start', () => {
    const read = survey({ start: '2026年3月1日', end: '2026.3.20' })
    expect(read.success && read.data.period).toEqual({ start: '2026-03-01', end: '2026-03-20' })
    const refused = survey({ start: '2026-03-20', end: '2026-03-01' })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.message).toBe('结束日期不能早于开始日期')
    expect(survey({ start: '', end: '2026-03-01' }).error?.issues[0]?.message).toBe(
      '请填写起止日期的开始日期',
    )
  })

  it('shows 起止日期 as one span, a single day once', () => {
    const show = (start: string, end: string) =>
      displayValue(KINDS.survey, 'period', { start, end }, noTitles)
    expect(show('2026-03-01', '2026-03-20')).toBe('2026-03-01 至 2026-03-20')
    expect(show('2026-03-01', '2026-03-01')).toBe('2026-03-01')
  })

  it('starts a survey as 筹备', () => {
    expect(KINDS.survey.empty().status).toBe('筹备')
    expect(KINDS.survey.schema.parse({ ...KINDS.survey.empty(), title: '调研' }).status).toBe(
      '筹备',
    )
  })

  it('starts a visit as a 草稿 and needs its date and enterprise name', () => {
    const blank = KINDS.visit.schema.safeParse({ ...KINDS.visit.empty(), parentId: 'S' })
    expect(blank.success).toBe(false)
    const messages = blank.error?.issues.map((issue) => issue.message) ?? []
    expect(messages).toEqual(expect.arrayContaining(['请填写企业名称', '请填写走访日期']))
    const visit = KINDS.visit.schema.parse({
      ...KINDS.visit.empty(),
      parentId: 'S',
      enterpriseName: '天津甲公司',
      visitedOn: '2026-03-02',
    })
    expect(visit.state).toBe('draft')
  })
})

describe('the sample survey', () => {
  it('is a finished survey of 20 visits that each pass their schema', () => {
    const enterprises = Array.from({ length: 25 }, (_, i) => ({
      id: `E${String(i)}`,
      name: `天津${String(i)}公司`,
    }))
    const plan = sampleSurvey(
      { ipOffice: 'O1', federation: 'O2', contacts: ['C1', 'C2'], enterprises },
      '2026-12-07',
    )
    expect(KINDS.survey.schema.parse(plan.survey).status).toBe('已完成')
    expect(plan.visits).toHaveLength(20)
    for (const visit of plan.visits) {
      expect(KINDS.visit.schema.parse({ ...visit, parentId: 'S' }).state).toBe('done')
      expect(visit.visitedOn >= plan.survey.period.start).toBe(true)
      expect(visit.visitedOn <= plan.survey.period.end).toBe(true)
    }
    // Its 问卷 is valid, and every visit's answers pass it, required ones included.
    const questions = KINDS.survey.schema.parse(plan.survey).questionnaire
    expect(questions.length).toBeGreaterThan(0)
    for (const visit of plan.visits)
      expect(checkAnswers(questions, visit.answers, true)).toEqual([])
    const progress = visitProgress(plan.survey.plannedEnterprises, plan.visits)
    expect(progress).toEqual({ drafts: 0, done: 20, notVisited: [] })
  })
})
