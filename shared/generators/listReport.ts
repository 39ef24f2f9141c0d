import type { DocumentDefinitionInput } from '../documents/definition'
import type { TemplateContext, TemplateId } from '../documents/templates'
import { KINDS, type KindData, type KindName } from '../kinds'
import type { ReferenceTitle } from '../kinds/display'
import type { Period } from '../text/periods'
import { GeneratorSourceError, type SourceRow } from './generator'

/** A document lists at most this many records; a wider list asks the user to narrow it. */
export const LIST_REPORT_MAX_ROWS = 1000

/** What a list's document reads: the records the list shows, and what it was narrowed to. */
export interface ListReportSource {
  readonly rows: readonly SourceRow[]
  readonly titleOf: ReferenceTitle
  /** The list's value filters (field → chosen values) and periods (field → period). */
  readonly filters: Readonly<Record<string, readonly string[]>>
  readonly periods: Readonly<Record<string, Period>>
}

interface TypedListSource<K extends KindName> extends Omit<ListReportSource, 'rows'> {
  readonly rows: readonly (KindData<K> & { readonly id: string })[]
}

interface ListReportSpec<K extends KindName> {
  /** Stable id, used in the editor's address. */
  readonly id: string
  readonly kind: K
  /** The button on the kind's list, e.g. 生成督办事项清单. */
  readonly label: string
  /** The template whose numbering series (机关代字) the document takes. */
  readonly template: TemplateId
  /** The order the records come in. */
  readonly sort: { readonly field: keyof KindData<K> & string; readonly direction: 'asc' | 'desc' }
  readonly build: (source: TypedListSource<K>, context: TemplateContext) => DocumentDefinitionInput
}

/**
 * A document made from what a kind's list shows (its search, filters and periods): 督办事项清单
 * of one unit's open items, 工作情况通报 of a quarter. The list's filters are its parameters, so
 * the user sees what the document will hold before making it.
 */
export interface ListReport extends Omit<ListReportSpec<KindName>, 'build' | 'sort'> {
  readonly sort: { readonly field: string; readonly direction: 'asc' | 'desc' }
  readonly run: (source: ListReportSource, context: TemplateContext) => DocumentDefinitionInput
}

export function defineListReport<K extends KindName>(spec: ListReportSpec<K>): ListReport {
  const { build, ...about } = spec
  return {
    ...about,
    run: (source, context) => {
      const rows = source.rows.map((row) => {
        const parsed = KINDS[spec.kind].schema.safeParse(row)
        if (!parsed.success) {
          throw new GeneratorSourceError(
            `有一条${KINDS[spec.kind].label}的内容不完整，无法生成公文：${parsed.error.issues[0]?.message ?? ''}`,
          )
        }
        return { ...(parsed.data as KindData<K>), id: row.id }
      })
      return build({ ...source, rows }, context)
    },
  }
}
