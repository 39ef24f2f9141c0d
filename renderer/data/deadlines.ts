import { KINDS, type KindName } from '../../shared/kinds'
import type { FieldMeta } from '../../shared/kinds/types'
import { isClosed } from '../../shared/workflow/workflow'
import type { StoredRow, XiezhiDatabase } from './database'

/**
 * Open records of a kind whose deadline falls between two dates, inclusive, soonest first: read
 * through the deadline field's index, so "overdue" (from the first day to yesterday) and "due
 * within N working days" (today to the day N working days on) touch only those records.
 */
export async function recordsDueBetween(
  db: XiezhiDatabase,
  kind: KindName,
  from: string,
  to: string,
  limit = 200,
): Promise<StoredRow[]> {
  const deadline = KINDS[kind].deadline
  if (!deadline) throw new Error(`${kind} has no deadline`)
  const input = (KINDS[kind].fields as Readonly<Record<string, FieldMeta>>)[deadline.workflowField]
    ?.input
  if (input?.type !== 'workflow')
    throw new Error(`${kind}.${deadline.workflowField} is no workflow`)
  // '' (no deadline) sorts first: the range starts after it.
  const lower = from === '' ? '0' : from
  return db
    .records(kind)
    .where(deadline.field)
    .between(lower, to, true, true)
    .filter(
      (row) =>
        row.deletedAt === undefined &&
        !isClosed(input.workflow, String(row[deadline.workflowField])),
    )
    .limit(limit)
    .toArray()
}
