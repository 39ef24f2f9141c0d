import { z } from '../zod'
import type { FieldSpec } from './fieldBuilders'
import type { FieldMeta, KindDefinition } from './types'

type Specs = Readonly<Record<string, FieldSpec>>
type ShapeOf<F extends Specs> = { -readonly [K in keyof F]: F[K]['schema'] }

/** A kind as written in its file: fields built once, everything else as in KindDefinition. */
export type KindDeclaration<F extends Specs> = Omit<
  KindDefinition<z.ZodObject<ShapeOf<F>>>,
  'schema' | 'empty' | 'fields' | 'excel'
> & {
  readonly fields: F
  /** Rules across fields (a 区级 unit needs its 所属区). */
  readonly refine?: (data: z.infer<z.ZodObject<ShapeOf<F>>>, ctx: z.RefinementCtx) => void
  /** The Excel columns' order when it is not the fields' order. */
  readonly excelOrder?: readonly (keyof F & string)[]
}

/**
 * A blank value nobody else holds. Only objects need copying, and structuredClone on every
 * field made `empty()` the largest cost of merging a package (it runs for every change).
 */
function freshCopy<T>(value: T): T {
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
    return [...value] as T
  return typeof value === 'object' && value !== null ? structuredClone(value) : value
}

/**
 * Assembles a kind from its field specs: the schema, the blank record, the field labels and
 * inputs, and the Excel columns all come from the one statement of each field.
 */
export function defineKind<const F extends Specs>(
  declaration: KindDeclaration<F>,
): KindDefinition<z.ZodObject<ShapeOf<F>>> {
  const { fields, refine, excelOrder, ...rest } = declaration
  const entries = Object.entries(fields)
  const shape = Object.fromEntries(entries.map(([name, spec]) => [name, spec.schema]))
  const object = z.object(shape) as z.ZodObject<ShapeOf<F>>
  const schema = refine ? object.superRefine(refine) : object
  const metas = Object.fromEntries(entries.map(([name, spec]) => [name, spec.meta])) as {
    readonly [K in keyof F]: FieldMeta
  }
  const excelFields = excelOrder ?? Object.keys(fields)
  const excel = excelFields.flatMap((name) => {
    const aliases = fields[name]?.excel
    if (aliases === false || aliases === undefined) return []
    return [aliases.length > 0 ? { field: name, aliases } : { field: name }]
  })
  return {
    ...rest,
    schema,
    empty: () =>
      Object.fromEntries(entries.map(([name, spec]) => [name, freshCopy(spec.empty)])) as z.input<
        z.ZodObject<ShapeOf<F>>
      >,
    fields: metas,
    excel,
  } as KindDefinition<z.ZodObject<ShapeOf<F>>>
}
