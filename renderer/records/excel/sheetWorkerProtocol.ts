import { z } from '../../../shared/zod'

/**
 * The messages between the import dialog and the sheet worker. Both sides parse what they
 * receive: a message is data from another thread.
 */

export const sheetRequestSchema = z.object({ bytes: z.instanceof(ArrayBuffer) })
export type SheetRequest = z.infer<typeof sheetRequestSchema>

const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()])

const issueSchema = z.object({
  row: z.number().int().min(1),
  column: z.number().int().min(0).nullable(),
  ref: z.string(),
  message: z.string(),
})

export const sheetReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), fraction: z.number().min(0).max(1), rows: z.number() }),
  /** Rows are sent in batches, so that taking them in never holds the page for long. */
  z.object({ type: z.literal('rows'), rows: z.array(z.array(cellSchema)) }),
  z.object({ type: z.literal('done'), issues: z.array(issueSchema) }),
  /** A Chinese message: the file was refused, or could not be read. */
  z.object({ type: z.literal('error'), message: z.string() }),
])
export type SheetReply = z.infer<typeof sheetReplySchema>

/** Rows per `rows` message. */
export const ROWS_PER_MESSAGE = 1000
