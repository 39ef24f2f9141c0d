import type { DocumentDefinitionInput } from '../../../shared/documents/definition'
import type { TemplateContext, TemplateId } from '../../../shared/documents/templates'
import {
  GENERATED_KIND,
  generatorById,
  LIST_REPORT_MAX_ROWS,
  listReportById,
} from '../../../shared/generators'
import { childKindsOf, KINDS, type KindName } from '../../../shared/kinds'
import { referenceKey } from '../../../shared/kinds/display'
import { useLiveData } from '../../data/hooks'
import { userMessage } from '../../data/errors'
import { listFiltersFromParams } from '../../records/useListState'

/** The record a document is written from. */
export interface DocumentSource {
  readonly kind: KindName
  readonly id: string
}

/**
 * What the editor's address asks to generate: a record's document (?generator=…&source=…) or
 * a list's (?report=…&list=<the list's own address parameters>).
 */
export interface GenerationRequest {
  readonly generator: string | null
  readonly source: string | null
  readonly report: string | null
  readonly list: string
}

export type Generated =
  | { readonly state: 'none' }
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | {
      readonly state: 'ready'
      /** The template whose numbering series the document takes. */
      readonly template: TemplateId
      readonly definition: DocumentDefinitionInput
      /** The record it is written from; none for a list's document. */
      readonly source?: DocumentSource
    }

const NO_KINDS: readonly KindName[] = []

/** The definition a kind's generator makes from the source record and its children. */
function useRecordDocument(
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
  if (generatorId === null) return { state: 'none' }
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
    return {
      state: 'ready',
      template: generator.template,
      definition,
      source: { kind: generator.kind, id: sourceId },
    }
  } catch (error) {
    return { state: 'failed', message: userMessage(error) }
  }
}

/** The definition a list's document makes from the records the list shows. */
function useListDocument(
  reportId: string | null,
  list: string,
  context: TemplateContext | undefined,
): Generated {
  const report = reportId ? listReportById(reportId) : undefined
  const kind = report?.kind
  const read = useLiveData(
    async (api) => {
      if (!report || !context) return undefined
      const filters = listFiltersFromParams(KINDS[report.kind], new URLSearchParams(list))
      const found = await api.listReportRows(report.kind, { ...filters, sort: report.sort })
      return { ...found, filters }
    },
    kind ? [kind] : NO_KINDS,
    `${reportId ?? ''}|${list}|${context ? 'ready' : ''}`,
  )
  if (reportId === null) return { state: 'none' }
  if (!report) return { state: 'failed', message: '找不到要生成的公文类型' }
  if (read.error) return { state: 'failed', message: userMessage(read.error) }
  if (read.loading || !context || !read.data) return { state: 'loading' }
  const { rows, total, titles, filters } = read.data
  if (total > LIST_REPORT_MAX_ROWS) {
    return {
      state: 'failed',
      message: `符合条件的${KINDS[report.kind].label}有 ${total.toLocaleString('zh-CN')} 条，一份公文最多列 ${String(LIST_REPORT_MAX_ROWS)} 条，请先在列表中缩小范围。`,
    }
  }
  try {
    const definition = report.run(
      {
        rows,
        titleOf: (target, id) => titles.get(referenceKey(target, id)),
        filters: filters.filters,
        periods: filters.periods,
      },
      context,
    )
    return { state: 'ready', template: report.template, definition }
  } catch (error) {
    return { state: 'failed', message: userMessage(error) }
  }
}

/**
 * /documents/new?generator=…&source=… or ?report=…&list=…: the definition to open the editor
 * on ('none' without those parameters).
 */
export function useGeneratedDefinition(
  request: GenerationRequest,
  context: TemplateContext | undefined,
): Generated {
  const fromRecord = useRecordDocument(request.generator, request.source, context)
  const fromList = useListDocument(request.report, request.list, context)
  return fromRecord.state !== 'none' ? fromRecord : fromList
}
