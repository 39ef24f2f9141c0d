import { z } from '../zod'

/**
 * What every stored record carries besides its own data. `hlc` orders changes between PCs;
 * `deletedAt` makes a delete a tombstone (kept so that a delete can travel to other PCs).
 */
export const recordMetaSchema = z.object({
  id: z.string().min(1).max(64),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  deletedAt: z.number().int().nonnegative().optional(),
  deviceId: z.string().min(1).max(64),
  hlc: z.string().min(1).max(80),
  /** 1 on 示例 (demo) records, absent on real ones; indexed so demo data can be removed exactly. */
  sample: z.literal(1).optional(),
  /** Derived from the kind's search fields on every write; never edited. */
  searchTokens: z.array(z.string()),
})

export type RecordMeta = z.infer<typeof recordMetaSchema>

/** The meta field names: never part of a kind's editable data. */
export const RECORD_META_FIELDS = Object.keys(recordMetaSchema.shape) as (keyof RecordMeta)[]
