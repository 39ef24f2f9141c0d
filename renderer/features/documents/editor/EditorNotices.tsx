import { Alert, Stack } from '@mui/material'
import { numberYearWarning } from '../../../../shared/documents/register'
import type { DocumentDraft } from '../draft/documentDraft'
import { VoidedNotice } from '../VoidedNotice'
import type { DocumentSource } from '../useGeneratedDefinition'
import { SourceNotice } from './SourceNotice'
import { type DocumentRow } from '../../../data/api'

interface Props {
  readonly draft: DocumentDraft
  readonly entry: DocumentRow | undefined
  readonly dirty: boolean
  /** The record a new document is generated from (an entry keeps its own). */
  readonly source: DocumentSource | undefined
}

/**
 * What the writer must know before going on: the record a generated document comes from, a voided number is never issued, an issued document
 * changed here no longer matches the file sent out, and a number of another year than the
 * 成文日期 is probably a slip.
 */
export function EditorNotices({ draft, entry, dirty, source }: Props) {
  const yearWarning =
    draft.format === 'minutes' ? undefined : numberYearWarning(draft.documentNumber, draft.date)
  const notices = []
  const from = entry?.sourceId ? { kind: entry.sourceKind, id: entry.sourceId } : source
  if (from) notices.push(<SourceNotice key="source" source={from} />)
  if (entry?.status === 'void' && entry.deletedAt === undefined) {
    notices.push(<VoidedNotice key="void" entry={entry} />)
  } else if (entry?.status === 'used') {
    const file = entry.fileName ? `（${entry.fileName}）` : ''
    notices.push(
      dirty ? (
        <Alert key="issued" severity="warning">
          此公文已保存为 Word{file}
          并登记为已用。您正在修改它：已经发出的文件不会随之改变，修改后请重新“保存为 Word”。
        </Alert>
      ) : (
        <Alert key="issued" severity="info">
          此公文已保存为 Word{file}并登记为已用；修改会使它与已发出的文件不同。
        </Alert>
      ),
    )
  }
  if (yearWarning) {
    notices.push(
      <Alert key="year" severity="warning">
        {yearWarning}，请核对。
      </Alert>,
    )
  }
  if (notices.length === 0) return null
  return (
    <Stack spacing={1} sx={{ mb: 2 }} className="xz-screen-only">
      {notices}
    </Stack>
  )
}
