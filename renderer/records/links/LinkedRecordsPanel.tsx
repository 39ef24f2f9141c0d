import AddIcon from '@mui/icons-material/Add'
import { PanelSection } from '../../components/PanelSection'
import {
  Button,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { fieldLabel, KINDS, type KindDefinition, type KindName } from '../../../shared/kinds'
import { displayValue } from '../../../shared/kinds/display'
import { encodeParty } from '../../../shared/kinds/parties'
import { useLiveData, useReferenceTitles } from '../../data/hooks'
import { newPath, recordPath } from '../views'
import { DeadlineChip } from '../workflow/DeadlineChip'
import { useDeadline } from '../workflow/useDeadline'

interface Props {
  /** The kind of the records that link (督办事项). */
  readonly kind: KindName
  /** Their list field holding the links (an indexed parties field). */
  readonly field: string
  /** The record they link to. */
  readonly target: { readonly kind: KindName; readonly id: string }
}

/**
 * The records of a kind linked to this one (the 督办事项 of a meeting), with their list columns
 * and deadlines, and 新建 prefilled with the link.
 */
export function LinkedRecordsPanel({ kind, field, target }: Props) {
  const definition = KINDS[kind] as KindDefinition
  const link = encodeParty({ kind: target.kind, id: target.id })
  const { data: rows = [] } = useLiveData(
    (api) => api.recordsWhere(kind, field, link),
    [kind],
    `${field}|${link}`,
  )
  const deadline = useDeadline(kind)
  const columns = definition.listColumns
    .map((column) => column.field)
    .filter((name) => name !== definition.titleField && name !== 'updatedAt')
  const titles = useReferenceTitles(definition, columns, rows)
  return (
    <PanelSection
      title={definition.title}
      count={rows.length}
      empty={`还没有${definition.label}。`}
      action={
        <Button
          size="small"
          startIcon={<AddIcon />}
          component={RouterLink}
          to={`${newPath(kind)}?${new URLSearchParams([[field, link]]).toString()}`}
        >
          新建{definition.label}
        </Button>
      }
    >
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{fieldLabel(definition, definition.titleField)}</TableCell>
            {columns.map((name) => (
              <TableCell key={name}>{fieldLabel(definition, name)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} hover>
              <TableCell>
                <Link component={RouterLink} to={recordPath(kind, row.id)}>
                  {String(row[definition.titleField])}
                </Link>
              </TableCell>
              {columns.map((name) => (
                <TableCell key={name}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <span>{displayValue(definition, name, row[name], titles) || '—'}</span>
                    {name === definition.deadline?.field && (
                      <DeadlineChip state={deadline?.(row)} />
                    )}
                  </Stack>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </PanelSection>
  )
}
