import type { DocumentDefinitionInput } from '../../../shared/documents/definition'
import type { TemplateContext } from '../../../shared/documents/templates'
import { GENERATED_KIND, generatorById, type DocumentGenerator } from '../../../shared/generators'
import { childKindsOf, type KindName } from '../../../shared/kinds'
import { referenceKey } from '../../../shared/kinds/display'
import { useLiveData } from '../../data/hooks'
import { userMessage } from '../../data/errors'

/** The record a document is written from. */
export interface DocumentSource {
  readonly kind: KindName
  readonly id: string
}

export type Generated =
  | { readonly state: 'none' }
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | {
      readonly state: 'ready'
      readonly generator: DocumentGenerator
      readonly definition: DocumentDefinitionInput
      readonly source: DocumentSource
    }

const NO_KINDS: readonly KindName[] = []

/**
 * /documents/new?generator=…&source=…: the definition a kind's generator makes from the source
 * record and its children ('none' without those parameters).
 */
export function useGeneratedDefinition(
  generatorId: string | null,
  sourceId: string | null,
  context: TemplateContext | undefined,
): Generated {
  const generator = generatorId ? generatorById(generatorId) : undefined
  const kind = generator?.kind
  const read = useLiveData(
    async (api) => {
      if (!kind || !sourceId || !context) return undefined
      const source = await api.recordWithChildren(kind, sourceId)
      if (!source || !generator.minutesSeries) return source
      // A 纪要 takes the next 期号 of its series now; the editor shows it for review.
      const series = generator.minutesSeries(source.record, context)
      return { ...source, minutesIssue: await api.nextMinutesIssue(series) }
    },
    kind ? [kind, ...childKindsOf(kind), GENERATED_KIND] : NO_KINDS,
    `${generatorId ?? ''}|${sourceId ?? ''}|${context ? 'ready' : ''}`,
  )
  if (generatorId === null && sourceId === null) return { state: 'none' }
  if (!generator || !sourceId) return { state: 'failed', message: '找不到要生成的公文类型' }
  if (read.error) return { state: 'failed', message: userMessage(read.error) }
  if (read.loading || !context) return { state: 'loading' }
  if (!read.data) return { state: 'failed', message: '生成公文的记录不存在或已被删除' }
  const { record, children, titles, referenced } = read.data
  const minutesIssue = 'minutesIssue' in read.data ? read.data.minutesIssue : undefined
  try {
    const definition = generator.run(
      {
        record,
        children,
        titleOf: (target, id) => titles.get(referenceKey(target, id)),
        recordOf: (target, id) => referenced.get(referenceKey(target, id)),
        ...(minutesIssue === undefined ? {} : { minutesIssue }),
      },
      context,
    )
    return { state: 'ready', generator, definition, source: { kind: generator.kind, id: sourceId } }
  } catch (error) {
    return { state: 'failed', message: userMessage(error) }
  }
}
