import { describe, expect, it } from 'vitest'
import type { DataApi } from '../../../renderer/data/api'
import { checkVisitMove } from '../../../renderer/features/surveys/checkVisitMove'
import { KINDS } from '../../../shared/kinds'

const survey = {
  ...KINDS.survey.empty(),
  id: 'S',
  title: '调研',
  questionnaire: [
    { id: 'q1', type: 'single', title: '甲', required: true, options: ['是', '否'] },
    {
      id: 'q2',
      type: 'text',
      title: '乙',
      required: true,
      options: [],
      showIf: { question: 'q1', answer: '是' },
    },
    { id: 'q3', type: 'number', title: '丙', required: true, options: [] },
  ],
}
// Only what the check reads: the survey by id.
const api = {
  getRecord: (kind: string, id: string) =>
    Promise.resolve(kind === 'survey' && id === 'S' ? survey : undefined),
} as unknown as DataApi

const visit = (answers: Record<string, unknown>) => ({ id: 'V', parentId: 'S', answers })

describe('marking a visit 已完成', () => {
  it('is refused while shown required questions are open, naming them', async () => {
    expect(await checkVisitMove(api, visit({ q1: '是' }), 'done')).toBe(
      '问卷还有必答题未答（第 2 题、第 3 题），请先在“问卷”中填写并保存，再标记为已完成',
    )
  })

  it('is allowed once they are answered; a hidden question does not count', async () => {
    expect(await checkVisitMove(api, visit({ q1: '否', q3: 0 }), 'done')).toBeNull()
  })

  it('never stops going back to 草稿, nor a visit whose survey has no 问卷', async () => {
    expect(await checkVisitMove(api, visit({}), 'draft')).toBeNull()
    expect(await checkVisitMove(api, { id: 'V', parentId: 'other' }, 'done')).toBeNull()
  })
})
