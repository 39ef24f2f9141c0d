import { ulid } from 'ulid'
import {
  isChoiceType,
  questionnaireSchema,
  type Question,
  type QuestionType,
} from '../../../shared/surveys/questionnaire'

/** A question as the editor holds it: options as lines, limits and condition as typed. */
export interface QuestionDraft {
  readonly id: string
  readonly type: QuestionType
  readonly title: string
  readonly required: boolean
  readonly options: string
  readonly min: string
  readonly max: string
  /** `${questionId}|${option}`, or '' to show always. */
  readonly showIf: string
}

export const newQuestionDraft = (): QuestionDraft => ({
  id: ulid(),
  type: 'single',
  title: '',
  required: false,
  options: '',
  min: '',
  max: '',
  showIf: '',
})

export function draftOf(question: Question): QuestionDraft {
  return {
    id: question.id,
    type: question.type,
    title: question.title,
    required: question.required,
    options: question.options.join('\n'),
    min: question.min === undefined ? '' : String(question.min),
    max: question.max === undefined ? '' : String(question.max),
    showIf: question.showIf ? `${question.showIf.question}|${question.showIf.answer}` : '',
  }
}

/** A draft's options: its lines, trimmed, blank ones left out. */
export const optionLines = (draft: QuestionDraft): string[] =>
  draft.options
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

function limit(text: string, label: string, index: number): number | undefined | string {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : `第 ${String(index + 1)} 题的${label}应为数字`
}

/**
 * The questionnaire the drafts describe, checked by the survey's own schema, or the problems
 * in Chinese with the question's number. Options and limits a question's type does not use are
 * dropped, so switching a question from 单选 to 文本 leaves nothing stale behind.
 */
export function questionsOf(
  drafts: readonly QuestionDraft[],
): { ok: true; questions: Question[] } | { ok: false; problems: string[] } {
  const problems: string[] = []
  const questions = drafts.map((draft, index): Question => {
    const min = draft.type === 'number' ? limit(draft.min, '最小值', index) : undefined
    const max = draft.type === 'number' ? limit(draft.max, '最大值', index) : undefined
    for (const value of [min, max]) if (typeof value === 'string') problems.push(value)
    const [question = '', answer = ''] = draft.showIf.split('|')
    return {
      id: draft.id,
      type: draft.type,
      title: draft.title,
      required: draft.required,
      options: isChoiceType(draft.type) ? optionLines(draft) : [],
      ...(typeof min === 'number' ? { min } : {}),
      ...(typeof max === 'number' ? { max } : {}),
      ...(draft.showIf === '' ? {} : { showIf: { question, answer } }),
    }
  })
  const parsed = questionnaireSchema.safeParse(questions)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index] = issue.path
      const prefix =
        typeof index === 'number' && !issue.message.startsWith('第')
          ? `第 ${String(index + 1)} 题：`
          : ''
      problems.push(`${prefix}${issue.message}`)
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, questions }
}
