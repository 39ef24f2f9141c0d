import { z } from '../zod'
import type { PatchStep } from './textPatch'

/**
 * A change to one record, as `applyChanges` takes it: from a form on this PC, an import, a
 * restore, or another PC's package. Fields are named by the kind's data fields; `deletedAt`
 * carries deletes (a time) and restores (null).
 */

export const CHANGE_ORIGINS = ['local', 'import', 'package', 'restore', 'sync'] as const
export type ChangeOrigin = (typeof CHANGE_ORIGINS)[number]

export const RECORD_OPERATIONS = ['create', 'update', 'delete', 'restore'] as const
export type RecordOperation = (typeof RECORD_OPERATIONS)[number]

/** The field that holds a record's tombstone. */
export const DELETED_FIELD = 'deletedAt'

export interface RecordChange {
  readonly kind: string
  readonly id: string
  readonly op: RecordOperation
  /** The new values of the fields this change sets (only those). */
  readonly fields: Readonly<Record<string, unknown>>
  /**
   * Local edits: the values the form loaded for the fields it changes. A field that no longer
   * has that value was changed elsewhere meanwhile and is not overwritten silently.
   */
  readonly expected?: Readonly<Record<string, unknown>>
  /** Changes from elsewhere carry their own stamp; local ones are stamped when applied. */
  readonly stamp?: ChangeStamp
}

export interface ChangeStamp {
  readonly hlc: string
  readonly deviceId: string
  readonly user: string
  /** Wall time of the change on its PC, for display. */
  readonly at: number
}

/** One field of a logged change. Large texts keep the new value and a patch back to the old one. */
export interface LoggedField {
  readonly field: string
  readonly new: unknown
  readonly old?: unknown
  /** For long texts, instead of `old`: the patch from `new` back to `old` (see textPatch). */
  readonly oldPatch?: readonly PatchStep[]
  /** The field lost to a later change already here: logged (it may travel on), not applied. */
  readonly skipped?: true
}

/** Above this many characters a changed text's old value is logged as a patch. */
export const PATCH_THRESHOLD = 2000

export const stampSchema = z.object({
  hlc: z.string().min(1).max(80),
  deviceId: z.string().min(1).max(64),
  user: z.string().max(100),
  at: z.number().int().nonnegative(),
})

/** A change read from outside (a package, a backup): validated before anything is applied. */
export const recordChangeSchema = z.object({
  kind: z.string().min(1).max(40),
  id: z.string().min(1).max(64),
  op: z.enum(RECORD_OPERATIONS),
  fields: z.record(z.string(), z.unknown()),
  stamp: stampSchema,
})
