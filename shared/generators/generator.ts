import type { DocumentDefinitionInput } from '../documents/definition'
import type { TemplateContext, TemplateId } from '../documents/templates'
import { KINDS, type KindData, type KindName } from '../kinds'
import type { ReferenceTitle } from '../kinds/display'

/** A stored record as the data layer gives it: its fields and its id. */
export type SourceRow = Readonly<Record<string, unknown>> & { readonly id: string }

/** What a generator reads: the record, its children by kind (in order), and reference titles. */
export interface GeneratorSource {
  readonly record: SourceRow
  readonly children: Readonly<Partial<Record<KindName, readonly SourceRow[]>>>
  readonly titleOf: ReferenceTitle
}

/** The same, with the record parsed by its kind's schema. */
export interface TypedSource<K extends KindName> {
  readonly record: KindData<K> & { readonly id: string }
  readonly children: GeneratorSource['children']
  readonly titleOf: ReferenceTitle
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
}

/**
 * A document a kind produces: a pure function from a record (and its children) to a document
 * definition, which the 公文 editor opens for review. Generators sit above the kinds and the
 * engine: they read both, and neither reads them.
 */
export interface DocumentGenerator extends Omit<GeneratorSpec<KindName>, 'build'> {
  /** Builds the definition from a stored record, checking the record against its kind first. */
  readonly run: (source: GeneratorSource, context: TemplateContext) => DocumentDefinitionInput
}

export function defineGenerator<K extends KindName>(spec: GeneratorSpec<K>): DocumentGenerator {
  const { build, ...about } = spec
  return {
    ...about,
    run: (source, context) => {
      const parsed = KINDS[spec.kind].schema.safeParse(source.record)
      if (!parsed.success) {
        throw new GeneratorSourceError(
          `该${KINDS[spec.kind].label}的内容不完整，无法生成公文：${parsed.error.issues[0]?.message ?? ''}`,
        )
      }
      const record = { ...(parsed.data as KindData<K>), id: source.record.id }
      return build({ ...source, record }, context)
    },
  }
}
