import { describe, expect, it } from 'vitest'
import {
  draftOf,
  newQuestionDraft,
  questionsOf,
  type QuestionDraft,
} from '../../../renderer/features/surveys/questionDrafts'

const draft = (patch: Partial<QuestionDraft>): QuestionDraft => ({
  ...newQuestionDraft(),
  ...patch,
})

describe('questionnaire drafts', () => {
  it('reads options a line each, limits as numbers, and a condition as question and answer', () => {
    const first = draft({ title: '是否遭遇侵权', options: ' 是 \n\n否\n' })
    const second = draft({
      type: 'number',
      title: '研发人员数',
      min: '0',
      max: '1e5',
      options: '残留选项',
      showIf: `${first.id}|是`,
    })
    const read = questionsOf([first, second])
    expect(read).toEqual({
      ok: true,
      questions: [
        {
          id: first.id,
          type: 'single',
          title: '是否遭遇侵权',
          required: false,
          options: ['是', '否'],
        },
        {
          id: second.id,
          type: 'number',
          title: '研发人员数',
          required: false,
          // A number question keeps no options left from when it was a choice.
          options: [],
          min: 0,
          max: 100000,
          showIf: { question: first.id, answer: '是' },
        },
      ],
    })
    if (read.ok)
      expect(read.questions.map(draftOf)).toEqual([
        { ...first, options: '是\n否' },
        { ...second, options: '', max: '100000' },
      ])
  })

  it('names the question of each problem', () => {
    const read = questionsOf([
      draft({ title: '甲', options: '是' }),
      draft({ type: 'number', title: '乙', max: '十' }),
      draft({ type: 'text', title: '' }),
    ])
    expect(read.ok).toBe(false)
    if (!read.ok)
      expect(read.problems).toEqual([
        '第 2 题的最大值应为数字',
        '第 1 题：选择题至少要有两个选项',
        '第 3 题：请填写题目',
      ])
  })
})
