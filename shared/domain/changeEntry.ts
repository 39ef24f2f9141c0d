import { CHANGE_ORIGINS, RECORD_OPERATIONS, type LoggedField } from '../records/recordChange'
import { z } from '../zod'

export const CHANGE_OPERATIONS = RECORD_OPERATIONS

const patchStep = z.union([
  z.number().int().nonnegative(),
  z.string(),
  z.object({ skip: z.number().int().nonnegative() }),
])

const loggedFieldSchema = z.object({
  field: z.string(),
  new: z.unknown(),
  old: z.unknown().optional(),
  oldPatch: z.array(patchStep).readonly().optional(),
  skipped: z.literal(true).optional(),
}) satisfies z.ZodType<LoggedField>

/**
 * One entry of the change log: what one change did to one record. Edit history, backups,
 * exchange packages and merging between PCs are all read from this log. Its HLC is its id: a
 * change already logged is never applied again. Entries written before version 4 have no origin,
 * batch or schema version: they read as local changes of version 3.
 */
export const changeEntrySchema = z.object({
  /** Local, auto-incremented order of entries on this installation. */
  seq: z.number().int().positive().optional(),
  hlc: z.string().min(1),
  kind: z.string().min(1),
  recordId: z.string().min(1),
  op: z.enum(RECORD_OPERATIONS),
  changes: z.array(loggedFieldSchema),
  user: z.string(),
  deviceId: z.string().min(1),
  at: z.number().int().nonnegative(),
  origin: z.enum(CHANGE_ORIGINS).default('local'),
  batchId: z.string().default(''),
  schemaVersion: z.number().int().positive().default(3),
})

export type ChangeEntry = z.input<typeof changeEntrySchema>
export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number]
