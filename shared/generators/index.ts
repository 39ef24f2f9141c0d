import type { KindName } from '../kinds'
import { enterpriseServiceLetter } from './enterpriseServiceLetter'
import { meetingMinutes } from './meetingMinutes'
import { meetingNotice } from './meetingNotice'
import { meetingSignIn } from './meetingSignIn'
import type { DocumentGenerator } from './generator'

/** Every document generator; a module adds its own here (its meeting notices, its reports). */
export const GENERATORS: readonly DocumentGenerator[] = [
  enterpriseServiceLetter,
  meetingNotice,
  meetingMinutes,
  meetingSignIn,
]

/** The kind that holds generated documents (the 发文登记). */
export const GENERATED_KIND: KindName = 'document'

export const generatorsOf = (kind: KindName): readonly DocumentGenerator[] =>
  GENERATORS.filter((generator) => generator.kind === kind)

export const generatorById = (id: string): DocumentGenerator | undefined =>
  GENERATORS.find((generator) => generator.id === id)

export { GeneratorSourceError } from './generator'
export type { DocumentGenerator, GeneratorSource, MinutesSeries, SourceRow } from './generator'
