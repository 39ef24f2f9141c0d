import { Link, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { fieldLabel, KINDS, type KindDefinition, type KindName } from '../../shared/kinds'
import { displayValue, recordTitle } from '../../shared/kinds/display'
import { useReferenceTitles } from '../data/hooks'
import { recordPath } from './views'
import { DeadlineChip } from './workflow/DeadlineChip'
import { useDeadline } from './workflow/useDeadline'

interface Props {
  readonly kind: KindName
  readonly rows: readonly (Readonly<Record<string, unknown>> & { readonly id: string })[]
  /** The columns after the title. */
  readonly columns: readonly string[]
}

/**
 * Records of a kind as a small table on another record's page (the 督办事项 of a meeting, the
 * documents generated from it): the title as a link, then the columns, references by name and a
 * deadline with its chip.
 */
export function RecordsTable({ kind, rows, columns }: Props) {
  const definition = KINDS[kind] as KindDefinition
  const deadline = useDeadline(kind)
  const titles = useReferenceTitles(definition, columns, rows)
  return (
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
                {recordTitle(definition, row)}
              </Link>
            </TableCell>
            {columns.map((name) => (
              <TableCell key={name}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <span>{displayValue(definition, name, row[name], titles) || '—'}</span>
                  {name === definition.deadline?.field && <DeadlineChip state={deadline?.(row)} />}
                </Stack>
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
