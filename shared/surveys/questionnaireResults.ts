import { keptAnswers, type Answers, type Question } from './questionnaire'
import { percentOf } from '../charts/counts'

export interface OptionCount {
  readonly option: string
  readonly count: number
  /** Of the visits that answered the question, in percent to one decimal. */
  readonly percent: number
}

export type QuestionResult =
  | {
      readonly type: 'single' | 'multiple'
      readonly question: Question
      readonly answered: number
      readonly options: readonly OptionCount[]
    }
  | {
      readonly type: 'number'
      readonly question: Question
      readonly answered: number
      readonly sum: number
      readonly average: number
      readonly min: number
      readonly max: number
    }
  | {
      readonly type: 'text'
      readonly question: Question
      readonly answered: number
      readonly texts: readonly string[]
    }
  | {
      readonly type: 'date'
      readonly question: Question
      readonly answered: number
      readonly earliest: string
      readonly latest: string
    }

const roundTo2 = (value: number) => Math.round(value * 100) / 100

/**
 * The questionnaire's results over the visits' answers: per option its count and share of the
 * visits that answered (a multiple choice's shares may add up past 100 %), sums and averages
 * of numbers, the texts, the span of dates. Only answers a visit could see count (an answer
 * left from before a condition changed does not).
 */
export function questionnaireResults(
  questions: readonly Question[],
  visits: readonly Answers[],
): QuestionResult[] {
  const kept = visits.map((answers) => keptAnswers(questions, answers))
  return questions.map((question): QuestionResult => {
    const answers = kept.flatMap((a) => (a[question.id] === undefined ? [] : [a[question.id]]))
    const answered = answers.length
    switch (question.type) {
      case 'single':
      case 'multiple': {
        const picked = answers.flatMap((a) => (Array.isArray(a) ? a : [a]))
        const options = question.options.map((option) => {
          const count = picked.filter((p) => p === option).length
          return { option, count, percent: percentOf(count, answered) }
        })
        return { type: question.type, question, answered, options }
      }
      case 'number': {
        const numbers = answers.filter((a): a is number => typeof a === 'number')
        const sum = roundTo2(numbers.reduce((total, n) => total + n, 0))
        return {
          type: 'number',
          question,
          answered: numbers.length,
          sum,
          average: numbers.length === 0 ? 0 : roundTo2(sum / numbers.length),
          min: numbers.length === 0 ? 0 : Math.min(...numbers),
          max: numbers.length === 0 ? 0 : Math.max(...numbers),
        }
      }
      case 'text': {
        const texts = answers.filter((a): a is string => typeof a === 'string')
        return { type: 'text', question, answered: texts.length, texts }
      }
      case 'date': {
        const dates = answers.filter((a): a is string => typeof a === 'string').sort()
        return {
          type: 'date',
          question,
          answered: dates.length,
          earliest: dates[0] ?? '',
          latest: dates.at(-1) ?? '',
        }
      }
    }
  })
}
