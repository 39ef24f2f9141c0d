import {
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material'
import type { ImportRow } from '../../../shared/excel/importRows'

/** Rows of an import with their status and, for refused rows, every reason. */
export function ImportReportTable({
  rows,
  titleLabel,
  maxRows = 500,
}: {
  rows: readonly ImportRow[]
  titleLabel: string
  maxRows?: number
}) {
  return (
    <TableContainer sx={{ maxHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label="导入报告">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 64 }}>行号</TableCell>
            <TableCell sx={{ width: 88 }}>结果</TableCell>
            <TableCell sx={{ width: 260 }}>{titleLabel}</TableCell>
            <TableCell>原因</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.slice(0, maxRows).map((row) => (
            <TableRow key={row.rowNumber}>
              <TableCell>{row.rowNumber}</TableCell>
              <TableCell>
                {row.status === 'ok' ? (
                  <Chip size="small" color="success" variant="outlined" label="可导入" />
                ) : (
                  <Chip size="small" color="error" variant="outlined" label="拒绝" />
                )}
              </TableCell>
              <TableCell>{row.title || '（无名称）'}</TableCell>
              <TableCell>{row.reasons.join('；')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
