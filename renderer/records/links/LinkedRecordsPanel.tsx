import AddIcon from '@mui/icons-material/Add'
import { Button } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { KINDS, type KindDefinition, type KindName } from '../../../shared/kinds'
import { encodeParty } from '../../../shared/kinds/parties'
import { PanelSection } from '../../components/PanelSection'
import { useLiveData } from '../../data/hooks'
import { RecordsTable } from '../RecordsTable'
import { newPath } from '../views'

interface Props {
  /** The kind of the records that link (督办事项). */
  readonly kind: KindName
  /** Their indexed field holding the link: a parties list, or a reference (a visit's 企业). */
  readonly field: string
  /** The record they link to. */
  readonly target: { readonly kind: KindName; readonly id: string }
}

/**
 * The records of a kind linked to this one (the 督办事项 of a meeting, the visits of an
 * enterprise), with their list columns and deadlines, and 新建 prefilled with the link — unless
 * they are children, added on their parent's page.
 */
export function LinkedRecordsPanel({ kind, field, target }: Props) {
  const definition = KINDS[kind] as KindDefinition
  const byReference = definition.fields[field]?.input.type === 'reference'
  const link = byReference ? target.id : encodeParty({ kind: target.kind, id: target.id })
  const { data: rows = [] } = useLiveData(
    (api) => api.recordsWhere(kind, field, link),
    [kind],
    `${field}|${link}`,
  )
  const columns = definition.listColumns
    .map((column) => column.field)
    .filter((name) => name !== definition.titleField && name !== 'updatedAt')
  return (
    <PanelSection
      title={definition.title}
      count={rows.length}
      empty={`还没有${definition.label}。`}
      action={
        !definition.parent && (
          <Button
            size="small"
            startIcon={<AddIcon />}
            component={RouterLink}
            to={`${newPath(kind)}?${new URLSearchParams([[field, link]]).toString()}`}
          >
            新建{definition.label}
          </Button>
        )
      }
    >
      <RecordsTable kind={kind} rows={rows} columns={columns} />
    </PanelSection>
  )
}
