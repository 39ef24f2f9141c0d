import type { DocumentDefinitionInput } from '../documents/definition'
import type { TemplateContext, TemplateId } from '../documents/templates'
import { KINDS, type KindData, type KindName } from '../kinds'
import type { ReferenceTitle } from '../kinds/display'

/** A stored record as the data layer gives it: its fields and its id. */
export type SourceRow = Readonly<Record<string, unknown>> & { readonly id: string }

/** A 纪要 series: its mark (会商会纪要) and year; 期号 are counted per series. */
export interface MinutesSeries {
  readonly mark: string
  readonly year: number
}

/** What a generator reads: the record, its children by kind (in order), and reference titles. */
export interface GeneratorSource {
  readonly record: SourceRow
  readonly children: Readonly<Partial<Record<KindName, readonly SourceRow[]>>>
  readonly titleOf: ReferenceTitle
  /** A record the source refers to (a contact's 职务 and 单位 for a 签到表), if still there. */
  readonly recordOf?: (kind: KindName, id: string) => SourceRow | undefined
  /** The next 期号 of the generator's 纪要 series, when it declares one. */
  readonly minutesIssue?: number
}

/** The same, with the record parsed by its kind's schema. */
export interface TypedSource<K extends KindName> extends Omit<GeneratorSource, 'record'> {
  readonly record: KindData<K> & { readonly id: string }
}

/** Thrown when a stored record no longer fits its kind's schema (written by an older version). */
export class GeneratorSourceError extends Error {}

interface GeneratorSpec<K extends KindName> {
  /** Stable id, used in the editor's address. */
  readonly id: string
  readonly kind: K
  /** The button on the record's page, e.g. 生成企业服务情况函. */
  readonly label: string
  /** The template whose numbering series (机关代字) the document takes. */
  readonly template: TemplateId
  readonly build: (source: TypedSource<K>, context: TemplateContext) => DocumentDefinitionInput
  /** A 纪要 generator's series, so the editor can allocate the next 期号 before building. */
  readonly minutesSeries?: (record: KindData<K>, context: TemplateContext) => MinutesSeries
}

/**
 * A document a kind produces: a pure function from a record (and its children) to a document
 * definition, which the 公文 editor opens for review. Generators sit above the kinds and the
 * engine: they read both, and neither reads them.
 */
export interface DocumentGenerator extends Omit<
  GeneratorSpec<KindName>,
  'build' | 'minutesSeries'
> {
  /** Builds the definition from a stored record, checking the record against its kind first. */
  readonly run: (source: GeneratorSource, context: TemplateContext) => DocumentDefinitionInput
  /** The 纪要 series the document belongs to, if it is a 纪要. */
  readonly minutesSeries?: (record: SourceRow, context: TemplateContext) => MinutesSeries
}

export function defineGenerator<K extends KindName>(spec: GeneratorSpec<K>): DocumentGenerator {
  const { build, minutesSeries, ...about } = spec
  const parse = (row: SourceRow): KindData<K> & { readonly id: string } => {
    const parsed = KINDS[spec.kind].schema.safeParse(row)
    if (!parsed.success) {
      throw new GeneratorSourceError(
        `该${KINDS[spec.kind].label}的内容不完整，无法生成公文：${parsed.error.issues[0]?.message ?? ''}`,
      )
    }
    return { ...(parsed.data as KindData<K>), id: row.id }
  }
  return {
    ...about,
    run: (source, context) => build({ ...source, record: parse(source.record) }, context),
    ...(minutesSeries
      ? {
          minutesSeries: (row: SourceRow, context: TemplateContext) =>
            minutesSeries(parse(row), context),
        }
      : {}),
  }
}
