import type { KindName } from '../kinds'
import { briefingIssue } from './briefingIssue'
import { enterpriseServiceLetter } from './enterpriseServiceLetter'
import { meetingMinutes } from './meetingMinutes'
import { meetingNotice } from './meetingNotice'
import { meetingSignIn } from './meetingSignIn'
import type { DocumentGenerator } from './generator'
import { actionItemList } from './actionItemList'
import { liaisonBulletin } from './liaisonBulletin'
import { opinionSummary } from './opinionSummary'
import { surveyPlan } from './surveyPlan'
import { surveyReport } from './surveyReport'
import { trainingNotice } from './trainingNotice'
import { trainingSignIn } from './trainingSignIn'
import { trainingSummary } from './trainingSummary'
import type { ListReport } from './listReport'

/** Every document generator; a module adds its own here (its meeting notices, its reports). */
export const GENERATORS: readonly DocumentGenerator[] = [
  enterpriseServiceLetter,
  meetingNotice,
  meetingMinutes,
  meetingSignIn,
  opinionSummary,
  surveyPlan,
  surveyReport,
  trainingNotice,
  trainingSignIn,
  trainingSummary,
  briefingIssue,
]

/** Every document made from what a kind's list shows. */
export const LIST_REPORTS: readonly ListReport[] = [actionItemList, liaisonBulletin]

export const listReportsOf = (kind: KindName): readonly ListReport[] =>
  LIST_REPORTS.filter((report) => report.kind === kind)

export const listReportById = (id: string): ListReport | undefined =>
  LIST_REPORTS.find((report) => report.id === id)

/** The kind that holds generated documents (the 发文登记). */
export const GENERATED_KIND: KindName = 'document'

export const generatorsOf = (kind: KindName): readonly DocumentGenerator[] =>
  GENERATORS.filter((generator) => generator.kind === kind)

export const generatorById = (id: string): DocumentGenerator | undefined =>
  GENERATORS.find((generator) => generator.id === id)

export { GeneratorSourceError } from './generator'
export { LIST_REPORT_MAX_ROWS } from './listReport'
export type { ListReport, ListReportSource } from './listReport'
export type { DocumentGenerator, GeneratorSource, MinutesSeries, SourceRow } from './generator'
