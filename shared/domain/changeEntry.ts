import { z } from '../zod'

export const CHANGE_OPERATIONS = ['create', 'update', 'delete', 'restore'] as const

/**
 * One entry of the change log: what one write did to one record. Edit history, backups,
 * exchange packages and merging between PCs are all read from this log.
 */
export const changeEntrySchema = z.object({
  /** Local, auto-incremented order of entries on this installation. */
  seq: z.number().int().positive().optional(),
  hlc: z.string().min(1),
  kind: z.string().min(1),
  recordId: z.string().min(1),
  op: z.enum(CHANGE_OPERATIONS),
  changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
  user: z.string(),
  deviceId: z.string().min(1),
  at: z.number().int().nonnegative(),
})

export type ChangeEntry = z.infer<typeof changeEntrySchema>
export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number]
