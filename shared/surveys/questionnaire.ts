import { isIsoDate } from '../documents/chineseDate'
import { z } from '../zod'

/**
 * A survey's 问卷: questions answered on each visit. Skip logic as field workers know it from
 * ODK/KoboToolbox: a question may be shown only when an earlier single or multiple choice
 * question got a given answer ("relevant" there, 显示条件 here).
 */
export const QUESTION_TYPES = [
  { value: 'single', label: '单选' },
  { value: 'multiple', label: '多选' },
  { value: 'number', label: '数字' },
  { value: 'text', label: '文本' },
  { value: 'date', label: '日期' },
] as const

export type QuestionType = (typeof QUESTION_TYPES)[number]['value']

/** Whether questions of a type are answered by picking options (单选, 多选). */
export const isChoiceType = (type: QuestionType) => type === 'single' || type === 'multiple'

const TYPE_VALUES = QUESTION_TYPES.map((type) => type.value) as [QuestionType, ...QuestionType[]]

export const MAX_QUESTIONS = 100
export const MAX_OPTIONS = 30

const questionSchema = z
  .object({
    id: z.string().min(1).max(40),
    type: z.enum(TYPE_VALUES, { error: '题型不是有效的选项' }),
    title: z.string().trim().min(1, '请填写题目').max(200, '题目不能超过 200 字'),
    required: z.boolean().default(false),
    options: z
      .array(z.string().trim().min(1, '选项不能为空').max(100, '选项不能超过 100 字'))
      .max(MAX_OPTIONS, `选项不能超过 ${String(MAX_OPTIONS)} 个`)
      .default([]),
    min: z.number().optional(),
    max: z.number().optional(),
    showIf: z.object({ question: z.string().min(1), answer: z.string().min(1) }).optional(),
  })
  .superRefine((question, ctx) => {
    if (isChoiceType(question.type) && question.options.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选择题至少要有两个选项' })
    }
    if (new Set(question.options).size !== question.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选项不能重复' })
    }
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: '最大值不能小于最小值' })
    }
  })

export type Question = z.infer<typeof questionSchema>

/** The questions, in order; a condition may only look back, at a choice question's option. */
export const questionnaireSchema = z
  .array(questionSchema)
  .max(MAX_QUESTIONS, `问卷不能超过 ${String(MAX_QUESTIONS)} 题`)
  .default([])
  .superRefine((questions, ctx) => {
    const seen = new Map<string, Question>()
    questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: '题目编号重复' })
      }
      const condition = question.showIf
      if (condition) {
        const source = seen.get(condition.question)
        if (!source || !isChoiceType(source.type)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'showIf'],
            message: `第 ${String(index + 1)} 题的显示条件只能取自它之前的选择题`,
          })
        } else if (!source.options.includes(condition.answer)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'showIf'],
            message: `第 ${String(index + 1)} 题的显示条件“${condition.answer}”不是所选题目的选项`,
          })
        }
      }
      seen.set(question.id, question)
    })
  })

/** One visit's answers: a choice's option (or options), a number, a text or a date. */
export type Answer = string | string[] | number
export type Answers = Readonly<Record<string, Answer>>

export const answersSchema = z
  .record(
    z.string().max(40),
    z.union([
      z.string().max(2000, '回答不能超过 2000 字'),
      z.array(z.string().max(100)).max(MAX_OPTIONS),
      z.number(),
    ]),
  )
  .default({})

const isBlank = (answer: Answer | undefined) =>
  answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)

/** Whether a question is shown, given the answers so far (its condition's question shown too). */
export function isShown(
  question: Question,
  questions: readonly Question[],
  answers: Answers,
): boolean {
  const condition = question.showIf
  if (!condition) return true
  const source = questions.find((q) => q.id === condition.question)
  if (!source || !isShown(source, questions, answers)) return false
  const answer = answers[source.id]
  return Array.isArray(answer) ? answer.includes(condition.answer) : answer === condition.answer
}

/** The questions shown for these answers, in order. */
export const shownQuestions = (questions: readonly Question[], answers: Answers) =>
  questions.filter((question) => isShown(question, questions, answers))

export interface AnswerProblem {
  readonly question: string
  readonly message: string
}

/** What is wrong with one answer, or null: its type, its options, its range. */
function answerProblem(question: Question, answer: Answer): string | null {
  switch (question.type) {
    case 'single':
      return typeof answer === 'string' && question.options.includes(answer)
        ? null
        : '请选择一个选项'
    case 'multiple':
      return Array.isArray(answer) && answer.every((a) => question.options.includes(a))
        ? null
        : '请选择列出的选项'
    case 'number': {
      if (typeof answer !== 'number') return '请填写数字'
      if (question.min !== undefined && answer < question.min)
        return `不能小于 ${String(question.min)}`
      if (question.max !== undefined && answer > question.max)
        return `不能大于 ${String(question.max)}`
      return null
    }
    case 'text':
      return typeof answer === 'string' ? null : '请填写文字'
    case 'date':
      return typeof answer === 'string' && isIsoDate(answer)
        ? null
        : '不是有效的日期，请写成 2026-12-02'
  }
}

/**
 * Checks a visit's answers against its survey's questions: each shown question's answer has
 * the right type, option and range; `complete` also wants every shown required question
 * answered (a visit marked 已完成). Answers to hidden questions are not checked (they are
 * dropped on save, see `keptAnswers`).
 */
export function checkAnswers(
  questions: readonly Question[],
  answers: Answers,
  complete: boolean,
): AnswerProblem[] {
  const problems: AnswerProblem[] = []
  for (const question of shownQuestions(questions, answers)) {
    const answer = answers[question.id]
    if (isBlank(answer)) {
      if (complete && question.required) problems.push({ question: question.id, message: '必答' })
      continue
    }
    const problem = answerProblem(question, answer as Answer)
    if (problem) problems.push({ question: question.id, message: problem })
  }
  return problems
}

/** The shown required questions still without an answer (a visit cannot be 已完成 with any). */
export function openRequired(questions: readonly Question[], answers: Answers): Question[] {
  return shownQuestions(questions, answers).filter(
    (question) => question.required && isBlank(answers[question.id]),
  )
}

/** The answers worth keeping: those of shown questions, blanks left out. */
export function keptAnswers(questions: readonly Question[], answers: Answers): Answers {
  const kept: Record<string, Answer> = {}
  for (const question of shownQuestions(questions, answers)) {
    const answer = answers[question.id]
    if (!isBlank(answer)) kept[question.id] = answer as Answer
  }
  return kept
}
