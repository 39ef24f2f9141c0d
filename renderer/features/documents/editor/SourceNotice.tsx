import { Alert, Link } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { isKindName, KINDS } from '../../../../shared/kinds'
import { useTitlesOf } from '../../../data/hooks'
import { recordPath } from '../../../records/views'
import type { DocumentSource } from '../useGeneratedDefinition'

/** The record a document was generated from, linked: 根据企业“…”生成. */
export function SourceNotice({ source }: { source: { kind: string; id: string } }) {
  const known: DocumentSource | undefined =
    isKindName(source.kind) && source.id !== '' ? { kind: source.kind, id: source.id } : undefined
  const titleOf = useTitlesOf(known ? [known] : [])
  if (!known) return null
  const title = titleOf(known.kind, known.id)
  return (
    <Alert severity="info">
      根据{KINDS[known.kind].label}
      {title === undefined ? (
        '（已删除）'
      ) : (
        <Link component={RouterLink} to={recordPath(known.kind, known.id)}>
          “{title}”
        </Link>
      )}
      生成，保存后列在该{KINDS[known.kind].label}的页面上。
    </Alert>
  )
}
