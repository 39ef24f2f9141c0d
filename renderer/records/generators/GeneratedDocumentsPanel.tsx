import { PanelSection } from '../../components/PanelSection'
import { Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { GENERATED_KIND } from '../../../shared/generators'
import { fieldLabel, KINDS } from '../../../shared/kinds'
import { displayValue } from '../../../shared/kinds/display'
import { useLiveData } from '../../data/hooks'
import { recordPath } from '../views'

const COLUMNS = ['documentNumber', 'date', 'status'] as const

/** The documents written from a record, newest first, each opening in the 公文 editor. */
export function GeneratedDocumentsPanel({ id }: { id: string }) {
  const definition = KINDS[GENERATED_KIND]
  const { data: rows = [] } = useLiveData((api) => api.documentsFrom(id), [GENERATED_KIND], id)
  return (
    <PanelSection title="生成的公文" count={rows.length} empty="还没有从这里生成并保存的公文。">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{fieldLabel(definition, 'title')}</TableCell>
            {COLUMNS.map((field) => (
              <TableCell key={field}>{fieldLabel(definition, field)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} hover>
              <TableCell>
                <Link component={RouterLink} to={recordPath(GENERATED_KIND, row.id)}>
                  {row.title || '（无标题）'}
                </Link>
              </TableCell>
              {COLUMNS.map((field) => (
                <TableCell key={field}>
                  {displayValue(definition, field, row[field]) || '—'}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </PanelSection>
  )
}
