import type { ChangeEntry } from '../domain/changeEntry'
import { attachmentsOf } from '../kinds/attachments'
import { fieldMeta } from '../kinds/display'
import { isKindName, KINDS } from '../kinds'
import type { RecordChange } from '../records/recordChange'

/**
 * A logged change as it travels: the new value of every field it set (lost ones too, so that a
 * third PC ends with the same clocks), with the stamp it was made with. Old values stay home.
 */
export function changeOfEntry(entry: ChangeEntry): RecordChange {
  return {
    kind: entry.kind,
    id: entry.recordId,
    op: entry.op,
    fields: Object.fromEntries(entry.changes.map((field) => [field.field, field.new])),
    stamp: { hlc: entry.hlc, deviceId: entry.deviceId, user: entry.user, at: entry.at },
  }
}

/** The attached files a package's changes name (by their SHA-256 ids), so they travel too. */
export function filesNamedBy(changes: readonly RecordChange[]): Set<string> {
  const ids = new Set<string>()
  for (const change of changes) {
    if (!isKindName(change.kind)) continue
    const kind = KINDS[change.kind]
    for (const [field, value] of Object.entries(change.fields)) {
      if (fieldMeta(kind, field)?.input.type !== 'attachments') continue
      for (const attachment of attachmentsOf(value)) ids.add(attachment.id)
    }
  }
  return ids
}

/** The changes a PC that has seen `seen` lacks: later than its latest from their device. */
export function unseenBy(
  entries: readonly ChangeEntry[],
  seen: Readonly<Record<string, string>>,
  nodeOf: (hlc: string) => string,
): ChangeEntry[] {
  return entries.filter((entry) => entry.hlc > (seen[nodeOf(entry.hlc)] ?? ''))
}
