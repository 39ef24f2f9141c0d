import {
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material'
import type { CellValue } from '../../../shared/excel/cells'
import { cellText } from '../../../shared/excel/cells'
import type { ColumnMapping } from '../../../shared/excel/columnMapping'
import { fieldMeta } from '../../../shared/kinds/display'
import type { KindDefinition } from '../../../shared/kinds/types'

interface Props {
  readonly kind: KindDefinition
  readonly headers: readonly string[]
  readonly example: readonly CellValue[]
  readonly mapping: ColumnMapping
  readonly onChange: (mapping: ColumnMapping) => void
}

/** For each column of the sheet: its header, an example value, and the field it fills. */
export function ColumnMappingTable({ kind, headers, example, mapping, onChange }: Props) {
  const fields = kind.excel.map((c) => c.field)
  return (
    <TableContainer sx={{ maxHeight: 380, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label="列对应">
        <TableHead>
          <TableRow>
            <TableCell>Excel 列</TableCell>
            <TableCell>示例</TableCell>
            <TableCell sx={{ width: 220 }}>导入为</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {headers.map((header, column) => {
            const current = mapping[column] ?? ''
            return (
              <TableRow key={column}>
                <TableCell>{header || `（第${column + 1}列）`}</TableCell>
                <TableCell
                  sx={{
                    color: 'text.secondary',
                    maxWidth: 260,
                    overflow: 'hidden',
                    textOverflow: 'ellipsis',
                    whiteSpace: 'nowrap',
                  }}
                >
                  {cellText(example[column])}
                </TableCell>
                <TableCell>
                  <TextField
                    select
                    value={current}
                    slotProps={{ htmlInput: { 'aria-label': `“${header}”导入为` } }}
                    onChange={(event) => {
                      const field = event.target.value || null
                      onChange(
                        mapping.map((f, i) => (i === column ? field : f === field ? null : f)),
                      )
                    }}
                  >
                    <MenuItem value="">
                      <em>不导入</em>
                    </MenuItem>
                    {fields.map((field) => (
                      <MenuItem key={field} value={field}>
                        {fieldMeta(kind, field)?.label ?? field}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
