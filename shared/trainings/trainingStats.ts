import { percentOf } from '../charts/counts'
import { textOf } from '../kinds/display'
import { SIGNED_IN } from '../kinds/training'

/** What a training's 报名 add up to, for its 培训总结 and the statistics. */
export interface TrainingStats {
  readonly registered: number
  readonly attended: number
  /** Those who came, as a percentage (to one decimal) of those registered: 到课率. */
  readonly attendanceRate: number
  /** Of those who came, how many were not registered (现场). */
  readonly walkIns: number
  /** Units (an enterprise of 企业库, or a unit as written) of those who came. */
  readonly units: number
  /** Satisfaction given (1–5) by those who came and on 匿名反馈: how many of each, and their average. */
  readonly ratings: readonly { readonly score: number; readonly count: number }[]
  readonly rated: number
  readonly average: number
  /** Share (%) of ratings of 4 or 5, to one decimal. */
  readonly satisfiedShare: number
  /** The comments, each once. */
  readonly comments: readonly string[]
}

const round1 = (value: number) => Math.round(value * 10) / 10

type Row = Readonly<Record<string, unknown>>

/** The enterprise or unit a 报名 came from: the one of 企业库, else the unit as written ('' if none). */
export const unitKey = (registration: Row) =>
  textOf(registration.enterprise) || textOf(registration.unit).replace(/\s+/g, '')

/** A training's numbers from its 报名 and its 匿名反馈 (feedback handed in without a name). */
export function trainingStats(
  registrations: readonly Row[],
  anonymous: readonly Row[] = [],
): TrainingStats {
  const came = registrations.filter((r) => r.attended === SIGNED_IN)
  const units = new Set(came.map(unitKey).filter(Boolean))
  const scores = [...came, ...anonymous]
    .map((r) => Number(textOf(r.satisfaction)))
    .filter((n) => n >= 1 && n <= 5)
  const rated = scores.length
  return {
    registered: registrations.length,
    attended: came.length,
    attendanceRate: percentOf(came.length, registrations.length),
    walkIns: came.filter((r) => r.source === '现场').length,
    units: units.size,
    ratings: [5, 4, 3, 2, 1].map((score) => ({
      score,
      count: scores.filter((s) => s === score).length,
    })),
    rated,
    average: rated === 0 ? 0 : round1(scores.reduce((sum, s) => sum + s, 0) / rated),
    satisfiedShare: percentOf(scores.filter((s) => s >= 4).length, rated),
    comments: [
      ...new Set(
        [...came.map((r) => textOf(r.feedback)), ...anonymous.map((r) => textOf(r.comment))]
          .map((comment) => comment.trim())
          .filter(Boolean),
      ),
    ],
  }
}
