import { openRequired, type Answers } from '../../../shared/surveys/questionnaire'
import type { DataApi } from '../../data/api'

/**
 * A visit is 已完成 only with every shown required question of its survey's 问卷 answered: the
 * counts of finished visits are what a report is drawn from. Going back to 草稿 is always allowed.
 */
export async function checkVisitMove(
  api: DataApi,
  visit: Readonly<Record<string, unknown>> & { readonly id: string },
  to: string,
): Promise<string | null> {
  if (to !== 'done' || typeof visit.parentId !== 'string') return null
  const survey = await api.getRecord('survey', visit.parentId)
  const questions = survey?.questionnaire ?? []
  const open = openRequired(questions, (visit.answers ?? {}) as Answers)
  if (open.length === 0) return null
  const numbers = open.map((question) => `第 ${String(questions.indexOf(question) + 1)} 题`)
  return `问卷还有必答题未答（${numbers.join('、')}），请先在“问卷”中填写并保存，再标记为已完成`
}
