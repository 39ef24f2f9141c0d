import type { z } from '../../shared/zod'
import { RecordValidationError } from './errors'

/** Parses with a zod schema, turning failures into a RecordValidationError with Chinese messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new RecordValidationError(
    result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  )
}
