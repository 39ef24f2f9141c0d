import { KINDS, type KindName } from '../../shared/kinds'
import type { FieldMeta } from '../../shared/kinds/types'
import { planMove } from '../../shared/workflow/workflow'
import { applyChanges, writeTables } from './applyChanges'
import type { XiezhiDatabase } from './database'
import { RecordNotFoundError, RecordValidationError } from './errors'
import { readStampContext } from './installation'

/**
 * Makes a workflow move on a record (开始办理, 办结, 退回…): checked against the kind's workflow,
 * logged in the record's move log with who, when and the note, through applyChanges. A move
 * made meanwhile elsewhere (the state is no longer what the user saw) is refused as stale.
 */
export async function moveState(
  db: XiezhiDatabase,
  kind: KindName,
  id: string,
  move: {
    readonly field: string
    readonly label: string
    readonly from: string
    readonly note: string
  },
): Promise<void> {
  const fields = KINDS[kind].fields as Readonly<Record<string, FieldMeta>>
  const input = fields[move.field]?.input
  const logField = Object.keys(fields).find((name) => fields[name]?.input.type === 'stateLog')
  if (input?.type !== 'workflow' || !logField) {
    throw new Error(`${kind}.${move.field} has no workflow`)
  }
  const { workflow } = input
  await db.transaction('rw', writeTables(db, [kind]), async () => {
    const row = await db.records(kind).get(id)
    if (!row || row.deletedAt !== undefined) throw new RecordNotFoundError(id)
    const { user } = await readStampContext(db)
    const planned = planMove(workflow, move.from, move.label, {
      user,
      at: Date.now(),
      note: move.note,
    })
    if (!planned.ok)
      throw new RecordValidationError([{ path: move.field, message: planned.message }])
    const log = Array.isArray(row[logField]) ? (row[logField] as unknown[]) : []
    await applyChanges(
      db,
      [
        {
          kind,
          id,
          op: 'update',
          // A move that keeps the state (延期) writes only its log: the history says what changed.
          fields: {
            ...(planned.state === move.from ? {} : { [move.field]: planned.state }),
            [logField]: [...log, planned.entry],
          },
          expected: { [move.field]: move.from },
        },
      ],
      { origin: 'local' },
    )
  })
}
