import { describe, expect, it } from 'vitest'
import {
  checkAnswers,
  keptAnswers,
  questionnaireSchema,
  shownQuestions,
  type Answers,
  type Question,
} from '../../../shared/surveys/questionnaire'
import { questionnaireResults } from '../../../shared/surveys/questionnaireResults'

const q = (question: Partial<Question> & Pick<Question, 'id' | 'type' | 'title'>): Question => ({
  required: false,
  options: [],
  ...question,
})

const QUESTIONS: Question[] = [
  q({ id: 'q1', type: 'single', title: '是否遭遇过侵权', options: ['是', '否'], required: true }),
  q({
    id: 'q2',
    type: 'multiple',
    title: '侵权类型',
    options: ['专利', '商标', '著作权'],
    required: true,
    showIf: { question: 'q1', answer: '是' },
  }),
  q({ id: 'q3', type: 'number', title: '研发人员数', min: 0, max: 10000 }),
  q({ id: 'q4', type: 'text', title: '其他诉求' }),
  q({
    id: 'q5',
    type: 'date',
    title: '最近一次维权日期',
    showIf: { question: 'q2', answer: '商标' },
  }),
]

describe('questionnaire', () => {
  it('accepts a questionnaire whose conditions look back at choice questions', () => {
    expect(questionnaireSchema.safeParse(QUESTIONS).success).toBe(true)
  })

  it.each([
    [
      'a choice question with one option',
      [q({ id: 'a', type: 'single', title: '甲', options: ['是'] })],
      '至少要有两个选项',
    ],
    [
      'repeated options',
      [q({ id: 'a', type: 'multiple', title: '甲', options: ['是', '是'] })],
      '选项不能重复',
    ],
    [
      'a minimum above the maximum',
      [q({ id: 'a', type: 'number', title: '甲', min: 5, max: 1 })],
      '最大值不能小于最小值',
    ],
    ['an empty title', [q({ id: 'a', type: 'text', title: '  ' })], '请填写题目'],
    [
      'a condition on a later question',
      [
        q({ id: 'a', type: 'text', title: '甲', showIf: { question: 'b', answer: '是' } }),
        q({ id: 'b', type: 'single', title: '乙', options: ['是', '否'] }),
      ],
      '只能取自它之前的选择题',
    ],
    [
      'a condition on an option that is not there',
      [
        q({ id: 'a', type: 'single', title: '甲', options: ['是', '否'] }),
        q({ id: 'b', type: 'text', title: '乙', showIf: { question: 'a', answer: '也许' } }),
      ],
      '不是所选题目的选项',
    ],
  ])('refuses %s in Chinese', (_name, questions, message) => {
    const parsed = questionnaireSchema.safeParse(questions)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((issue) => issue.message).join('；')).toContain(message)
  })

  it('shows a question only when the answer it depends on was given, through a chain', () => {
    const ids = (answers: Record<string, string | string[] | number>) =>
      shownQuestions(QUESTIONS, answers).map((question) => question.id)
    expect(ids({})).toEqual(['q1', 'q3', 'q4'])
    expect(ids({ q1: '是' })).toEqual(['q1', 'q2', 'q3', 'q4'])
    expect(ids({ q1: '是', q2: ['商标'] })).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
    // q5 hangs on q2, which hangs on q1: answering 否 hides both.
    expect(ids({ q1: '否', q2: ['商标'] })).toEqual(['q1', 'q3', 'q4'])
  })

  it('checks types, options and ranges always, and required questions when complete', () => {
    const answers = { q1: '是', q3: -1, q5: '2026-13-01' }
    expect(checkAnswers(QUESTIONS, answers, false)).toEqual([
      { question: 'q3', message: '不能小于 0' },
    ])
    expect(checkAnswers(QUESTIONS, answers, true)).toEqual([
      { question: 'q2', message: '必答' },
      { question: 'q3', message: '不能小于 0' },
    ])
    expect(checkAnswers(QUESTIONS, { q1: '也许' }, false)).toEqual([
      { question: 'q1', message: '请选择一个选项' },
    ])
    expect(checkAnswers(QUESTIONS, { q1: '是', q2: ['商标'], q5: '2026-13-01' }, false)).toEqual([
      { question: 'q5', message: '不是有效的日期，请写成 2026-12-02' },
    ])
  })

  it('keeps only the answers of shown questions', () => {
    expect(keptAnswers(QUESTIONS, { q1: '否', q2: ['专利'], q4: '', q3: 12 })).toEqual({
      q1: '否',
      q3: 12,
    })
  })
})

describe('questionnaire results', () => {
  const visits: Answers[] = [
    { q1: '是', q2: ['专利', '商标'], q3: 40, q4: '希望培训', q5: '2026-05-01' },
    { q1: '是', q2: ['商标'], q3: 10, q5: '2026-03-02' },
    { q1: '否', q2: ['专利'], q3: 5 },
    {},
  ]
  const results = questionnaireResults(QUESTIONS, visits)

  it('counts each option over the visits that answered, hidden answers left out', () => {
    expect(results[0]).toMatchObject({
      answered: 3,
      options: [
        { option: '是', count: 2, percent: 66.7 },
        { option: '否', count: 1, percent: 33.3 },
      ],
    })
    // The third visit's 专利 was given while q2 was hidden: it does not count.
    expect(results[1]).toMatchObject({
      answered: 2,
      options: [
        { option: '专利', count: 1, percent: 50 },
        { option: '商标', count: 2, percent: 100 },
        { option: '著作权', count: 0, percent: 0 },
      ],
    })
  })

  it('sums and averages numbers, lists texts and spans dates', () => {
    expect(results[2]).toMatchObject({ answered: 3, sum: 55, average: 18.33, min: 5, max: 40 })
    expect(results[3]).toMatchObject({ answered: 1, texts: ['希望培训'] })
    expect(results[4]).toMatchObject({ answered: 2, earliest: '2026-03-02', latest: '2026-05-01' })
  })

  it('gives zeros, not NaN, when nobody answered', () => {
    const none = questionnaireResults(QUESTIONS, [])
    expect(none[0]).toMatchObject({ answered: 0, options: [{ percent: 0 }, { percent: 0 }] })
    expect(none[2]).toMatchObject({ answered: 0, sum: 0, average: 0, min: 0, max: 0 })
  })
})
